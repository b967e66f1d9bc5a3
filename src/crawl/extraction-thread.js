// The parser thread when landwatch runs as TypeScript (tsx, vitest): worker threads do not inherit the
// parent's TypeScript loader on Node 20, so register tsx in the thread itself, then load the TypeScript
// worker. The compiled build starts dist/src/extract/extract-worker.js directly, with no loader.
import { register } from 'tsx/esm/api';

register();
await import('../extract/extract-worker.ts');
