// Worker threads do not inherit the parent's TypeScript loader on Node 20 (nor vitest's): register tsx
// in the thread itself, then load the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('../extract/extract-worker.ts');
