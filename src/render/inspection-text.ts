import type { RankedBureau } from '../domain/rankings.js';
import type { CategoryRate, LevelCoverage } from '../domain/rates.js';
import type { BureauScore } from '../domain/scoring.js';
import { GROUPS, type Level } from '../domain/types.js';
import { GROUP_LABELS, LEVEL_LABELS, STATE_LABELS } from './labels.js';
import { renderTable } from './table.js';

/** Terminal renderings of rankings, a score breakdown and disclosure rates (zh-CN). Pure. */

export function movementLabel(movement: number | null): string {
  if (movement === null) return '新';
  if (movement > 0) return `↑${movement}`;
  if (movement < 0) return `↓${-movement}`;
  return '—';
}

export function percent(share: number | null): string {
  return share === null ? '-' : `${Math.round(share * 1000) / 10}%`;
}

export function totalLabel(score: BureauScore): string {
  return score.total === null ? '无法读取' : score.total.toFixed(1);
}

export function renderRankings(
  level: Level,
  ranked: RankedBureau[],
  top: number,
  unranked: readonly BureauScore[] = [],
): string {
  const rows = ranked
    .slice(0, top)
    .map((r) => [
      String(r.rank),
      r.score.name,
      r.score.province,
      totalLabel(r.score),
      percent(r.score.coverage),
      r.score.vetoes.length > 0 ? `否决：${r.score.vetoes.map((v) => v.detail).join('；')}` : '',
      movementLabel(r.movement),
    ]);
  return `${LEVEL_LABELS[level]}单位排名（前 ${Math.min(top, ranked.length)} / 共 ${ranked.length}）\n${renderTable(
    ['排名', '单位', '省份', '得分', '覆盖', '单项否决', '变化'],
    rows,
  )}${
    // Not ranked at all rather than ranked on nothing: these bureaus have no section that could be judged.
    unranked.length > 0 ? `\n未排名（尚无可判定的栏目）：${unranked.map((s) => s.name).join('、')}` : ''
  }`;
}

export function renderScore(score: BureauScore): string {
  const head = `${score.name}（${score.id}，${LEVEL_LABELS[score.level]}，${score.province}）\n总分 ${totalLabel(score)}，覆盖 ${percent(score.coverage)}（可读栏目分值 ${score.possible}/${score.max}）`;
  const vetoes = score.vetoes.length > 0 ? `\n单项否决：${score.vetoes.map((v) => v.detail).join('；')}` : '';
  const groups = renderTable(
    ['分组', '得分', '可读分值', '总分值'],
    GROUPS.filter((g) => score.groups[g].max > 0).map((g) => [
      GROUP_LABELS[g],
      String(Math.round(score.groups[g].earned * 10) / 10),
      String(score.groups[g].possible),
      String(score.groups[g].max),
    ]),
  );
  const items = renderTable(
    ['指标项', '状态', '得分', '说明'],
    score.items.map((i) => [i.name, STATE_LABELS[i.state], `${Math.round(i.points * 10) / 10}/${i.max}`, i.why]),
  );
  const toFix = score.items.filter((i) => i.verdict === 'none' || i.verdict === 'partial');
  const fix =
    toFix.length > 0
      ? `\n\n需整改：\n${toFix.map((i) => `  · ${i.name}：${i.why}${i.newest ? `\n    最新一条：${i.newest.title}（${i.newest.date}）${i.newest.url ?? ''}` : ''}\n    栏目地址：${i.url}`).join('\n')}`
      : '';
  return `${head}${vetoes}\n\n${groups}\n\n${items}${fix}`;
}

export function renderRates(rates: CategoryRate[], coverage: LevelCoverage[], level?: Level): string {
  const levels = coverage.filter((c) => c.bureaus > 0 && (!level || c.level === level));
  const cover = levels
    .map((c) => `${LEVEL_LABELS[c.level]} ${c.publishing}/${c.judged} 个单位开展网上公开（${percent(c.rate)}）`)
    .join('；');
  const shown = rates.filter((r) => !level || r.level === level);
  const table = renderTable(
    ['层级', '指标项', '公开率', '已公开/可判断', '无法读取'],
    shown.map((r) => [
      LEVEL_LABELS[r.level],
      r.name,
      percent(r.rate),
      `${r.published}/${r.inspected}`,
      String(r.unknown),
    ]),
  );
  return `${cover}\n\n${table}`;
}
