import { readFileSync } from 'node:fs';
import { isNode, LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { ConfigError, show } from './config-error.js';

/** Parses a YAML file and validates it, reporting every problem with its line and value. */
export function loadYaml<S extends z.ZodType>(file: string, schema: S, text?: string): z.output<S> {
  let source: string;
  try {
    source = text ?? readFileSync(file, 'utf8');
  } catch (e) {
    throw new ConfigError(file, [`cannot read file: ${(e as Error).message}`]);
  }
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines, prettyErrors: false });
  if (doc.errors.length > 0) {
    throw new ConfigError(
      file,
      doc.errors.map((e) => {
        const pos = lines.linePos(e.pos[0]);
        return `line ${pos.line}:${pos.col}: YAML syntax: ${e.message.split('\n')[0]}`;
      }),
    );
  }
  const data = doc.toJS();
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  throw new ConfigError(
    file,
    result.error.issues.map((issue) => {
      const keyPath = issue.path.map(String);
      let node: unknown = doc.getIn(keyPath, true);
      // A missing key has no node: point at its parent instead.
      for (let n = keyPath.length - 1; !isNode(node) && n >= 0; n--) node = doc.getIn(keyPath.slice(0, n), true);
      const offset = isNode(node) && node.range ? node.range[0] : 0;
      const where = `line ${lines.linePos(offset).line}`;
      const field = keyPath.length > 0 ? keyPath.join('.') : '(top level)';
      let value: unknown = data;
      for (const k of keyPath) value = (value as Record<string, unknown> | undefined)?.[k];
      return `${where}: ${field}: ${issue.message} (value: ${show(value)})`;
    }),
  );
}
