import { parentPort } from 'node:worker_threads';
import { type ExtractInput, extractSection } from './extract.js';

/** Runs extraction off the main thread: the pure core, unchanged, behind a message port. */
parentPort?.on('message', (job: { id: number; input: ExtractInput }) => {
  try {
    parentPort?.postMessage({ id: job.id, extraction: extractSection(job.input) });
  } catch (e) {
    parentPort?.postMessage({ id: job.id, error: (e as Error).message ?? String(e) });
  }
});
