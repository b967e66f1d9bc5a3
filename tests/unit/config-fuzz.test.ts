import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { parseBureaus } from '../../src/config/bureaus.js';
import { DEFAULT_CONFIG_DIR } from '../../src/config/config.js';
import { ConfigError } from '../../src/config/config-error.js';
import { parseIndicators } from '../../src/config/indicators.js';
import { parseSettings } from '../../src/config/settings.js';

const shippedIndicators = path.join(DEFAULT_CONFIG_DIR, 'indicators.yaml');
const categories = parseIndicators(shippedIndicators);

const loaders: Record<string, { load: (text: string) => unknown; example: string }> = {
  bureaus: {
    load: (text) => parseBureaus('b.yaml', categories, text),
    example:
      'bureaus:\n  - id: sd\n    name: 山东省自然资源厅\n    level: province\n    province: 山东省\n    homepage: http://a.example/\n    sections:\n      notices: http://a.example/tzgg/\n      work_news: { url: http://a.example/xwdt/, list: ul > li, charset: gbk }\n  - id: sd-jn\n    name: 济南市\n    level: city\n    province: 山东省\n    parent: sd\n    homepage: http://b.example/\n    sections: { notices: http://b.example/tzgg/ }\n',
  },
  indicators: {
    load: (text) => parseIndicators('i.yaml', text),
    example:
      'categories:\n  - key: a\n    name: 甲\n    group: site\n    weight: 1\n    rule: { maxAge: 14, dueAt: 10 }\n    levels: { county: presence }\n  - key: b\n    name: 乙\n    group: disclosure\n    weight: 2\n    synonyms: [乙, 丙]\n    rule: { annual: { due: 03-31 } }\n',
  },
  settings: {
    load: (text) => parseSettings('s.yaml', text),
    example:
      'timezone: Asia/Shanghai\nfetch: { timeoutMs: 1000, retries: 1 }\nalerts: { quietHours: { start: 22, end: 8 } }\nschedule: { checkCron: "*/10 * * * *" }\nwebhooks:\n  - { kind: wecom, url: "http://a.example/hook" }\n',
  },
};

// Pieces YAML is made of, so random strings reach the parser's corners: anchors, aliases, tags, flow
// and block collections, explicit keys, document markers, a BOM.
const fragments = [
  'bureaus:',
  'categories:',
  'timezone:',
  'schedule:',
  'sections:',
  'id: ',
  'key: ',
  '\n',
  '\n  ',
  '  - ',
  '- ',
  ': ',
  '&a ',
  '*a',
  '&b ',
  '*b',
  '[',
  ']',
  '{',
  '}',
  ', ',
  '? ',
  '!!set ',
  '!!binary ',
  '!!map ',
  '!x ',
  '---\n',
  '...\n',
  '"',
  "'",
  '#',
  '|',
  '>',
  '\uFEFF',
  '\t',
  '~',
  'null',
  '1e999',
  '-0',
  '0x1F',
  '.nan',
  'http://a.example/',
  '<<: ',
  '__proto__',
  'constructor',
  '山东省',
  'a',
  'b',
  '5',
];
const yamlSoup = fc.array(fc.constantFrom(...fragments), { maxLength: 40 }).map((parts) => parts.join(''));
const anyText = fc.string({ unit: 'binary', maxLength: 200 });

/** A valid document with one subtree (chosen by `steps`) replaced by an arbitrary value. */
function mutated(example: string): fc.Arbitrary<string> {
  return fc
    .tuple(
      fc.array(fc.nat(), { minLength: 1, maxLength: 5 }),
      fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.anything({ maxDepth: 2 })),
    )
    .map(([steps, replacement]) => {
      const root = { doc: parse(example) as unknown };
      let parent: Record<string, unknown> = root;
      let key = 'doc';
      for (const step of steps) {
        const node = parent[key];
        if (node === null || typeof node !== 'object') break;
        const keys = Object.keys(node);
        if (keys.length === 0) break;
        parent = node as Record<string, unknown>;
        key = keys[step % keys.length]!;
      }
      parent[key] = replacement;
      try {
        return stringify(root.doc);
      } catch {
        // Values YAML cannot write (symbols, functions): fall back to the shape unchanged.
        return example;
      }
    });
}

/** What a loader does with `text`: returns, or throws a ConfigError whose every problem is a sentence. */
function outcome(load: (text: string) => unknown, text: string): 'value' | 'ConfigError' {
  try {
    load(text);
    return 'value';
  } catch (e) {
    if (!(e instanceof ConfigError)) throw new Error(`not a ConfigError for ${JSON.stringify(text)}: ${String(e)}`);
    expect(e.problems.length).toBeGreaterThan(0);
    for (const p of e.problems) expect(p).toMatch(/\S/);
    return 'ConfigError';
  }
}

describe('whatever the text, config loaders return a value or throw a ConfigError', () => {
  for (const [name, { load, example }] of Object.entries(loaders)) {
    it(`${name}: the example itself loads`, () => {
      expect(outcome(load, example)).toBe('value');
    });

    it(`${name}: arbitrary text, YAML fragments and mutated valid documents`, () => {
      const seen = new Set<string>();
      for (const text of [anyText, yamlSoup, mutated(example)]) {
        fc.assert(
          fc.property(text, (t) => {
            seen.add(outcome(load, t));
          }),
          { numRuns: 150, seed: 20261201 },
        );
      }
      // The mutations leave some documents valid: the property is not only ever about refusals.
      expect(seen).toEqual(new Set(['value', 'ConfigError']));
    });
  }
});
