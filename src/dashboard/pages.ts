import { ageText } from '../domain/freshness.js';
import type { Inspection } from '../domain/inspection.js';
import { LEVELS, type Level } from '../domain/types.js';
import { levelLabel } from '../render/i18n.js';
import { percent } from '../render/inspection-text.js';
import { reportBlocks } from '../render/report.js';
import { type Html, html, outLink } from './html.js';
import { rankingRow, stateBadge, table, type View } from './view.js';

/** The list pages: rankings per level, stale and blank sections, disclosure rates, the report. */

export function levelOf(value: string | undefined): Level {
  return (LEVELS as readonly string[]).includes(value ?? '') ? (value as Level) : 'province';
}

export function rankingsPage(inspection: Inspection, v: View, level: Level, province: string): string {
  const all = inspection.rankings[level];
  const provinces = [...new Set(all.map((r) => r.score.province))].sort((a, b) => a.localeCompare(b, 'zh-CN'));
  const ranked = province ? all.filter((r) => r.score.province === province) : all;
  const tabs = html`<p class="tabs">${LEVELS.map((l) =>
    l === level
      ? html`<strong>${levelLabel(l, v.locale)}</strong> `
      : html`<a href="${v.href('/', { level: l })}">${levelLabel(l, v.locale)}</a> `,
  )}</p>`;
  const filter = html`<form class="filter" method="get" action="/">
<input type="hidden" name="level" value="${level}">${v.keep()}
<label>${v.w('province')} <select name="province"><option value="">${v.w('allProvinces')}</option>${provinces.map(
    (p) => html`<option value="${p}"${p === province ? html` selected` : ''}>${p}</option>`,
  )}</select></label> <button type="submit">${v.w('filter')}</button></form>`;
  const note = inspection.baselineAt
    ? html`<p class="muted">${v.w('baseline', { at: inspection.baselineAt.slice(0, 10) })}</p>`
    : '';
  const body =
    all.length === 0
      ? html`${tabs}<p>${v.w('noData')}</p>`
      : html`${tabs}${filter}${note}${table(
          [v.w('rank'), v.w('bureau'), v.w('province'), v.w('score'), v.w('coverage'), v.w('vetoes'), v.w('movement')],
          ranked.map((r) => rankingRow(r, v)),
          [2],
        )}`;
  return v.page('/', `${levelLabel(level, v.locale)} · ${v.w('rankings')}`, body, { level, province });
}

const STALE_PAGE = 200;

export function stalePage(inspection: Inspection, v: View, pageNumber: number): string {
  const names = new Map(inspection.rates.map((r) => [r.category, r.name]));
  const rows = inspection.standings
    .flatMap((b) => b.sections.filter((s) => s.state === 'stale' || s.state === 'blank').map((s) => ({ b, s })))
    .sort((x, y) => (y.s.ageDays ?? Number.MAX_SAFE_INTEGER) - (x.s.ageDays ?? Number.MAX_SAFE_INTEGER));
  const pages = Math.max(1, Math.ceil(rows.length / STALE_PAGE));
  const n = Math.min(Math.max(1, pageNumber), pages);
  const shown = rows.slice((n - 1) * STALE_PAGE, n * STALE_PAGE);
  const pager =
    pages > 1
      ? html`<p>${n > 1 ? html`<a href="${v.href('/stale', { page: n - 1 })}">${v.w('previous')}</a> ` : ''}${v.w('page', { n, of: pages })}${
          n < pages ? html` <a href="${v.href('/stale', { page: n + 1 })}">${v.w('next')}</a>` : ''
        }</p>`
      : '';
  const body = html`<p class="muted">${v.w('staleCount', { n: rows.length })}</p>${table(
    [v.w('bureau'), v.w('category'), v.w('state'), v.w('newest'), v.w('age'), v.w('section')],
    shown.map(
      ({ b, s }) => html`<tr><td><a href="${v.href(`/bureau/${encodeURIComponent(b.id)}`)}">${b.name}</a></td>
<td>${names.get(s.category) ?? s.category}</td><td>${stateBadge(s.state, v.locale)}</td>
<td>${s.newest ? html`${outLink(s.newest.title || s.newest.date, s.newest.url)} <span class="muted">${s.newest.date}</span>` : '—'}</td>
<td class="num">${s.ageDays === null ? '—' : ageText(s)}</td><td>${outLink('↗', s.url)}</td></tr>`,
    ),
  )}${pager}`;
  return v.page('/stale', v.w('stale'), body, { page: n > 1 ? n : undefined });
}

export function ratesPage(inspection: Inspection, v: View): string {
  const levels = LEVELS.filter((l) => inspection.rates.some((r) => r.level === l));
  const categories = [...new Map(inspection.rates.map((r) => [r.category, r.name])).entries()];
  const coverage = table(
    [v.w('level'), v.w('bureaus'), v.w('publishing')],
    inspection.coverage
      .filter((c) => c.bureaus > 0)
      .map(
        (c) =>
          html`<tr><td>${levelLabel(c.level, v.locale)}</td><td class="num">${c.bureaus}</td><td class="num">${percent(c.rate)}</td></tr>`,
      ),
  );
  const rates = table(
    [v.w('category'), ...levels.map((l) => levelLabel(l, v.locale))],
    categories.map(([key, name]) => {
      const cells = levels.map((l) => {
        const r = inspection.rates.find((x) => x.category === key && x.level === l);
        return html`<td class="num" title="${r ? `${r.published}/${r.inspected}` : ''}">${percent(r?.rate ?? null)}</td>`;
      });
      return html`<tr><td>${name}</td>${cells}</tr>`;
    }),
  );
  return v.page('/rates', v.w('rates'), html`${coverage}<h2>${v.w('rates')}</h2>${rates}`);
}

/** The report's blocks (the same data as `landwatch report`), with the downloads. */
export function reportPage(inspection: Inspection, v: View): string {
  const blocks = reportBlocks(inspection);
  const body: Html[] = blocks.slice(1).map((b) => {
    if (b.kind === 'table')
      return table(
        b.header,
        b.rows.map((r) => html`<tr>${r.map((c) => html`<td>${c}</td>`)}</tr>`),
      );
    return b.kind === 'p' ? html`<p>${b.text}</p>` : html`<h2>${b.text}</h2>`;
  });
  const downloads = html`<p>${v.w('downloads')}：<a href="${v.href('/report.md')}">Markdown</a> ·
<a href="${v.href('/report.html')}">HTML</a> · <a href="${v.href('/report.xlsx')}">${v.w('workbook')}</a></p>
<figure><img src="${v.href('/chart/trend.png')}" alt="${v.w('trend')}" width="800" height="400"></figure>`;
  const title = blocks[0]?.kind === 'h1' ? blocks[0].text : v.w('report');
  return v.page('/report', title, html`${downloads}${body}`);
}
