/** A config problem, located: file, line, the path inside the document and the offending value. */
export class ConfigError extends Error {
  override name = 'ConfigError' as const;
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`${file}: invalid configuration\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** A value as a short quote for a message; never throws, whatever the value. */
export function show(value: unknown): string {
  let s: string | undefined;
  try {
    s = JSON.stringify(value);
  } catch {
    s = String(value);
  }
  return s === undefined ? 'nothing' : s.length > 60 ? `${s.slice(0, 57)}...` : s;
}
