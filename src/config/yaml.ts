import { readFileSync, statSync } from 'node:fs';
import { type Document, isCollection, isNode, LineCounter, parseDocument, visit } from 'yaml';
import type { z } from 'zod';
import { ConfigError, show } from './config-error.js';
import { aliasProblems, MAX_ALIAS_EXPANSION } from './yaml-aliases.js';

/** Larger than any real config (3,000 bureaus take about 4 MB); a bigger file is a mistake, not a config. */
export const MAX_CONFIG_BYTES = 16 * 1024 * 1024;

export type KeyPath = readonly PropertyKey[];

/** A validated YAML file that can still say where things are in it. */
export interface YamlFile<T> {
  value: T;
  /** The line of the node at `path`, or of its nearest parent present in the file. */
  lineOf(path: KeyPath): number;
  /** A problem located the way every config problem is: `line N: a.b.c: message`. */
  problem(path: KeyPath, message: string): string;
}

/**
 * Parses a YAML file and validates it, reporting every problem with its line and value. Whatever the
 * input, it returns or throws a ConfigError.
 */
export function loadYaml<S extends z.ZodType>(file: string, schema: S, text?: string): YamlFile<z.output<S>> {
  const source = text ?? readSource(file);
  // readSource checks a file's size before reading it; text given directly is checked here.
  if (text !== undefined) checkSize(file, Buffer.byteLength(text));
  const lines = new LineCounter();
  const lineAt = (offset: number) => lines.linePos(offset).line;
  let doc: Document;
  let data: unknown;
  try {
    doc = parseDocument(source, { lineCounter: lines, prettyErrors: false });
    if (doc.errors.length > 0) {
      throw new ConfigError(
        file,
        doc.errors.map((e) => {
          const pos = lines.linePos(e.pos[0]);
          return `line ${pos.line}:${pos.col}: YAML syntax: ${e.message.split('\n')[0]}`;
        }),
      );
    }
    if (doc.contents === null) throw new ConfigError(file, ['the file is empty: it holds no YAML mapping']);
    const structural = [...aliasProblems(doc), ...collectionKeys(doc)];
    if (structural.length > 0) {
      throw new ConfigError(
        file,
        structural.map((p) => `line ${lineAt(p.offset)}: ${p.message}`),
      );
    }
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_EXPANSION });
  } catch (e) {
    if (e instanceof ConfigError) throw e;
    // The parser and toJS have limits of their own (nesting depth, aliases); they throw without a place.
    throw new ConfigError(file, [`cannot read the YAML: ${(e as Error).message}`]);
  }
  const lineOf = (path: KeyPath): number => {
    const keys = path.map(String);
    let node: unknown = doc.getIn(keys, true);
    // A missing key has no node: point at its parent instead.
    for (let n = keys.length - 1; !isNode(node) && n >= 0; n--) node = doc.getIn(keys.slice(0, n), true);
    return lineAt(isNode(node) && node.range ? node.range[0] : 0);
  };
  const problem = (path: KeyPath, message: string) =>
    `line ${lineOf(path)}: ${path.length > 0 ? path.map(String).join('.') : '(top level)'}: ${message}`;
  const result = schema.safeParse(data);
  if (!result.success) {
    throw new ConfigError(
      file,
      result.error.issues.map((issue) => {
        let value: unknown = data;
        for (const k of issue.path) value = (value as Record<PropertyKey, unknown> | undefined)?.[k];
        return problem(issue.path, `${issue.message} (value: ${show(value)})`);
      }),
    );
  }
  return { value: result.data, lineOf, problem };
}

function readSource(file: string): string {
  try {
    // Checked before reading, so a huge file is never read into memory.
    checkSize(file, statSync(file).size);
    return readFileSync(file, 'utf8');
  } catch (e) {
    if (e instanceof ConfigError) throw e;
    throw new ConfigError(file, [`cannot read file: ${(e as Error).message}`]);
  }
}

function checkSize(file: string, bytes: number): void {
  if (bytes > MAX_CONFIG_BYTES) {
    throw new ConfigError(file, [`the file is too large (${bytes} bytes; at most ${MAX_CONFIG_BYTES})`]);
  }
}

/** Keys that are lists or mappings, which no config has and toJS would turn into strings with a warning. */
function collectionKeys(doc: Document): { offset: number; message: string }[] {
  const found: { offset: number; message: string }[] = [];
  visit(doc, {
    Pair(_, pair) {
      if (isCollection(pair.key)) {
        found.push({ offset: pair.key.range?.[0] ?? 0, message: 'a key must be a plain word, not a list or mapping' });
      }
    },
  });
  return found;
}
