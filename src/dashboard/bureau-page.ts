import { ageText } from '../domain/freshness.js';
import type { Inspection } from '../domain/inspection.js';
import { round1 } from '../domain/scoring.js';
import { GROUPS } from '../domain/types.js';
import { levelLabel } from '../render/i18n.js';
import { percent } from '../render/inspection-text.js';
import { GROUP_LABELS } from '../render/labels.js';
import { html, outLink } from './html.js';
import { stateBadge, table, type View } from './view.js';

/** One bureau: total, groups, vetoes, every item with why, and each section's history chart. */
export function bureauPage(inspection: Inspection, v: View, id: string): string | null {
  const score = inspection.scores.find((s) => s.id === id);
  const standing = inspection.standings.find((s) => s.id === id);
  if (!score || !standing) return null;
  const ranked = inspection.rankings[score.level].find((r) => r.score.id === id);
  const ages = new Map(standing.sections.map((s) => [s.category, s]));
  const head = html`<p>${levelLabel(score.level, v.locale)} · ${score.province} · ${v.w('score')}
<strong>${score.total === null ? v.w('unreadable') : score.total.toFixed(1)}</strong> · ${v.w('coverage')} ${percent(score.coverage)}${
    ranked ? html` · ${v.w('rank')} ${ranked.rank}/${inspection.rankings[score.level].length}` : ''
  }</p>${
    score.vetoes.length > 0
      ? html`<p class="down">${v.w('vetoes')}：${score.vetoes.map((x) => x.detail).join('；')}</p>`
      : ''
  }`;
  const groups = table(
    [v.w('groups'), v.w('points')],
    GROUPS.filter((g) => score.groups[g].max > 0).map(
      (g) =>
        html`<tr><td>${GROUP_LABELS[g]}</td><td class="num">${round1(score.groups[g].earned)} / ${score.groups[g].possible} (${score.groups[g].max})</td></tr>`,
    ),
  );
  const items = table(
    [v.w('category'), v.w('state'), v.w('points'), v.w('newest'), v.w('age'), v.w('why'), v.w('section')],
    score.items.map((i) => {
      const age = ages.get(i.category);
      return html`<tr><td>${i.name}</td><td>${stateBadge(i.state, v.locale)}</td>
<td class="num">${round1(i.points)}/${i.max}</td>
<td>${i.newest ? html`${outLink(i.newest.title || i.newest.date, i.newest.url)} <span class="muted">${i.newest.date}</span>` : '—'}</td>
<td class="num">${i.ageDays === null ? '—' : ageText(age ?? i)}</td><td class="why">${i.why}</td><td>${outLink('↗', i.url)}</td></tr>`;
    }),
  );
  const charts = html`<h2>${v.w('history')}</h2><p class="muted">${v.w('historyNote')}</p><div class="cards">${score.items.map(
    (i) =>
      html`<figure><img class="history" src="${v.href(`/chart/section/${encodeURIComponent(id)}/${encodeURIComponent(i.category)}.svg`)}"
alt="${i.name}" width="360" height="170"><figcaption>${i.name} · ${stateBadge(i.state, v.locale)}</figcaption></figure>`,
  )}</div>`;
  return v.page(
    `/bureau/${encodeURIComponent(id)}`,
    score.name,
    html`${head}${groups}<h2>${v.w('category')}</h2>${items}${charts}`,
  );
}
