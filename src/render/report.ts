import type { RankedBureau } from '../domain/rankings.js';
import type { CategoryRate, LevelCoverage } from '../domain/rates.js';
import type { BureauScore, VetoCode } from '../domain/scoring.js';
import { LEVELS, type Level } from '../domain/types.js';
import { movementLabel, percent, totalLabel } from './inspection-text.js';
import { LEVEL_LABELS } from './labels.js';

/**
 * The inspection report in the structure of the Ministry's notices: overview per level, 公开率 per item,
 * the main problems, and the rankings as 附件 1–3. Built once as blocks, then written as Markdown or HTML.
 */

export type Block = { kind: 'h1' | 'h2' | 'p'; text: string } | { kind: 'table'; header: string[]; rows: string[][] };

export interface ReportInput {
  at: string;
  scores: BureauScore[];
  rankings: Record<Level, RankedBureau[]>;
  rates: CategoryRate[];
  coverage: LevelCoverage[];
}

/** How many bureaus each annex lists, as in the 2009 notice. */
export const ANNEX_TOP: Record<Level, number> = { province: 10, city: 30, county: 30 };

export const VETO_NAMES: Record<VetoCode, string> = {
  'stale-columns': '动态/通知类栏目长期未更新',
  'overdue-columns': '应更新栏目未更新过多',
  'blank-columns': '空白栏目过多',
  'homepage-silent': '首页长期未更新',
  'site-unreachable': '网站无法访问',
};

function coverageSentence(coverage: LevelCoverage[]): string {
  const judged = coverage.filter((c) => c.judged > 0);
  if (judged.length === 0) return '尚无可判断的检查结果。';
  const all = judged.filter((c) => c.rate === 1).map((c) => LEVEL_LABELS[c.level].replace('级', ''));
  const parts = [
    ...(all.length > 0 ? [`所有${all.join('、')}级单位`] : []),
    ...judged.filter((c) => c.rate !== 1).map((c) => `${percent(c.rate)}的${LEVEL_LABELS[c.level]}单位`),
  ];
  const list = parts.length > 1 ? `${parts.slice(0, -1).join('、')}以及${parts.at(-1)}` : parts[0];
  return `${list}在网站上开展了政府信息公开。`;
}

function overview(input: ReportInput): Block[] {
  const rows = LEVELS.filter((l) => input.scores.some((s) => s.level === l)).map((level) => {
    const scores = input.scores.filter((s) => s.level === level);
    const totals = scores.flatMap((s) => (s.total === null ? [] : [s.total]));
    const items = scores.flatMap((s) => s.items);
    const cov = input.coverage.find((c) => c.level === level);
    return [
      LEVEL_LABELS[level],
      String(scores.length),
      percent(cov?.rate ?? null),
      totals.length > 0 ? (totals.reduce((a, b) => a + b, 0) / totals.length).toFixed(1) : '-',
      String(scores.filter((s) => s.vetoes.length > 0).length),
      String(items.length),
      String(items.filter((i) => i.state === 'stale').length),
      String(items.filter((i) => i.state === 'blank').length),
      String(items.filter((i) => i.verdict === 'unknown').length),
    ];
  });
  return [
    { kind: 'h2', text: '一、总体情况' },
    { kind: 'p', text: coverageSentence(input.coverage) },
    {
      kind: 'table',
      header: [
        '层级',
        '单位数',
        '开展网上公开',
        '平均得分',
        '单项否决',
        '检查栏目',
        '超期栏目',
        '空白栏目',
        '无法读取',
      ],
      rows,
    },
  ];
}

function ratesSection(input: ReportInput): Block[] {
  const levels = LEVELS.filter((l) => input.rates.some((r) => r.level === l));
  const names = [...new Map(input.rates.map((r) => [r.category, r.name])).entries()];
  const rows = names.map(([key, name]) => [
    name,
    ...levels.map((l) => percent(input.rates.find((r) => r.category === key && r.level === l)?.rate ?? null)),
  ]);
  return [
    { kind: 'h2', text: '二、各指标项公开率' },
    { kind: 'table', header: ['指标项', ...levels.map((l) => LEVEL_LABELS[l])], rows },
  ];
}

function problems(input: ReportInput): Block[] {
  const items = input.scores.flatMap((s) => s.items);
  const byCategory = new Map<string, { name: string; total: number; stale: number; blank: number }>();
  for (const i of items) {
    const c = byCategory.get(i.category) ?? { name: i.name, total: 0, stale: 0, blank: 0 };
    c.total++;
    if (i.state === 'stale') c.stale++;
    if (i.state === 'blank' || i.state === 'missing') c.blank++;
    byCategory.set(i.category, c);
  }
  const worst = [...byCategory.values()]
    .filter((c) => c.stale + c.blank > 0)
    .sort((a, b) => (b.stale + b.blank) / b.total - (a.stale + a.blank) / a.total)
    .slice(0, 8);
  const vetoCounts = new Map<VetoCode, number>();
  for (const s of input.scores) for (const v of s.vetoes) vetoCounts.set(v.code, (vetoCounts.get(v.code) ?? 0) + 1);
  const unreadable = input.scores.filter((s) => s.coverage < 1).length;
  const blocks: Block[] = [{ kind: 'h2', text: '三、存在的主要问题' }];
  blocks.push({
    kind: 'p',
    text:
      worst.length > 0
        ? `（一）更新不及时、栏目空白。问题最集中的指标项：${worst
            .map(
              (c) =>
                `${c.name}（${c.stale} 个栏目超期、${c.blank} 个空白或缺失，占 ${percent((c.stale + c.blank) / c.total)}）`,
            )
            .join('；')}。`
        : '（一）未发现超期或空白栏目。',
  });
  blocks.push({
    kind: 'p',
    text:
      vetoCounts.size > 0
        ? `（二）单项否决：${[...vetoCounts].map(([code, n]) => `${VETO_NAMES[code]} ${n} 个单位`).join('；')}。`
        : '（二）无单位触发单项否决。',
  });
  blocks.push({
    kind: 'p',
    text: `（三）${unreadable} 个单位有栏目无法读取（网络不通、访问被拦截或页面由脚本生成），相应栏目未计分，排名覆盖不完整。`,
  });
  return blocks;
}

function annex(n: number, level: Level, ranked: RankedBureau[]): Block[] {
  const top = ranked.slice(0, ANNEX_TOP[level]);
  return [
    { kind: 'h2', text: `附件${n}：${LEVEL_LABELS[level]}单位排名（前 ${ANNEX_TOP[level]} 名）` },
    {
      kind: 'table',
      header: ['排名', '单位', '省份', '得分', '覆盖', '变化'],
      rows: top.map((r) => [
        String(r.rank),
        r.score.name + (r.score.vetoes.length > 0 ? '（单项否决）' : ''),
        r.score.province,
        totalLabel(r.score),
        percent(r.score.coverage),
        movementLabel(r.movement),
      ]),
    },
  ];
}

export function reportBlocks(input: ReportInput): Block[] {
  return [
    { kind: 'h1', text: '国土资源（自然资源）部门政府信息网上公开检查情况报告' },
    {
      kind: 'p',
      text: `检查时间：${input.at.slice(0, 10)}。由 landwatch 按 config/indicators.yaml 的指标与时限自动检查。`,
    },
    ...overview(input),
    ...ratesSection(input),
    ...problems(input),
    ...LEVELS.flatMap((level, i) => annex(i + 1, level, input.rankings[level])),
  ];
}

function mdCell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

export function toMarkdown(blocks: Block[]): string {
  return `${blocks
    .map((b) => {
      if (b.kind !== 'table') return b.kind === 'p' ? b.text : `${b.kind === 'h1' ? '#' : '##'} ${b.text}`;
      const head = `| ${b.header.map(mdCell).join(' | ')} |\n|${b.header.map(() => ' --- ').join('|')}|`;
      return [head, ...b.rows.map((r) => `| ${r.map(mdCell).join(' | ')} |`)].join('\n');
    })
    .join('\n\n')}\n`;
}

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function toHtml(blocks: Block[]): string {
  const title = blocks.find((b) => b.kind === 'h1');
  const body = blocks
    .map((b) => {
      if (b.kind === 'table') {
        const head = `<tr>${b.header.map((h) => `<th>${esc(h)}</th>`).join('')}</tr>`;
        return `<table>${head}${b.rows.map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('')}</table>`;
      }
      return `<${b.kind}>${esc(b.text)}</${b.kind}>`;
    })
    .join('\n');
  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(title && title.kind !== 'table' ? title.text : 'landwatch')}</title>
<style>body{font-family:"Noto Sans CJK SC","Microsoft YaHei",sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;line-height:1.6}
table{border-collapse:collapse;margin:1em 0}th,td{border:1px solid #999;padding:4px 8px;text-align:left}th{background:#eef}</style>
</head><body>
${body}
</body></html>
`;
}
