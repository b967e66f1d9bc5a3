import { ageText } from './freshness.js';
import type { NewestItem } from './observation.js';
import { reasonText } from './read-reasons.js';
import {
  type Category,
  type FreshnessRule,
  type FreshnessState,
  GROUPS,
  type Group,
  type Level,
  ruleFor,
} from './types.js';

/** Categories by key: a Map, or the catalog's lookup. */
export interface CategoryLookup {
  get(key: string): Category | undefined;
}

/**
 * A bureau's score from its sections' current states (DESIGN.md §1): full points when fresh or due, part when
 * stale or undated, none when blank or missing (not published). Sections we could not read leave the
 * denominator and show as partial coverage, so an outage never lowers a score.
 */

/** What one watched section looks like now, as the store holds it. */
export interface SectionStanding {
  category: string;
  url: string;
  state: FreshnessState;
  ageDays: number | null;
  /** Under a working-day rule: the age in working days, or the years the calendar does not know. */
  ageWorkingDays?: number | null | undefined;
  calendarUnknown?: number[] | undefined;
  newest: NewestItem | null;
  /** Why an unreadable section could not be read, and what would read it. */
  reason?: string | null | undefined;
  note?: string | null | undefined;
}

export interface BureauStanding {
  id: string;
  name: string;
  level: Level;
  province: string;
  sections: SectionStanding[];
  /** Checks and unreachable checks of the whole site over the last week, for the availability veto. */
  availability: { checks: number; failures: number };
}

export interface ScoringPolicy {
  /** Share of a category's points a stale or undated section still earns. */
  partialShare: number;
}

export const DEFAULT_POLICY: ScoringPolicy = { partialShare: 0.5 };

export type Verdict = 'full' | 'partial' | 'none' | 'unknown';

export interface CategoryScore {
  category: string;
  name: string;
  group: Group;
  state: FreshnessState;
  verdict: Verdict;
  points: number;
  max: number;
  newest: NewestItem | null;
  ageDays: number | null;
  url: string;
  /** Why these points, in the words inspectors use (zh-CN). */
  why: string;
}

export interface GroupScore {
  earned: number;
  /** Points at stake in sections we could read. */
  possible: number;
  /** Points at stake in every watched section. */
  max: number;
}

export type VetoCode = 'stale-columns' | 'overdue-columns' | 'blank-columns' | 'homepage-silent' | 'site-unreachable';

export interface Veto {
  code: VetoCode;
  /** zh-CN, e.g. "5 个动态/通知类栏目长期未更新". */
  detail: string;
}

export interface BureauScore {
  id: string;
  name: string;
  level: Level;
  province: string;
  /** 0–100 over the sections we could read; null when none could be read. */
  total: number | null;
  earned: number;
  possible: number;
  max: number;
  /** Share of the watched points we could read (1 = complete). */
  coverage: number;
  groups: Record<Group, GroupScore>;
  items: CategoryScore[];
  vetoes: Veto[];
}

/** 2019 national thresholds (gov-standards §2.1). */
export const VETO_THRESHOLDS = { staleNewsNotice: 5, overdue: 10, blank: 5, unreachableShare: 0.05 };

function verdictOf(state: FreshnessState): Verdict {
  if (state === 'fresh' || state === 'due') return 'full';
  if (state === 'stale' || state === 'undated') return 'partial';
  if (state === 'blank' || state === 'missing') return 'none';
  return 'unknown';
}

function ruleText(rule: FreshnessRule): string {
  switch (rule.kind) {
    case 'maxAge':
      return `应在 ${rule.maxAge} ${rule.workingDays ? '个工作日' : '天'}内更新`;
    case 'annual':
      return `应于每年 ${Number(rule.due.slice(0, 2))} 月 ${Number(rule.due.slice(3))} 日前发布${rule.yearOffset < 0 ? '上一年度' : '本年度'}信息`;
    case 'presence':
      return '应公开';
  }
}

function explain(s: SectionStanding, verdict: Verdict, rule: FreshnessRule, points: number, max: number): string {
  const newest = s.newest ? `最新信息 ${s.newest.date}${s.ageDays !== null ? `（${ageText(s)}前）` : ''}` : '';
  const pts = `得 ${round1(points)}/${round1(max)} 分`;
  switch (s.state) {
    case 'fresh':
      return `${newest}，符合要求（${ruleText(rule)}）：${pts}`;
    case 'due':
      return `${newest}，即将超期（${ruleText(rule)}），请尽快更新：${pts}`;
    case 'stale':
      return `${newest}，已超期（${ruleText(rule)}）：${pts}`;
    case 'undated':
      return `栏目信息未标注发布日期，无法判断时效（未标日期视为未更新）：${pts}`;
    case 'blank':
      return `空白栏目，未公开任何信息：${pts}`;
    case 'missing':
      return '栏目不存在或已迁移（404）：0 分，请核实栏目地址';
    default:
      if (verdict !== 'unknown') return pts;
      return `本次无法读取该栏目${s.reason || s.note ? `（${reasonText(s.reason, s.note)}）` : ''}，不计入得分，覆盖不完整`;
  }
}

export function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

export function scoreBureau(
  bureau: BureauStanding,
  categories: CategoryLookup,
  policy: ScoringPolicy = DEFAULT_POLICY,
): BureauScore {
  const groups = Object.fromEntries(GROUPS.map((g) => [g, { earned: 0, possible: 0, max: 0 }])) as Record<
    Group,
    GroupScore
  >;
  const items: CategoryScore[] = [];
  for (const s of bureau.sections) {
    const category = categories.get(s.category);
    if (!category) continue;
    const verdict = verdictOf(s.state);
    const max = category.weight;
    const points = verdict === 'full' ? max : verdict === 'partial' ? max * policy.partialShare : 0;
    const g = groups[category.group];
    g.max += max;
    if (verdict !== 'unknown') {
      g.possible += max;
      g.earned += points;
    }
    const rule = ruleFor(category, bureau.level);
    items.push({
      category: s.category,
      name: category.name,
      group: category.group,
      state: s.state,
      verdict,
      points,
      max,
      newest: s.newest,
      ageDays: s.ageDays,
      url: s.url,
      why: explain(s, verdict, rule, points, max),
    });
  }
  const earned = GROUPS.reduce((n, g) => n + groups[g].earned, 0);
  const possible = GROUPS.reduce((n, g) => n + groups[g].possible, 0);
  const max = GROUPS.reduce((n, g) => n + groups[g].max, 0);
  return {
    id: bureau.id,
    name: bureau.name,
    level: bureau.level,
    province: bureau.province,
    total: possible > 0 ? round1((100 * earned) / possible) : null,
    earned,
    possible,
    max,
    coverage: max > 0 ? possible / max : 0,
    groups,
    items,
    vetoes: vetoesOf(bureau, items, categories),
  };
}

function vetoesOf(bureau: BureauStanding, items: CategoryScore[], categories: CategoryLookup): Veto[] {
  const t = VETO_THRESHOLDS;
  const vetoes: Veto[] = [];
  const stale = items.filter((i) => i.state === 'stale');
  const staleNewsNotice = stale.filter((i) => categories.get(i.category)?.vetoClass !== undefined);
  if (staleNewsNotice.length >= t.staleNewsNotice) {
    vetoes.push({ code: 'stale-columns', detail: `${staleNewsNotice.length} 个动态/通知/政策类栏目长期未更新` });
  }
  if (stale.length >= t.overdue) vetoes.push({ code: 'overdue-columns', detail: `${stale.length} 个栏目应更新未更新` });
  const blank = items.filter((i) => i.state === 'blank').length;
  if (blank >= t.blank) vetoes.push({ code: 'blank-columns', detail: `${blank} 个空白栏目` });
  if (items.some((i) => i.category === 'homepage' && i.state === 'stale')) {
    vetoes.push({ code: 'homepage-silent', detail: '首页超过 2 周无更新' });
  }
  const { checks, failures } = bureau.availability;
  if (checks > 0 && failures / checks >= t.unreachableShare) {
    vetoes.push({ code: 'site-unreachable', detail: `近一周 ${round1((100 * failures) / checks)}% 的访问失败` });
  }
  return vetoes;
}
