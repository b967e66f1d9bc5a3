import { Worker } from 'node:worker_threads';
import { type ExtractInput, type Extraction, extractSection } from '../extract/extract.js';
import { type Admit, semaphore } from './semaphore.js';
import { type ThreadModule, threadModule } from './thread-module.js';

/** Reads a fetched page into its item list, possibly on another thread. */
export interface PageReader {
  (input: ExtractInput): Promise<Extraction>;
  /**
   * Waits for room among the pages between fetch and parse, and returns the release; the most urgent
   * pages get room first. A reader without it (inline) never holds pages back.
   */
  admit?: Admit;
}

interface Job {
  resolve: (e: Extraction) => void;
  reject: (e: Error) => void;
}

interface Thread {
  worker: Worker;
  pending: Map<number, Job>;
}

const PARSER = threadModule(new URL('../extract/extract-worker.js', import.meta.url));
/**
 * A page's parse needs a few megabytes; without a cap a busy worker's heap grows to hundreds of them
 * before V8 collects. A worker that exceeds it is replaced, and its pages are read on the main thread.
 */
const WORKER_LIMITS = { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 16 };
/** Pages fetched and not yet read, per parser thread, at most: enough to keep a thread busy, and no more. */
const PAGES_IN_FLIGHT_PER_THREAD = 16;

/**
 * The thread gets its own copy of the body. Handing over the body itself would leave the caller's view
 * empty, and the read paths still need it after a failed parse: to read it inline when the thread died,
 * and to look for a data endpoint or a script loader when no list was found.
 */
function privateCopy(bytes: Uint8Array): Uint8Array {
  return new Uint8Array(bytes);
}

/**
 * Extraction on `threads` worker threads, so fetching on the main thread and parsing share the machine's
 * cores. A crashed worker fails only its own jobs and is replaced; the caller reads those pages inline.
 * With 0 threads pages are read on the main thread. Idle workers never keep the process alive.
 */
export function extractionPool(threads: number, parser: ThreadModule = PARSER): PageReader {
  if (threads <= 0) return async (input) => extractSection(input);
  const pool: (Thread | null)[] = Array.from({ length: threads }, () => null);
  let nextId = 0;

  const spawn = (slot: number): Thread => {
    const worker = new Worker(parser.file, { workerData: parser.data, resourceLimits: WORKER_LIMITS });
    const thread: Thread = { worker, pending: new Map() };
    worker.unref();
    worker.on('message', (m: { id: number; extraction?: Extraction; error?: string }) => {
      const job = thread.pending.get(m.id);
      if (!job) return;
      thread.pending.delete(m.id);
      if (thread.pending.size === 0) worker.unref();
      if (m.extraction) job.resolve(m.extraction);
      else job.reject(new Error(`extraction failed: ${m.error}`));
    });
    const fail = (why: Error) => {
      if (pool[slot] === thread) pool[slot] = null;
      for (const job of thread.pending.values()) job.reject(why);
      thread.pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`extraction worker exited with code ${code}`)));
    pool[slot] = thread;
    return thread;
  };

  const read: PageReader = (input) => {
    let slot = 0;
    for (let i = 1; i < pool.length; i++) {
      if ((pool[i]?.pending.size ?? 0) < (pool[slot]?.pending.size ?? 0)) slot = i;
    }
    const thread = pool[slot] ?? spawn(slot);
    const id = nextId++;
    const bytes = privateCopy(input.bytes);
    return new Promise<Extraction>((resolve, reject) => {
      thread.pending.set(id, { resolve, reject });
      thread.worker.ref();
      thread.worker.postMessage({ id, input: { ...input, bytes } }, [bytes.buffer as ArrayBuffer]);
    });
  };
  read.admit = semaphore(threads * PAGES_IN_FLIGHT_PER_THREAD);
  return read;
}
