import { type Day, type FreshnessState, UNKNOWN_STATES } from './types.js';

/**
 * Which notices a check cycle produces, and what we remember about each section between cycles. Pure:
 * results and the remembered state in, notices and the new state out. Changes only (never "has not
 * changed"): an alert when a section turns stale or blank, a recovery when it comes back, bounded
 * reminders in between, an optional early warning at `due`; unreadable sections go to operations.
 * Snoozes and exceptions silence a section until they expire; quiet hours hold non-urgent notices.
 */

export type NoticeKind = 'alert' | 'recovery' | 'reminder' | 'due' | 'ops-down' | 'ops-up';

export interface SectionOutcome {
  key: string;
  bureauId: string;
  bureauName: string;
  category: string;
  categoryName: string;
  url: string;
  state: FreshnessState;
  newest: Day | null;
  ageDays: number | null;
  /** Why an unreadable section could not be read, and what would read it (the browser it needs). */
  reason?: string | null | undefined;
  note?: string | null | undefined;
}

/** What we remember per section for alerting. */
export interface AlertMemory {
  /** The last bad state people were told about (null: nothing outstanding). */
  notified: FreshnessState | null;
  notifiedAt: string | null;
  reminders: number;
  /** When the last reminder went out; reminders are spaced from it (or from the alert). */
  remindedAt: string | null;
  /** Silenced until then: a snooze from the alert's button, or a manager's exception. */
  quietUntil: string | null;
  quietReason: string | null;
  acknowledged: { by: string; at: string } | null;
  /** Operations were told the section cannot be read. */
  down: boolean;
  /** People were warned it is close to its threshold. */
  dueWarned: boolean;
}

export interface Notice {
  kind: NoticeKind;
  outcome: SectionOutcome;
  /** Not to be delivered before this instant (quiet hours). */
  notBefore: string;
}

export interface AlertPolicy {
  /** Days between reminders while a section stays stale or blank. */
  reminderDays: number;
  maxReminders: number;
  /** Warn at `due` as well as at `stale`. */
  dueWarnings: boolean;
  /** China-time hours [start, end) during which non-urgent notices wait until `end`. */
  quietHours: { start: number; end: number } | null;
}

export const DEFAULT_ALERT_POLICY: AlertPolicy = {
  reminderDays: 7,
  maxReminders: 4,
  dueWarnings: true,
  quietHours: { start: 22, end: 8 },
};

export const EMPTY_MEMORY: AlertMemory = {
  notified: null,
  notifiedAt: null,
  reminders: 0,
  remindedAt: null,
  quietUntil: null,
  quietReason: null,
  acknowledged: null,
  down: false,
  dueWarned: false,
};

const DAY_MS = 86_400_000;
const CHINA_OFFSET_MS = 8 * 3_600_000;
const BAD: ReadonlySet<FreshnessState> = new Set(['stale', 'blank']);

/** The first instant at or after `now` outside quiet hours (China time). */
export function afterQuietHours(now: Date, quiet: AlertPolicy['quietHours']): Date {
  if (!quiet) return now;
  const local = new Date(now.getTime() + CHINA_OFFSET_MS);
  const hour = local.getUTCHours();
  const inQuiet =
    quiet.start > quiet.end ? hour >= quiet.start || hour < quiet.end : hour >= quiet.start && hour < quiet.end;
  if (!inQuiet) return now;
  const end = new Date(local);
  end.setUTCHours(quiet.end, 0, 0, 0);
  if (end <= local) end.setUTCDate(end.getUTCDate() + 1);
  return new Date(end.getTime() - CHINA_OFFSET_MS);
}

/** Operations notices and recoveries are not held: operators need them at once, recoveries cost no sleep. */
function urgent(kind: NoticeKind): boolean {
  return kind === 'ops-down' || kind === 'ops-up';
}

export function planNotices(
  outcomes: SectionOutcome[],
  memory: Record<string, AlertMemory>,
  now: Date,
  policy: AlertPolicy = DEFAULT_ALERT_POLICY,
): { notices: Notice[]; memory: Record<string, AlertMemory> } {
  const next: Record<string, AlertMemory> = {};
  const notices: Notice[] = [];
  const at = now.toISOString();
  const held = afterQuietHours(now, policy.quietHours).toISOString();
  for (const o of outcomes) {
    const m0 = memory[o.key] ?? EMPTY_MEMORY;
    // An expired snooze or exception is simply gone.
    let m: AlertMemory = m0.quietUntil && m0.quietUntil <= at ? { ...m0, quietUntil: null, quietReason: null } : m0;
    const quiet = m.quietUntil !== null;
    const emit = (kind: NoticeKind) => {
      if (quiet && kind !== 'ops-down' && kind !== 'ops-up') return;
      notices.push({ kind, outcome: o, notBefore: urgent(kind) ? at : held });
    };
    // Decisions compare the state with what people were last told (persisted with the outbox), not with
    // the previous check: a crash between storing states and recording notices then loses nothing.
    if (UNKNOWN_STATES.has(o.state)) {
      if (!m.down) {
        emit('ops-down');
        m = { ...m, down: true };
      }
      next[o.key] = m;
      continue;
    }
    if (m.down) {
      emit('ops-up');
      m = { ...m, down: false };
    }
    if (BAD.has(o.state)) {
      if (m.notified === null) {
        emit('alert');
        m = {
          ...m,
          notified: o.state,
          notifiedAt: at,
          reminders: 0,
          remindedAt: null,
          acknowledged: null,
          dueWarned: false,
        };
      } else if (m.notifiedAt && m.reminders < policy.maxReminders && !m.acknowledged && !quiet) {
        // A snooze pauses reminders; they resume from its end, spaced from the last one told.
        const since = now.getTime() - Date.parse(m.remindedAt ?? m.notifiedAt);
        if (since >= policy.reminderDays * DAY_MS) {
          emit('reminder');
          m = { ...m, reminders: m.reminders + 1, remindedAt: at };
        }
      }
    } else if (m.notified !== null) {
      emit('recovery');
      m = {
        ...m,
        notified: null,
        notifiedAt: null,
        reminders: 0,
        remindedAt: null,
        acknowledged: null,
        dueWarned: o.state === 'due',
      };
    } else if (o.state === 'due' && policy.dueWarnings && !m.dueWarned) {
      emit('due');
      m = { ...m, dueWarned: true };
    } else if (o.state === 'fresh' && m.dueWarned) {
      m = { ...m, dueWarned: false };
    }
    next[o.key] = m;
  }
  return { notices, memory: { ...memory, ...next } };
}

/** Someone took an alert in hand: no more reminders until the section recovers or alerts anew. */
export function acknowledge(
  memory: Record<string, AlertMemory>,
  keys: string[],
  by: string,
  at: Date,
): Record<string, AlertMemory> {
  const next = { ...memory };
  for (const k of keys) next[k] = { ...(next[k] ?? EMPTY_MEMORY), acknowledged: { by, at: at.toISOString() } };
  return next;
}

/** Silences sections until `until` (a snooze, or a manager's exception with its reason); null lifts it. */
export function silence(
  memory: Record<string, AlertMemory>,
  keys: string[],
  until: Date | null,
  reason: string,
): Record<string, AlertMemory> {
  const next = { ...memory };
  for (const k of keys) {
    next[k] = {
      ...(next[k] ?? EMPTY_MEMORY),
      quietUntil: until?.toISOString() ?? null,
      quietReason: until ? reason : null,
    };
  }
  return next;
}
