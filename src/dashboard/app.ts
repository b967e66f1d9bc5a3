import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { Hono } from 'hono';
import { CJK_FONT_FILE } from '../digest/chart.js';
import type { Inspection } from '../domain/inspection.js';
import type { HistoryEntry } from '../domain/section-record.js';
import type { Locale } from '../render/i18n.js';
import { reportBlocks, toHtml, toMarkdown } from '../render/report.js';
import { workbookBuffer, workbookName } from '../render/workbook.js';
import { presentedToken, tokenMatches } from './access.js';
import { bureauPage } from './bureau-page.js';
import { renderHistorySvg } from './history-chart.js';
import { html, STYLE } from './html.js';
import { levelOf, rankingsPage, ratesPage, reportPage, stalePage } from './pages.js';
import { viewOf } from './view.js';

/**
 * The read-only dashboard as a hono app: rankings, a page per bureau with its history charts, the stale
 * list, rates and the report with its downloads. GET only; no scripts; every page in Chinese, or English
 * with `?lang=en`. The bot and `landwatch serve` both build it from the same read-side ports.
 */

export interface DashboardDeps {
  /** Scores, rankings and rates from the stored states (the bot's cached inspection, or the CLI's). */
  inspection(): Inspection | Promise<Inspection>;
  history(bureauId: string, category: string): HistoryEntry[] | null | Promise<HistoryEntry[] | null>;
  /** The weekly digest's trend chart (PNG). */
  trendPng(): Buffer | Promise<Buffer>;
  /** When set, every request must carry it (`Authorization: Bearer …` or `?token=…`). */
  token?: string | null | undefined;
}

const SECURITY_HEADERS: Record<string, string> = {
  // No script runs, nothing is framed, and our URL (which may hold the token) never leaves as a referrer.
  'Content-Security-Policy':
    "default-src 'none'; style-src 'self'; img-src 'self'; font-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cache-Control': 'no-store',
};

function binary(body: Buffer, type: string, disposition?: string): Response {
  const headers: Record<string, string> = { 'Content-Type': type, 'Content-Length': String(body.byteLength) };
  if (disposition) headers['Content-Disposition'] = disposition;
  return new Response(new Uint8Array(body), { headers });
}

export function createDashboard(deps: DashboardDeps): Hono {
  const app = new Hono();
  const token = deps.token || null;

  app.use('*', async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') {
      return c.text('read-only: GET only', 405, { Allow: 'GET, HEAD' });
    }
    // The style sheet and font hold no inspection data; a page reached with ?token= still gets them.
    const asset = c.req.path === '/style.css' || c.req.path === '/font/cjk.otf';
    if (token && !asset && !tokenMatches(token, presentedToken(c.req.header('Authorization'), c.req.query('token')))) {
      return c.text('token required', 401, { 'WWW-Authenticate': 'Bearer realm="landwatch"' });
    }
    await next();
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) if (!c.res.headers.has(k)) c.res.headers.set(k, v);
  });

  const view = (lang: string | undefined) => viewOf((lang === 'en' ? 'en' : 'zh-CN') as Locale, token);

  app.get('/style.css', (c) => c.body(STYLE, 200, { 'Content-Type': 'text/css; charset=utf-8' }));
  app.get('/healthz', (c) => c.text('ok'));
  // The shipped CJK font, for devices without one; pages ask for it only for characters nothing else has.
  app.get('/font/cjk.otf', (c) =>
    c.body(Readable.toWeb(createReadStream(CJK_FONT_FILE)) as ReadableStream, 200, {
      'Content-Type': 'font/otf',
      'Cache-Control': 'public, max-age=604800, immutable',
    }),
  );

  app.get('/', async (c) =>
    c.html(
      rankingsPage(
        await deps.inspection(),
        view(c.req.query('lang')),
        levelOf(c.req.query('level')),
        c.req.query('province') ?? '',
      ),
    ),
  );

  app.get('/bureau/:id', async (c) => {
    const v = view(c.req.query('lang'));
    const page = bureauPage(await deps.inspection(), v, c.req.param('id'));
    return page ? c.html(page) : c.html(v.page('/', v.w('noBureau'), html`<p>${v.w('noBureau')}</p>`), 404);
  });

  app.get('/stale', async (c) =>
    c.html(stalePage(await deps.inspection(), view(c.req.query('lang')), Number(c.req.query('page') ?? 1) || 1)),
  );
  app.get('/rates', async (c) => c.html(ratesPage(await deps.inspection(), view(c.req.query('lang')))));
  app.get('/report', async (c) => c.html(reportPage(await deps.inspection(), view(c.req.query('lang')))));

  app.get('/report.md', async (c) =>
    c.body(toMarkdown(reportBlocks(await deps.inspection())), 200, { 'Content-Type': 'text/markdown; charset=utf-8' }),
  );
  app.get('/report.html', async (c) => c.html(toHtml(reportBlocks(await deps.inspection()))));
  app.get('/report.xlsx', async () => {
    const inspection = await deps.inspection();
    return binary(
      await workbookBuffer(inspection),
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      `attachment; filename="${workbookName(inspection.at)}"`,
    );
  });

  app.get('/chart/trend.png', async () => binary(await deps.trendPng(), 'image/png'));

  app.get('/chart/section/:bureau/:file', async (c) => {
    const category = c.req.param('file').replace(/\.svg$/, '');
    const history = await deps.history(c.req.param('bureau'), category);
    if (!history) return c.text('no such section', 404);
    const svg = renderHistorySvg(history, c.req.query('lang') === 'en' ? 'en' : 'zh-CN');
    return c.body(svg, 200, { 'Content-Type': 'image/svg+xml; charset=utf-8' });
  });

  app.notFound((c) => c.text('not found', 404));
  return app;
}
