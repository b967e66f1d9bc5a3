#!/usr/bin/env node
// The CLI ships as TypeScript run through tsx, so `npx landwatch` works right after `npm install`.
import { register } from 'tsx/esm/api';

register();
await import('../src/main.ts');
