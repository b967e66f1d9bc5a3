import { describe, expect, it } from 'vitest';
import {
  type AlertMemory,
  afterQuietHours,
  DEFAULT_ALERT_POLICY,
  type Notice,
  planNotices,
  type SectionOutcome,
} from '../../src/domain/alerts.js';
import type { ChatMessage } from '../../src/domain/chat-message.js';
import { addDays, daysBetween } from '../../src/domain/day.js';
import { judgeFreshness } from '../../src/domain/freshness.js';
import type { Reading } from '../../src/domain/observation.js';
import type { FreshnessRule, FreshnessState } from '../../src/domain/types.js';
import { renderNotices } from '../../src/render/changes.js';
import { discordPage } from '../../src/render/discord-message.js';
import { consoleText } from '../../src/render/group-bot-messages.js';

const news: FreshnessRule = { kind: 'maxAge', maxAge: 14, dueAt: 10 };
const reading = (newest: string): Reading => ({
  status: 'ok',
  family: 'generic',
  itemCount: 3,
  newest: { title: 't', url: null, date: newest, provenance: { path: 'li', raw: newest } },
  titleYears: [],
  fingerprint: '0',
});

function outcome(
  key: string,
  state: FreshnessState,
  newest: string | null = null,
  ageDays: number | null = null,
): SectionOutcome {
  const [bureau = '', category = ''] = key.split('/');
  return {
    key,
    bureauId: bureau,
    bureauName: `${bureau}局`,
    category,
    categoryName: category === 'work_news' ? '工作动态' : category,
    url: `http://${bureau}.example/${category}/`,
    state,
    newest,
    ageDays,
  };
}

/**
 * A year of daily checks (at noon China time) of one news column whose bureau publishes on the given days.
 * Returns every notice with its day.
 */
function simulateYear(
  publishDays: string[],
  start = '2026-01-01',
  memoryOverride?: (day: string, m: AlertMemory) => AlertMemory,
) {
  let memory: Record<string, AlertMemory> = {};
  const log: { day: string; kind: string; state: string }[] = [];
  for (let d = 0; d < 365; d++) {
    const day = addDays(start, d);
    const newest = publishDays.filter((p) => p <= day).at(-1) ?? '2025-12-25';
    const { state, ageDays } = judgeFreshness('ok', reading(newest), news, day);
    if (memoryOverride && memory['x/work_news']) memory = { 'x/work_news': memoryOverride(day, memory['x/work_news']) };
    const planned = planNotices([outcome('x/work_news', state, newest, ageDays)], memory, new Date(`${day}T04:00:00Z`));
    for (const n of planned.notices) log.push({ day, kind: n.kind, state: n.outcome.state });
    memory = planned.memory;
  }
  return log;
}

describe('alert rules over a simulated year', () => {
  it('warns at due, alerts once at stale (day 15), reminds weekly at most four times, recovers once', () => {
    // Last post 2025-12-25; the column is silent until 2026-03-01, then again.
    const log = simulateYear(['2026-03-01']);
    expect(log.slice(0, 9).map((l) => `${l.day} ${l.kind}`)).toEqual([
      '2026-01-04 due',
      '2026-01-09 alert',
      '2026-01-16 reminder',
      '2026-01-23 reminder',
      '2026-01-30 reminder',
      '2026-02-06 reminder',
      '2026-03-01 recovery',
      '2026-03-11 due',
      '2026-03-16 alert',
    ]);
    // Then four reminders and silence for the rest of the year.
    expect(log.slice(9).map((l) => l.kind)).toEqual(['reminder', 'reminder', 'reminder', 'reminder']);
    // Edges: 2025-12-25 + 14 days is still due; the 15th day is stale.
    expect(daysBetween('2025-12-25', '2026-01-08')).toBe(14);
  });

  it('says nothing while a diligent bureau posts every week', () => {
    const weekly = Array.from({ length: 60 }, (_, i) => addDays('2025-12-29', 7 * i));
    expect(simulateYear(weekly)).toEqual([]);
  });

  it('does not flap: stale → blank → stale is one alert, and unreadable spells go to operations only', () => {
    const steps: FreshnessState[] = [
      'fresh',
      'stale',
      'blank',
      'stale',
      'unreachable',
      'blocked',
      'stale',
      'unreachable',
      'fresh',
    ];
    let m: Record<string, AlertMemory> = {};
    const kinds: string[][] = [];
    steps.forEach((state, i) => {
      const r = planNotices([outcome('x/work_news', state)], m, new Date(Date.UTC(2026, 5, 1 + i, 4)));
      kinds.push(r.notices.map((n) => n.kind));
      m = r.memory;
    });
    expect(kinds).toEqual([[], ['alert'], [], [], ['ops-down'], [], ['ops-up'], ['ops-down'], ['ops-up', 'recovery']]);
  });

  it('alerts after a crash that stored the new states but not the notices', () => {
    // The store already says stale (the previous check is lost); what people were told says nothing yet.
    const r = planNotices([outcome('x/work_news', 'stale')], {}, new Date('2026-06-01T04:00:00Z'));
    expect(r.notices.map((n) => n.kind)).toEqual(['alert']);
  });

  it('stays silent while snoozed and resumes reminders when the snooze expires', () => {
    const log = simulateYear(['2026-06-01'], '2026-01-01', (day, m) =>
      day === '2026-01-10' ? { ...m, quietUntil: '2026-01-31T00:00:00.000Z', quietReason: '网站改版中' } : m,
    );
    const early = log.filter((l) => l.day < '2026-02-10').map((l) => `${l.day} ${l.kind}`);
    expect(early).toEqual(['2026-01-04 due', '2026-01-09 alert', '2026-01-31 reminder', '2026-02-07 reminder']);
  });

  it('holds non-urgent notices until 08:00 China time, but never operations notices', () => {
    const night = new Date('2026-06-01T15:30:00Z'); // 23:30 in China
    expect(afterQuietHours(night, DEFAULT_ALERT_POLICY.quietHours).toISOString()).toBe('2026-06-02T00:00:00.000Z');
    const r = planNotices([outcome('x/work_news', 'stale'), outcome('y/notices', 'unreachable')], {}, night);
    expect(r.notices.map((n) => [n.kind, n.notBefore])).toEqual([
      ['alert', '2026-06-02T00:00:00.000Z'],
      ['ops-down', '2026-06-01T15:30:00.000Z'],
    ]);
    expect(afterQuietHours(new Date('2026-06-01T04:00:00Z'), DEFAULT_ALERT_POLICY.quietHours).toISOString()).toBe(
      '2026-06-01T04:00:00.000Z',
    );
  });
});

describe('alert messages', () => {
  const at = '2026-06-01T04:00:00.000Z';
  const notice = (kind: Notice['kind'], key: string, state: FreshnessState): Notice => ({
    kind,
    outcome: outcome(key, state, '2026-05-01', 31),
    notBefore: at,
  });

  it("groups one bureau's sections into one message with exact text", () => {
    const [m, ...rest] = renderNotices([
      notice('alert', 'linyi/work_news', 'stale'),
      notice('alert', 'linyi/notices', 'blank'),
    ]);
    expect(rest).toEqual([]);
    expect(m?.channel).toBe('alerts');
    expect(consoleText(m?.message as ChatMessage)).toBe(
      '⚠️ 栏目更新预警｜linyi局\n· 工作动态 http://linyi.example/work_news/：已超期，最新 2026-05-01（31 天前）\n· notices http://linyi.example/notices/：空白栏目，最新 2026-05-01（31 天前）',
    );
    expect(discordPage(m?.message as ChatMessage).embeds[0]?.description).toContain(
      '[工作动态](http://linyi.example/work_news/)',
    );
  });

  it('rolls a mass outage into one operations message', () => {
    const outage = Array.from({ length: 300 }, (_, i) => notice('ops-down', `b${i}/work_news`, 'unreachable'));
    const messages = renderNotices(outage);
    expect(messages).toHaveLength(1);
    expect(messages[0]?.channel).toBe('ops');
    expect(messages[0]?.message.title).toBe('🔧 栏目无法读取：300 个单位的 300 个栏目');
  });
});
