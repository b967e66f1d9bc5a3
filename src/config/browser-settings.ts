import { z } from 'zod';

/** `settings.yaml: browser` — the browser lane for lists built by script and sites behind script challenges. */
export const browserSettingsSchema = z
  .strictObject({
    /** A Chromium binary; else `LANDWATCH_CHROMIUM`, else chromium-headless-shell or chromium on the PATH. */
    executable: z.string().min(1).optional(),
    /** Pages open at once. */
    tabs: z.number().int().min(1).max(16).default(2),
    /** One page's budget, including a challenge's reloads, until its list appears. */
    pageDeadlineMs: z.number().int().min(1000).max(600_000).default(60_000),
    /** A fresh browser after this many pages: long-lived Chromium grows. */
    restartAfterPages: z.number().int().min(1).default(200),
    /** A fresh browser when its process tree's resident memory passes this. */
    rssCapMb: z.number().int().min(64).default(1024),
    enabled: z.boolean().default(true),
  })
  // An absent block is parsed as {}, so the field defaults above are the only ones.
  .prefault({});

export type BrowserSettings = z.output<typeof browserSettingsSchema>;
