/**
 * Throttling is not an outage. A 429, or a 503 that says when to come back (Retry-After), is the server
 * asking us to slow down: the host is held for what it asked, within bounds, and beyond them the section is
 * `blocked` with reason `rate-limited`, never `unreachable` (which would count against the site's
 * availability). A bare 503 stays what it was: a failure retried a few times, then unreachable.
 */

/** The shortest wait after a throttled answer, even when the server says "now". */
export const THROTTLE_FLOOR_MS = 1000;

export const RATE_LIMITED = 'rate-limited';

/** Milliseconds a Retry-After value asks for (delta-seconds or an HTTP-date), or null when absent or unreadable. */
export function retryAfterMs(value: string | null, nowEpochMs: number): number | null {
  if (value === null) return null;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // Every HTTP-date names its month; Date.parse alone would read "-5" as a year.
  const at = /[a-z]{3}/i.test(text) ? Date.parse(text) : Number.NaN;
  return Number.isNaN(at) ? null : Math.max(0, at - nowEpochMs);
}

/** Whether an answer is a request to slow down rather than a failure. */
export function isThrottled(status: number, retryAfter: string | null): boolean {
  return status === 429 || (status === 503 && retryAfter !== null);
}

/** The wait a throttled answer asks for: what the server said (at least the floor), else a doubling backoff. */
export function throttleWaitMs(asked: number | null, answersBefore: number): number {
  return asked === null ? THROTTLE_FLOOR_MS * 2 ** answersBefore : Math.max(THROTTLE_FLOOR_MS, asked);
}

export interface ThrottleLimits {
  /** Throttled answers one request may retry after. */
  retries: number;
  /** How long one host may be held in one cycle, in total. */
  maxRetryAfterMs: number;
  /** How long one request may wait, in total. */
  maxRetryAfterPerRequestMs: number;
}

export interface ThrottleSituation {
  /** What the host still asks us to wait. */
  waitMs: number;
  /** Throttled answers this request has had. */
  answers: number;
  /** How long this request has waited already. */
  waitedMs: number;
  /** How long the host has been held this cycle, and how much of its current hold is left. */
  hostHeldMs: number;
  hostHoldLeftMs: number;
}

/** Wait out the host's ask, or give up on this request (the section is then blocked: rate-limited). */
export function throttleDecision(s: ThrottleSituation, limits: ThrottleLimits): 'wait' | 'give-up' {
  if (s.answers > limits.retries) return 'give-up';
  if (s.waitedMs + s.waitMs > limits.maxRetryAfterPerRequestMs) return 'give-up';
  // Requests waiting on one hold share it: only the part beyond the current hold costs the host more.
  const extension = Math.max(0, s.waitMs - s.hostHoldLeftMs);
  return s.hostHeldMs + extension > limits.maxRetryAfterMs ? 'give-up' : 'wait';
}

/** When each host asked us to come back, so later requests to it wait or give up without asking again. */
export class HostAsks {
  private readonly until = new Map<string, number>();

  ask(host: string, waitMs: number, now = performance.now()): void {
    this.until.set(host, Math.max(this.until.get(host) ?? 0, now + waitMs));
  }

  /** What is left of the host's ask; 0 when it has none. */
  leftMs(host: string, now = performance.now()): number {
    const until = this.until.get(host);
    if (until === undefined) return 0;
    if (until > now) return until - now;
    this.until.delete(host);
    return 0;
  }
}
