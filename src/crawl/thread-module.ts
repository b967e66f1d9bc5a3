/** What a worker thread runs: the module to start and the data it starts with. */
export interface ThreadModule {
  file: URL;
  data?: Record<string, unknown>;
}

/**
 * The thread for a module given by its compiled `.js` address. Compiled (this file is .js under dist/),
 * the thread runs that module with no loader; run as TypeScript, it starts typescript-thread.js, which
 * registers tsx in the thread and loads the module's `.ts` source.
 */
export function threadModule(compiled: URL, data: Record<string, unknown> = {}): ThreadModule {
  if (import.meta.url.endsWith('.js')) return { file: compiled, data };
  const entry = compiled.href.replace(/\.js$/, '.ts');
  return { file: new URL('./typescript-thread.js', import.meta.url), data: { ...data, entry } };
}
