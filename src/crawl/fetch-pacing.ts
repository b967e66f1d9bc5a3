import type { Access } from '../domain/observation.js';
import type { FetchPolicy } from './fetch-policy.js';
import {
  type HostAsks,
  RATE_LIMITED,
  retryAfterMs,
  type ThrottleLimits,
  throttleDecision,
  throttleWaitMs,
} from './fetch-throttle.js';
import type { HostLease, HostQueue } from './host-queue.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** One fetch's time on the network; paused while the fetch waits its turn, which is not the site's slowness. */
export class Deadline {
  private readonly controller = new AbortController();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private leftMs: number;
  private since = 0;

  constructor(ms: number) {
    this.leftMs = ms;
    this.resume();
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  async paused<T>(wait: () => Promise<T>): Promise<T> {
    clearTimeout(this.timer);
    this.leftMs -= performance.now() - this.since;
    try {
      return await wait();
    } finally {
      this.resume();
    }
  }

  clear(): void {
    clearTimeout(this.timer);
  }

  private resume(): void {
    this.since = performance.now();
    const controller = this.controller;
    this.timer = setTimeout(
      () => controller.abort(new DOMException('deadline passed', 'TimeoutError')),
      Math.max(0, this.leftMs),
    );
  }
}

export interface PacingDeps {
  policy: FetchPolicy;
  /** The queue the fetch runs in, when its caller runs it in one. */
  queue: HostQueue | undefined;
  asks: HostAsks;
  limits: ThrottleLimits;
}

export interface Refused {
  access: Exclude<Access, 'ok'>;
  status: number | null;
  reason: string;
}

/**
 * What one fetch does between its requests: the policy's check of every URL it is about to request, a turn
 * on that URL's host (a redirect to another host queues there, like any request to it), and waiting out what
 * the host asked for. Create it synchronously at the start of the fetch: that is when the queue hands over
 * the lease of the task running it.
 */
export class FetchPacing {
  private readonly lease: HostLease | null;
  private direct: boolean;
  private answers = 0;
  private waitedMs = 0;
  private lastStatus: number | null = null;

  constructor(
    private readonly deps: PacingDeps,
    foundOnPage: boolean,
    private readonly deadline: Deadline,
  ) {
    this.lease = deps.queue?.takeStartingLease() ?? null;
    this.direct = !foundOnPage;
  }

  /** Readies a request to `url`: null once it may go, else why it may not. */
  async before(url: string): Promise<Refused | null> {
    const parsed = URL.parse(url);
    if (!parsed) return { access: 'unreachable', status: null, reason: 'invalid-url' };
    const refusal = this.deps.policy.refusal(parsed, this.direct);
    this.direct = false;
    if (refusal) return { access: 'unreachable', status: null, reason: refusal };
    const host = parsed.host;
    const lease = this.lease;
    if (lease && lease.host !== host) await this.deadline.paused(() => lease.moveTo(host));
    const waitMs = this.deps.asks.leftMs(host);
    if (waitMs <= 0) return null;
    const held = this.deps.queue?.held(host) ?? { totalMs: 0, leftMs: 0 };
    const situation = {
      waitMs,
      answers: this.answers,
      waitedMs: this.waitedMs,
      hostHeldMs: held.totalMs,
      hostHoldLeftMs: held.leftMs,
    };
    if (throttleDecision(situation, this.deps.limits) === 'give-up')
      return { access: 'blocked', status: this.lastStatus, reason: RATE_LIMITED };
    this.waitedMs += waitMs;
    await this.deadline.paused(() => this.waitOut(host, waitMs));
    return null;
  }

  /** Records a throttled answer: its host is asked about again only after what it asked for. */
  throttled(url: string, status: number, retryAfter: string | null): void {
    const waitMs = throttleWaitMs(retryAfterMs(retryAfter, Date.now()), this.answers);
    this.deps.asks.ask(new URL(url).host, waitMs);
    this.answers++;
    this.lastStatus = status;
  }

  /** The whole host waits, not just this request; the request gives up its slots meanwhile. */
  private async waitOut(host: string, ms: number): Promise<void> {
    this.deps.queue?.hold(host, ms);
    if (this.lease) await this.lease.moveTo(host, true);
    else await sleep(ms);
  }
}
