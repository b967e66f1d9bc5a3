import type { ChatLine, Segment } from '../domain/chat-message.js';
import type { FreshnessState, Level } from '../domain/types.js';
import { LEVEL_LABELS, STATE_LABELS } from './labels.js';

/** Chat answers follow the user's Discord locale: Chinese by default, English for English clients. */
export type Locale = 'zh-CN' | 'en';

export function localeOf(discordLocale: string | null | undefined): Locale {
  return discordLocale && !discordLocale.startsWith('zh') ? 'en' : 'zh-CN';
}

const EN_STATES: Record<FreshnessState, string> = {
  fresh: 'fresh',
  due: 'due soon',
  stale: 'stale',
  blank: 'blank',
  undated: 'undated',
  missing: 'missing',
  unreachable: 'unreachable',
  blocked: 'blocked',
  unparsed: 'unparsed',
};
const EN_LEVELS: Record<Level, string> = { province: 'Provincial', city: 'City', county: 'County' };

export function stateLabel(state: FreshnessState, locale: Locale): string {
  return locale === 'en' ? EN_STATES[state] : STATE_LABELS[state];
}

export function levelLabel(level: Level, locale: Locale): string {
  return locale === 'en' ? EN_LEVELS[level] : LEVEL_LABELS[level];
}

const MESSAGES = {
  rankingsTitle: { 'zh-CN': '{level}单位排名', en: '{level} rankings' },
  rankingsHead: {
    'zh-CN': '共 {n} 个单位；单项否决的单位排在最后；变化为与上周相比',
    en: '{n} bureaus; vetoed bureaus rank last; movement since last week',
  },
  score: { 'zh-CN': '得分', en: 'score' },
  coverage: { 'zh-CN': '覆盖', en: 'coverage' },
  veto: { 'zh-CN': '单项否决', en: 'veto' },
  noData: { 'zh-CN': '还没有检查结果。请先运行检查。', en: 'No check results yet. Run a check first.' },
  unknownBureau: { 'zh-CN': '找不到单位“{q}”。', en: 'No bureau matches “{q}”.' },
  ambiguousBureau: { 'zh-CN': '“{q}”匹配多个单位：{list}', en: '“{q}” matches several bureaus: {list}' },
  total: { 'zh-CN': '总分', en: 'Total' },
  groups: { 'zh-CN': '分组得分', en: 'Groups' },
  items: { 'zh-CN': '各指标项', en: 'Items' },
  toFix: { 'zh-CN': '需整改', en: 'To fix' },
  nothingToFix: { 'zh-CN': '无需整改的栏目。', en: 'Nothing to fix.' },
  staleTitle: { 'zh-CN': '超期与空白栏目', en: 'Stale and blank sections' },
  staleHead: { 'zh-CN': '共 {n} 个栏目，按未更新时间从长到短', en: '{n} sections, longest silent first' },
  noneStale: { 'zh-CN': '没有超期或空白的栏目。', en: 'No stale or blank sections.' },
  ratesTitle: { 'zh-CN': '公开率', en: 'Disclosure rates' },
  historyTitle: { 'zh-CN': '{bureau} · {category} 检查记录', en: '{bureau} · {category}: history' },
  noHistory: { 'zh-CN': '该栏目还没有检查记录。', en: 'This section has not been checked yet.' },
  unknownSection: { 'zh-CN': '该单位没有“{category}”栏目。', en: 'This bureau has no “{category}” section.' },
  checkTitle: { 'zh-CN': '正在检查 {bureau}', en: 'Checking {bureau}' },
  checkDone: { 'zh-CN': '{bureau} 检查完成', en: '{bureau}: check complete' },
  progress: { 'zh-CN': '已完成 {done}/{total} 个栏目', en: '{done}/{total} sections done' },
  managersOnly: { 'zh-CN': '只有管理员可以使用此命令。', en: 'Only managers can use this command.' },
  notYourPages: { 'zh-CN': '只有提问者可以翻页。', en: 'Only the person who asked can turn pages.' },
  expiredPages: { 'zh-CN': '翻页已过期，请重新提问。', en: 'These pages have expired; ask again.' },
  alertHandlersOnly: {
    'zh-CN': '只有管理员或预警处理人员可以确认或暂停预警。',
    en: 'Only managers and members of the alert role can acknowledge or snooze alerts.',
  },
  alertHandled: { 'zh-CN': '处理情况', en: 'Handled' },
  acknowledgedBy: { 'zh-CN': '✅ 已确认：{user} · {at}', en: '✅ Acknowledged: {user} · {at}' },
  snoozedBy: {
    'zh-CN': '💤 暂停提醒 {days} 天：{user} · 至 {until}',
    en: '💤 Snoozed for {days} days: {user} · until {until}',
  },
  snoozeReason: { 'zh-CN': '暂停提醒（{user}）', en: 'snoozed ({user})' },
  accepted: { 'zh-CN': '✅ {user} 已采纳：{what}', en: '✅ {user} accepted: {what}' },
  exceptionSet: {
    'zh-CN': '已为 {bureau} 的 {n} 个栏目设置例外，至 {until}：{reason}',
    en: 'Exception set for {n} sections of {bureau} until {until}: {reason}',
  },
  exceptionLifted: {
    'zh-CN': '已取消 {bureau} 的 {n} 个栏目的例外',
    en: 'Exception lifted for {n} sections of {bureau}',
  },
  noReason: { 'zh-CN': '未说明', en: 'no reason given' },
  alertGone: { 'zh-CN': '该预警已过期，无法再处理。', en: 'This alert has expired and can no longer be handled.' },
  failed: { 'zh-CN': '处理命令时出错，已记录日志。', en: 'Something went wrong; it has been logged.' },
  since: { 'zh-CN': '自 {at} 起', en: 'since {at}' },
  newest: { 'zh-CN': '最新', en: 'newest' },
  days: { 'zh-CN': '{n} 天前', en: '{n} days ago' },
} as const;

export type MessageKey = keyof typeof MESSAGES;

export function t(locale: Locale, key: MessageKey, params: Record<string, string | number> = {}): string {
  return MESSAGES[key][locale].replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? `{${k}}`));
}

/** A message as a chat line, so a placeholder can hold a link or a person rather than text. */
export function tLine(locale: Locale, key: MessageKey, params: Record<string, Segment | number>): ChatLine {
  return MESSAGES[key][locale]
    .split(/(\{\w+\})/)
    .filter(Boolean)
    .map((part) => {
      const value = /^\{(\w+)\}$/.exec(part)?.[1];
      const param = value === undefined ? undefined : params[value];
      return param === undefined ? part : typeof param === 'number' ? String(param) : param;
    });
}
