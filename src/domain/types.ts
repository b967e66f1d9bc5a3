/** Domain vocabulary shared by every layer. Plain data only: no I/O, no library types. */

export const LEVELS = ['province', 'city', 'county'] as const;
export type Level = (typeof LEVELS)[number];

export const GROUPS = ['disclosure', 'online_service', 'participation', 'site'] as const;
export type Group = (typeof GROUPS)[number];

/** What an observation means against its category's rule (DESIGN.md §1). */
export const FRESHNESS_STATES = [
  'fresh',
  'due',
  'stale',
  'blank',
  'undated',
  'missing',
  'unreachable',
  'blocked',
  'unparsed',
] as const;
export type FreshnessState = (typeof FRESHNESS_STATES)[number];

/** States that say nothing about the bureau's diligence: we could not read the section. */
export const UNKNOWN_STATES: ReadonlySet<FreshnessState> = new Set(['unreachable', 'blocked', 'unparsed', 'missing']);

/** A calendar day in China (Asia/Shanghai), `YYYY-MM-DD`. */
export type Day = string;

export type FreshnessRule =
  /**
   * Stale once the newest item is older than `maxAge` days; `due` from `dueAt` days on. With `workingDays`
   * both count Chinese working days (statutory holidays off, 调休 make-up days on).
   */
  | { kind: 'maxAge'; maxAge: number; dueAt: number; workingDays?: boolean }
  /**
   * A yearly publication: the item for year R must be online by `due` (MM-DD). `yearOffset` says which
   * year is owed once that date passes: 0 for a plan of the current year, -1 for last year's report.
   */
  | { kind: 'annual'; due: string; yearOffset: number; warnDays: number }
  /** Judged only on being there. */
  | { kind: 'presence' };

export interface Category {
  key: string;
  name: string;
  group: Group;
  weight: number;
  synonyms: string[];
  /**
   * Titles that name the category only where a site has no column of its main titles: a neighbour's
   * (政策解读 beside 政策文件, 征地批复 beside 征地公告, 基层动态 beside the bureau's own 工作动态).
   */
  lesserTitles: string[];
  /** Words this column's item titles use; empty for columns of any content. */
  itemWords: string[];
  /** Default rule and per-level overrides. */
  rule: FreshnessRule;
  levelRules: Partial<Record<Level, FreshnessRule>>;
  /** Counts toward the 2019 "stale news/notice columns" veto. */
  vetoClass?: 'news' | 'notice' | undefined;
  /** How often the section is checked, in hours. */
  checkEveryHours: number;
}

export interface SectionHints {
  list?: string | undefined;
  date?: string | undefined;
  charset?: string | undefined;
  insecureTls?: boolean | undefined;
  /** `render: browser`: the list only ever appears in a browser. */
  render?: 'browser' | undefined;
}

export interface Section {
  bureauId: string;
  category: string;
  url: string;
  hints: SectionHints;
}

export interface Bureau {
  id: string;
  name: string;
  level: Level;
  province: string;
  parent?: string | undefined;
  homepage: string;
  sections: Section[];
}

export function ruleFor(category: Category, level: Level): FreshnessRule {
  return category.levelRules[level] ?? category.rule;
}

export function sectionKey(bureauId: string, category: string): string {
  return `${bureauId}/${category}`;
}

/** The bureau id and category a section key names (ids are slugs, so the first `/` separates them). */
export function parseSectionKey(key: string): { bureauId: string; category: string } {
  const at = key.indexOf('/');
  return at < 0 ? { bureauId: key, category: '' } : { bureauId: key.slice(0, at), category: key.slice(at + 1) };
}
