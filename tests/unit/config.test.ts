import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBureaus } from '../../src/config/bureaus.js';
import { loadConfig } from '../../src/config/config.js';
import { ConfigError } from '../../src/config/config-error.js';
import { parseIndicators } from '../../src/config/indicators.js';

const configDir = path.resolve(import.meta.dirname, '../../config');

function problems(fn: () => unknown): string[] {
  try {
    fn();
  } catch (e) {
    if (e instanceof ConfigError) return e.problems;
    throw e;
  }
  throw new Error('expected a ConfigError');
}

describe('shipped configuration', () => {
  it('loads, and covers every category of the inspection standards with weights summing to 100', () => {
    const config = loadConfig({ dir: configDir });
    const keys = config.categories.map((c) => c.key);
    for (const key of [
      'work_news',
      'notices',
      'supply_plan',
      'expro_notice',
      'compensation_plan',
      'land_auction',
      'land_transfer_result',
      'land_change_survey',
      'mining_rights',
      'director_mailbox',
    ]) {
      expect(keys).toContain(key);
    }
    expect(config.categories.reduce((n, c) => n + c.weight, 0)).toBe(100);
    const disclosure = config.categories.filter((c) => c.group === 'disclosure').reduce((n, c) => n + c.weight, 0);
    expect(disclosure).toBe(79);
    const expro = config.categories.find((c) => c.key === 'expro_notice');
    expect(expro?.levelRules.county).toEqual({ kind: 'maxAge', maxAge: 365, dueAt: 330 });
    expect(config.categories.find((c) => c.key === 'supply_plan')?.rule).toEqual({
      kind: 'annual',
      due: '03-31',
      yearOffset: 0,
      warnDays: 30,
    });
  });
});

describe('configuration errors name file, line, field and value', () => {
  const categories = loadConfig({ dir: configDir }).categories;
  const bureau = (extra: string) =>
    `bureaus:\n  - id: sd-linyi\n    name: 临沂市国土资源局\n    province: 山东省\n    homepage: http://gtj.linyi.example/\n${extra}`;

  it('reports a bad level and a bad URL with their lines', () => {
    const p = problems(() =>
      parseBureaus('bureaus.yaml', categories, bureau('    level: town\n    sections:\n      work_news: not-a-url\n')),
    );
    expect(p).toEqual([
      expect.stringMatching(/^line 6: bureaus\.0\.level: .*"province"\|"city"\|"county".*\(value: "town"\)$/),
      expect.stringMatching(/^line 8: bureaus\.0\.sections\.work_news: .*\(value: "not-a-url"\)$/),
    ]);
  });

  it('reports unknown categories and duplicate ids', () => {
    // The second bureau watches a section: one without any is refused for that alone.
    const yaml = `${bureau('    level: city\n    sections:\n      wrok_news: http://a.example/\n')}  - id: sd-linyi\n    name: 乙\n    level: city\n    province: 山东省\n    homepage: http://b.example/\n    sections: { notices: http://b.example/tzgg/ }\n`;
    const p = problems(() => parseBureaus('bureaus.yaml', categories, yaml));
    expect(p).toContain(
      'line 8: bureaus.0.sections.wrok_news: unknown category (value: "wrok_news"; see indicators.yaml); did you mean "work_news"?',
    );
    expect(p).toContain('line 9: bureaus.1.id: duplicate bureau id (value: "sd-linyi"); the first is at line 2');
  });

  it('reports YAML syntax errors with line and column, and the file name in the message', () => {
    try {
      parseIndicators('config/indicators.yaml', 'categories:\n  - key: a\n   name: [\n');
      expect.unreachable();
    } catch (e) {
      expect((e as Error).message).toMatch(
        /^config\/indicators\.yaml: invalid configuration\n {2}- line \d+:\d+: YAML syntax/,
      );
    }
  });

  it('rejects a rule whose warning point is past its threshold', () => {
    const p = problems(() =>
      parseIndicators(
        'i.yaml',
        'categories:\n  - key: a\n    name: 甲\n    group: site\n    weight: 1\n    rule: { maxAge: 5, dueAt: 9 }\n',
      ),
    );
    expect(p.join('\n')).toMatch(/line 6: categories\.0\.rule/);
  });
});
