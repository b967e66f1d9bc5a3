import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseBureaus } from '../../src/config/bureaus.js';
import { DEFAULT_CONFIG_DIR, loadConfig } from '../../src/config/config.js';
import { parseIndicators } from '../../src/config/indicators.js';
import { parseSettings } from '../../src/config/settings.js';
import { MAX_CONFIG_BYTES } from '../../src/config/yaml.js';
import { configProblems } from './config-helpers.js';

const categories = parseIndicators(path.join(DEFAULT_CONFIG_DIR, 'indicators.yaml'));
const oneBureau = (id: string, sections = '{ notices: http://a.example/tzgg/ }') =>
  `  - id: ${id}\n    name: 某局\n    level: city\n    province: 山东省\n    homepage: http://a.example/\n    sections: ${sections}\n`;

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'landwatch-config-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('aliases', () => {
  it('an alias bomb is refused with the line of the alias that goes past the limit', () => {
    // Nine levels of nine: 9^9 values once expanded, from 90 lines.
    const levels = ['a0: &a0 [x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 9; i++)
      levels.push(
        `a${i}: &a${i} [${Array(9)
          .fill(`*a${i - 1}`)
          .join(', ')}]`,
      );
    const p = configProblems(() => parseSettings('s.yaml', `${levels.join('\n')}\n`));
    expect(p).toHaveLength(1);
    expect(p[0]).toMatch(/^line 7: too many aliases: expanding them would build more than 1000000 values/);
  });

  it('an alias naming no anchor is refused with its line', () => {
    const p = configProblems(() => parseSettings('s.yaml', 'store: {}\nalerts: *defaults\n'));
    expect(p).toEqual(['line 2: alias *defaults names no anchor &defaults set before it']);
  });

  it('an alias inside the node it repeats is refused with its line', () => {
    const p = configProblems(() => parseSettings('s.yaml', 'store: {}\nfetch: &f\n  retries: *f\n'));
    expect(p).toEqual(['line 3: alias *f repeats a node that contains it']);
  });

  it('500 bureaus (more than the 100 aliases yaml allows by default) sharing one sections block through an anchor still load', () => {
    const shared = '&s { notices: http://a.example/tzgg/, work_news: http://a.example/xwdt/ }';
    const text = `bureaus:\n${oneBureau('b0', shared)}${Array.from({ length: 499 }, (_, i) => oneBureau(`b${i + 1}`, '*s')).join('')}`;
    const bureaus = parseBureaus('b.yaml', categories, text);
    expect(bureaus).toHaveLength(500);
    expect(bureaus[499]?.sections.map((s) => s.category)).toEqual(['notices', 'work_news']);
  });
});

describe('inputs that are not a config at all', () => {
  it('an empty or comment-only file', () => {
    expect(configProblems(() => parseSettings('s.yaml', ''))).toEqual(['the file is empty: it holds no YAML mapping']);
    expect(configProblems(() => parseBureaus('b.yaml', categories, '# nothing yet\n'))).toEqual([
      'the file is empty: it holds no YAML mapping',
    ]);
  });

  it('a list or a number at the top level', () => {
    expect(configProblems(() => parseSettings('s.yaml', '- a\n- b\n'))).toEqual([
      expect.stringMatching(/^line 1: \(top level\): .*expected object, received array/),
    ]);
    expect(configProblems(() => parseIndicators('i.yaml', '42\n'))).toEqual([
      expect.stringMatching(/^line 1: \(top level\): .*expected object, received number \(value: 42\)$/),
    ]);
  });

  it('a number where text is expected', () => {
    const p = configProblems(() => parseBureaus('b.yaml', categories, 'bureaus:\n  - id: 5\n    name: 7\n'));
    expect(p).toContain('line 2: bureaus.0.id: Invalid input: expected string, received number (value: 5)');
    expect(p).toContain('line 3: bureaus.0.name: Invalid input: expected string, received number (value: 7)');
  });

  it('a key that is a list or a mapping', () => {
    const p = configProblems(() =>
      parseBureaus('b.yaml', categories, `bureaus:\n${oneBureau('sd', '{ ? [a, b] : http://a.example/ }')}`),
    );
    expect(p).toEqual(['line 7: a key must be a plain word, not a list or mapping']);
  });

  it('a byte-order mark before the first key is read as nothing', () => {
    expect(parseSettings('s.yaml', '\uFEFFtimezone: Asia/Urumqi\n').timezone).toBe('Asia/Urumqi');
  });

  it('a file larger than the limit is refused without being parsed', async () => {
    const big = path.join(dir, 'big.yaml');
    await writeFile(big, `# ${'x'.repeat(MAX_CONFIG_BYTES)}\n`);
    expect(configProblems(() => parseSettings(big))).toEqual([
      `the file is too large (${MAX_CONFIG_BYTES + 3} bytes; at most ${MAX_CONFIG_BYTES})`,
    ]);
    expect(configProblems(() => parseSettings('s.yaml', `#${' '.repeat(MAX_CONFIG_BYTES)}`))[0]).toMatch(
      /^the file is too large/,
    );
  });

  it('a directory where a file should be, or no file at all', async () => {
    const configDir = path.join(dir, 'config');
    await mkdir(path.join(configDir, 'settings.yaml'), { recursive: true });
    await writeFile(path.join(configDir, 'indicators.yaml'), parseIndicatorsSource());
    await writeFile(path.join(configDir, 'bureaus.yaml'), `bureaus:\n${oneBureau('sd')}`);
    expect(configProblems(() => loadConfig({ dir: configDir }))).toEqual([
      expect.stringMatching(/^cannot read file: EISDIR/),
    ]);
    expect(configProblems(() => loadConfig({ dir: configDir, bureausFile: path.join(dir, 'none.yaml') }))).toEqual([
      expect.stringMatching(/^cannot read file: ENOENT/),
    ]);
  });
});

function parseIndicatorsSource(): string {
  return 'categories:\n  - key: notices\n    name: 通知公告\n    group: disclosure\n    weight: 3\n    rule: presence\n';
}
