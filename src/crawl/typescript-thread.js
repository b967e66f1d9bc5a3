// A worker thread when landwatch runs as TypeScript (tsx, vitest): worker threads do not inherit the
// parent's TypeScript loader on Node 20, so register tsx in the thread itself, then load the TypeScript
// module `workerData.entry` names. The compiled build starts each thread's compiled module directly.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
