import type { RankedBureau } from '../domain/rankings.js';
import type { FreshnessState } from '../domain/types.js';
import { type Locale, stateLabel } from '../render/i18n.js';
import { percent } from '../render/inspection-text.js';
import { type Html, html, layout } from './html.js';
import { type Word, word } from './words.js';

/** What every page needs from its request: the language, and links that keep `lang` and `token`. */
export interface View {
  locale: Locale;
  /** `path` with the given query, plus the request's lang and token. */
  href(path: string, query?: Record<string, string | number | undefined>): string;
  w(key: Word, params?: Record<string, string | number>): string;
  /** Hidden inputs carrying lang and token through a GET form. */
  keep(): Html;
  /** A whole page; `current` and its `query` name it, for the nav and the language switch. */
  page(current: string, title: string, body: Html, query?: Record<string, string | number | undefined>): string;
}

const NAV: { path: string; key: Word }[] = [
  { path: '/', key: 'rankings' },
  { path: '/stale', key: 'stale' },
  { path: '/rates', key: 'rates' },
  { path: '/report', key: 'report' },
];

export function viewOf(locale: Locale, token: string | null): View {
  const href = (path: string, query: Record<string, string | number | undefined> = {}, lang = locale) => {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== '') q.set(k, String(v));
    if (lang === 'en') q.set('lang', 'en');
    if (token) q.set('token', token);
    const s = q.toString();
    return s ? `${path}?${s}` : path;
  };
  const w = (key: Word, params?: Record<string, string | number>) => word(locale, key, params);
  return {
    locale,
    href,
    w,
    keep: () =>
      html`${locale === 'en' ? html`<input type="hidden" name="lang" value="en">` : ''}${
        token ? html`<input type="hidden" name="token" value="${token}">` : ''
      }`,
    page: (current, title, body, query = {}) =>
      layout({
        lang: locale,
        title,
        nav: NAV.map((n) => ({ href: href(n.path), label: w(n.key), current: n.path === current })),
        switchLang: { href: href(current, query, locale === 'en' ? 'zh-CN' : 'en'), label: w('switchTo') },
        body,
      }),
  };
}

export function stateBadge(state: FreshnessState, locale: Locale): Html {
  return html`<span class="state s-${state}">${stateLabel(state, locale)}</span>`;
}

export function movementCell(movement: number | null, v: View): Html {
  if (movement === null) return html`<td class="num">${v.w('newEntry')}</td>`;
  if (movement > 0) return html`<td class="num up">↑${movement}</td>`;
  if (movement < 0) return html`<td class="num down">↓${-movement}</td>`;
  return html`<td class="num">—</td>`;
}

/** `narrow` lists the columns (by index) a phone may leave out. */
export function table(header: string[], rows: Html[], narrow: number[] = []): Html {
  const th = header.map((h, i) => html`<th${narrow.includes(i) ? html` class="hide-narrow"` : ''}>${h}</th>`);
  return html`<div class="scroll"><table><thead><tr>${th}</tr></thead><tbody>${rows}</tbody></table></div>`;
}

export function rankingRow(r: RankedBureau, v: View): Html {
  const s = r.score;
  return html`<tr${s.vetoes.length > 0 ? html` class="vetoed"` : ''}><td class="num">${r.rank}</td>
<td class="name"><a href="${v.href(`/bureau/${encodeURIComponent(s.id)}`)}">${s.name}</a></td><td class="hide-narrow">${s.province}</td>
<td class="num">${s.total === null ? v.w('unreadable') : s.total.toFixed(1)}</td><td class="num">${percent(s.coverage)}</td>
<td>${s.vetoes.map((x) => x.detail).join('；')}</td>${movementCell(r.movement, v)}</tr>`;
}
