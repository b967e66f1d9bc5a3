/**
 * Per-host politeness without head-of-line blocking: each host runs at most `perHost` requests at once and
 * waits `spacingMs` after each before its next one, while other hosts keep the global slots busy.
 * Hosts with work and capacity wait in one FIFO, so picking the next job is O(1) at any number of hosts.
 * A host's state outlives its jobs so that spacing also holds for requests queued later (detail pages).
 */

export interface HostQueueOptions {
  concurrency: number;
  perHost: number;
  spacingMs: number;
}

interface Job {
  run: () => Promise<unknown>;
  resolve: (v: unknown) => void;
  reject: (e: unknown) => void;
}

interface HostState {
  jobs: Job[];
  active: number;
  /** True while the host sits in the ready FIFO, so it is never queued twice. */
  queued: boolean;
  /** True while a spacing timer holds the host back. */
  resting: boolean;
  /** When the host's last request finished; spacing counts from here. */
  lastDone: number;
}

export class HostQueue {
  private readonly hosts = new Map<string, HostState>();
  private readonly ready: string[] = [];
  private readyHead = 0;
  private active = 0;
  private pending = 0;
  private idleWaiters: (() => void)[] = [];

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
    return new Promise<T>((resolve, reject) => {
      let state = this.hosts.get(host);
      if (!state) {
        state = { jobs: [], active: 0, queued: false, resting: false, lastDone: Number.NEGATIVE_INFINITY };
        this.hosts.set(host, state);
      }
      state.jobs.push({ run: task, resolve: resolve as (v: unknown) => void, reject });
      this.pending++;
      this.markReady(host, state);
      this.pump();
    });
  }

  /** Resolves once every queued and running task has finished. */
  onIdle(): Promise<void> {
    if (this.pending === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private markReady(host: string, state: HostState): void {
    if (state.queued || state.resting || state.jobs.length === 0 || state.active >= this.options.perHost) return;
    const wait = state.lastDone + this.options.spacingMs - performance.now();
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
      const job = state.jobs.shift();
      if (!job) continue;
      state.active++;
      this.active++;
      // The host may take another request at once if its own limit allows it.
      this.markReady(host, state);
      void this.execute(host, state, job);
    }
    if (this.readyHead > 1024 && this.readyHead * 2 > this.ready.length) {
      this.ready.splice(0, this.readyHead);
      this.readyHead = 0;
    }
  }

  private async execute(host: string, state: HostState, job: Job): Promise<void> {
    try {
      job.resolve(await job.run());
    } catch (e) {
      job.reject(e);
    }
    state.active--;
    state.lastDone = performance.now();
    this.active--;
    this.pending--;
    this.markReady(host, state);
    this.pump();
    if (this.pending === 0) {
      const waiters = this.idleWaiters;
      this.idleWaiters = [];
      for (const w of waiters) w();
    }
  }
}
