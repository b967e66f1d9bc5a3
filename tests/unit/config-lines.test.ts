import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseBureaus } from '../../src/config/bureaus.js';
import { parseIndicators } from '../../src/config/indicators.js';
import { loadYaml } from '../../src/config/yaml.js';
import { configProblems } from './config-helpers.js';

const categories = parseIndicators(path.resolve(import.meta.dirname, '../../config/indicators.yaml'));

/** A bureau entry of bureaus.yaml, eight lines with the header line of `bureaus:` before the first. */
const bureau = (id: string, rest = '    sections:\n      notices: http://a.example/tzgg/\n') =>
  `  - id: ${id}\n    name: 某局\n    level: city\n    province: 山东省\n    homepage: http://a.example/\n${rest}`;

describe('semantic problems in bureaus.yaml carry the line they are on', () => {
  it('a duplicate id points at the repeat and names the line of the first', () => {
    const p = configProblems(() => parseBureaus('b.yaml', categories, `bureaus:\n${bureau('sd')}${bureau('sd')}`));
    expect(p).toEqual(['line 9: bureaus.1.id: duplicate bureau id (value: "sd"); the first is at line 2']);
  });

  it('an unknown category under sections is located at its line, with the closest key suggested', () => {
    const rest = '    sections:\n      notices: http://a.example/tzgg/\n      land_aution: http://a.example/crgg/\n';
    const p = configProblems(() => parseBureaus('b.yaml', categories, `bureaus:\n${bureau('sd', rest)}`));
    expect(p).toEqual([
      'line 9: bureaus.0.sections.land_aution: unknown category (value: "land_aution"; see indicators.yaml); did you mean "land_auction"?',
    ]);
  });

  it('a parent that names no bureau is located at its line', () => {
    const child = bureau('sd-linyi', '    parent: sd-x\n    sections:\n      notices: http://a.example/tzgg/\n');
    const p = configProblems(() => parseBureaus('b.yaml', categories, `bureaus:\n${bureau('sd')}${child}`));
    expect(p).toEqual(['line 14: bureaus.1.parent: no bureau has this id (value: "sd-x"); did you mean "sd"?']);
  });

  it('a parent far from every id gets no suggestion', () => {
    const child = bureau('sd-linyi', '    parent: zhejiang\n    sections:\n      notices: http://a.example/tzgg/\n');
    const p = configProblems(() => parseBureaus('b.yaml', categories, `bureaus:\n${child}`));
    expect(p).toEqual(['line 7: bureaus.0.parent: no bureau has this id (value: "zhejiang")']);
  });
});

describe('a bureau must watch at least one section', () => {
  it('refuses a bureau with no sections key, at the bureau', () => {
    const p = configProblems(() =>
      parseBureaus('b.yaml', categories, `bureaus:\n${bureau('sd')}${bureau('sd-jn', '')}`),
    );
    expect(p).toEqual([expect.stringMatching(/^line 9: bureaus\.1\.sections: a bureau needs at least one section/)]);
  });

  it('refuses an empty sections mapping, at the mapping', () => {
    const p = configProblems(() =>
      parseBureaus('b.yaml', categories, `bureaus:\n${bureau('sd', '    sections: {}\n')}`),
    );
    expect(p).toEqual([
      expect.stringMatching(/^line 7: bureaus\.0\.sections: a bureau needs at least one section .*\(value: \{\}\)$/),
    ]);
  });

  it('accepts a bureau with one section', () => {
    expect(parseBureaus('b.yaml', categories, `bureaus:\n${bureau('sd')}`)[0]?.sections).toHaveLength(1);
  });
});

describe('semantic problems in indicators.yaml carry the line they are on', () => {
  it('a duplicate category key points at the repeat and names the line of the first', () => {
    const category = (key: string) =>
      `  - key: ${key}\n    name: 甲\n    group: site\n    weight: 1\n    rule: presence\n`;
    const p = configProblems(() =>
      parseIndicators('i.yaml', `categories:\n${category('a')}${category('b')}${category('a')}`),
    );
    expect(p).toEqual(['line 12: categories.2.key: duplicate category key (value: "a"); the first is at line 2']);
  });
});

describe('loadYaml locates key paths for its callers', () => {
  const schema = z.object({ a: z.object({ b: z.array(z.number()) }) });
  const file = loadYaml('x.yaml', schema, '# comment\na:\n  b:\n    - 1\n    - 2\n');

  it('gives the line of a present node, and of the nearest present parent of a missing one', () => {
    expect(file.value).toEqual({ a: { b: [1, 2] } });
    expect(file.lineOf(['a'])).toBe(3);
    expect(file.lineOf(['a', 'b', 1])).toBe(5);
    expect(file.lineOf(['a', 'b', 7])).toBe(4);
    expect(file.lineOf(['a', 'nope'])).toBe(3);
  });

  it('formats a problem the way the schema problems are formatted', () => {
    expect(file.problem(['a', 'b', 0], 'too small')).toBe('line 4: a.b.0: too small');
    expect(file.problem([], 'empty')).toBe('line 2: (top level): empty');
  });
});
