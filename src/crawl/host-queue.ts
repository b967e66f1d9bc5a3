/**
 * Per-host politeness without head-of-line blocking: each host runs at most `perHost` requests at once and
 * waits `spacingMs` after each before its next one, while other hosts keep the global slots busy.
 * Hosts with work and capacity wait in one FIFO, so picking the next job is O(1) at any number of hosts.
 * A host's state outlives its jobs so that spacing also holds for requests queued later (detail pages).
 *
 * A running task holds a lease on its host. It can move the lease to another host (a redirect), giving up
 * both its slots while it waits, and a host can be held (a server asked us to come back later): nothing
 * starts on it until then. How long each host was held counts until the queue next goes idle, one cycle.
 */

export interface HostQueueOptions {
  concurrency: number;
  perHost: number;
  spacingMs: number;
}

/** A running task's claim on a host slot and a global slot. */
export interface HostLease {
  /** The host whose slot the task holds now. */
  readonly host: string;
  /**
   * Gives up both slots and resolves once `host` grants new ones (after its spacing and any hold); `first`
   * puts the task ahead of the host's waiting tasks, for a retry of work that was already running.
   */
  moveTo(host: string, first?: boolean): Promise<void>;
}

interface HostState {
  waiting: (() => void)[];
  active: number;
  /** True while the host sits in the ready FIFO, so it is never queued twice. */
  queued: boolean;
  /** True while a timer holds the host back (spacing or a hold). */
  resting: boolean;
  /** When the host's last request finished; spacing counts from here. */
  lastDone: number;
  /** Nothing starts on the host before this instant. */
  heldUntil: number;
  /** How long the host has been held since the queue was last idle. */
  heldMs: number;
}

export class HostQueue {
  private readonly hosts = new Map<string, HostState>();
  private readonly ready: string[] = [];
  private readyHead = 0;
  private active = 0;
  private pending = 0;
  private idleWaiters: (() => void)[] = [];
  private readonly heldHosts = new Set<HostState>();
  /** The lease of the task being started, for that task's first synchronous step only. */
  private starting: HostLease | null = null;

  constructor(private readonly options: HostQueueOptions) {}

  /** The queue a fetch configuration asks for. */
  static fromSettings(fetch: { concurrency: number; perHostConcurrency: number; perHostSpacingMs: number }): HostQueue {
    return new HostQueue({
      concurrency: fetch.concurrency,
      perHost: fetch.perHostConcurrency,
      spacingMs: fetch.perHostSpacingMs,
    });
  }

  /** Runs `task` when the host's politeness and the global cap allow. */
  run<T>(host: string, task: () => Promise<T>): Promise<T> {
    this.pending++;
    return new Promise<T>((resolve, reject) => {
      const queue = this;
      const lease = {
        host,
        moveTo(to: string, first = false): Promise<void> {
          queue.release(lease.host);
          return new Promise((granted) =>
            queue.acquire(
              to,
              () => {
                lease.host = to;
                granted();
              },
              first,
            ),
          );
        },
      };
      this.acquire(host, () => {
        let result: Promise<T>;
        this.starting = lease;
        try {
          result = task();
        } catch (e) {
          result = Promise.reject(e);
        } finally {
          this.starting = null;
        }
        result.then(resolve, reject).finally(() => this.finish(lease.host));
      });
    });
  }

  /**
   * The lease of the task the queue is starting, once: a fetcher called synchronously by its task takes it
   * to move on redirects and to wait out holds without keeping slots. Null outside such a first step.
   */
  takeStartingLease(): HostLease | null {
    const lease = this.starting;
    this.starting = null;
    return lease;
  }

  /** Starts nothing on `host` for the next `ms` (a server asked for it); counts toward the host's held time. */
  hold(host: string, ms: number): void {
    const state = this.stateOf(host);
    const now = performance.now();
    const until = now + ms;
    if (until <= state.heldUntil) return;
    state.heldMs += until - Math.max(now, state.heldUntil);
    state.heldUntil = until;
    this.heldHosts.add(state);
  }

  /** How long `host` has been held since the queue was last idle, and what is left of its hold. */
  held(host: string): { totalMs: number; leftMs: number } {
    const state = this.hosts.get(host);
    if (!state) return { totalMs: 0, leftMs: 0 };
    return { totalMs: state.heldMs, leftMs: Math.max(0, state.heldUntil - performance.now()) };
  }

  /** Resolves once every queued and running task has finished. */
  onIdle(): Promise<void> {
    if (this.pending === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private stateOf(host: string): HostState {
    let state = this.hosts.get(host);
    if (!state) {
      state = {
        waiting: [],
        active: 0,
        queued: false,
        resting: false,
        lastDone: Number.NEGATIVE_INFINITY,
        heldUntil: Number.NEGATIVE_INFINITY,
        heldMs: 0,
      };
      this.hosts.set(host, state);
    }
    return state;
  }

  private acquire(host: string, start: () => void, first = false): void {
    const state = this.stateOf(host);
    if (first) state.waiting.unshift(start);
    else state.waiting.push(start);
    this.markReady(host, state);
    this.pump();
  }

  private release(host: string): void {
    const state = this.hosts.get(host) as HostState;
    state.active--;
    state.lastDone = performance.now();
    this.active--;
    this.markReady(host, state);
    this.pump();
  }

  private finish(host: string): void {
    this.release(host);
    this.pending--;
    if (this.pending > 0) return;
    // A cycle's work is done: the next one starts with every host's held time at zero.
    for (const state of this.heldHosts) state.heldMs = 0;
    this.heldHosts.clear();
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const w of waiters) w();
  }

  private markReady(host: string, state: HostState): void {
    if (state.queued || state.resting || state.waiting.length === 0 || state.active >= this.options.perHost) return;
    const wait = Math.max(state.lastDone + this.options.spacingMs, state.heldUntil) - performance.now();
    if (wait > 0) {
      state.resting = true;
      setTimeout(() => {
        state.resting = false;
        this.markReady(host, state);
        this.pump();
      }, wait);
      return;
    }
    state.queued = true;
    this.ready.push(host);
  }

  private pump(): void {
    while (this.active < this.options.concurrency && this.readyHead < this.ready.length) {
      const host = this.ready[this.readyHead++] as string;
      const state = this.hosts.get(host) as HostState;
      state.queued = false;
      // A hold that began while the host sat in the FIFO still applies.
      if (state.heldUntil > performance.now()) {
        this.markReady(host, state);
        continue;
      }
      const start = state.waiting.shift();
      if (!start) continue;
      state.active++;
      this.active++;
      // The host may take another request at once if its own limit allows it.
      this.markReady(host, state);
      start();
    }
    if (this.readyHead > 1024 && this.readyHead * 2 > this.ready.length) {
      this.ready.splice(0, this.readyHead);
      this.readyHead = 0;
    }
  }
}
