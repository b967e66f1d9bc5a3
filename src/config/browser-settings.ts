import { z } from 'zod';

/** `settings.yaml: browser` — the browser lane for lists built by script and sites behind script challenges. */
export const browserSettingsSchema = z
  .strictObject({
    /** A Chromium binary; else `LANDWATCH_CHROMIUM`, else chromium-headless-shell or chromium on the PATH. */
    executable: z.string().min(1).optional(),
    /**
     * Pages open at once. A page mostly waits on its server, so tabs, not CPU, bound the lane: four keep a
     * national watch list's ~400 browser pages inside its cycle, at ~100 MiB more than two.
     */
    tabs: z.number().int().min(1).max(16).default(4),
    /** One page's budget, including a challenge's reloads, until its list appears. */
    pageDeadlineMs: z.number().int().min(1000).max(600_000).default(60_000),
    /** A fresh browser after this many pages: long-lived Chromium grows. */
    restartAfterPages: z.number().int().min(1).default(200),
    /** A fresh browser when its process tree's resident memory passes this. */
    rssCapMb: z.number().int().min(64).default(1024),
    /**
     * Pages load scripts from their own site only (www.x.gov.cn and zrzy.x.gov.cn are one site): analytics and
     * other sites' badges build no list. `true` for a site whose list needs a script from a CDN.
     */
    otherSites: z.boolean().default(false),
    enabled: z.boolean().default(true),
  })
  // An absent block is parsed as {}, so the field defaults above are the only ones.
  .prefault({});

export type BrowserSettings = z.output<typeof browserSettingsSchema>;
