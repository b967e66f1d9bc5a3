import { describe, expect, it } from 'vitest';
import { parseSettings } from '../../src/config/settings.js';
import { configProblems } from './config-helpers.js';

// The oracle for "valid" is what node-cron and Intl accept, written out here, not asked of them.
describe('settings.yaml: the time zone is checked at load', () => {
  it('refuses a zone the runtime does not know, naming file, line, field and value', () => {
    const p = configProblems(() => parseSettings('config/settings.yaml', '# zone\ntimezone: Mars/Olympus\n'));
    expect(p).toEqual([
      'line 2: timezone: unknown time zone; use an IANA name such as Asia/Shanghai (value: "Mars/Olympus")',
    ]);
  });

  it('refuses a bare abbreviation that means another zone, saying which', () => {
    const p = configProblems(() => parseSettings('s.yaml', 'timezone: CST\n'));
    expect(p).toEqual([expect.stringMatching(/^line 1: timezone: .*read as America\/Chicago.*\(value: "CST"\)$/)]);
  });

  it('accepts IANA names and UTC, and defaults to China time', () => {
    for (const zone of ['Asia/Shanghai', 'Asia/Urumqi', 'Etc/GMT-8', 'UTC']) {
      expect(parseSettings('s.yaml', `timezone: ${zone}\n`).timezone).toBe(zone);
    }
    expect(parseSettings('s.yaml', 'store: {}\n').timezone).toBe('Asia/Shanghai');
  });
});

describe('settings.yaml: cron expressions are checked at load', () => {
  it('refuses each bad expression with its line, field, node-cron reason and value', () => {
    const text = 'schedule:\n  checkCron: "61 * * * *"\n  digestCron: every monday\n  drainCron: "0 0 30 2 *"\n';
    const p = configProblems(() => parseSettings('s.yaml', text));
    expect(p).toEqual([
      'line 2: schedule.checkCron: not a cron expression (61 is a invalid expression for minute) (value: "61 * * * *")',
      'line 3: schedule.digestCron: not a cron expression (expected 5 or 6 fields but got 2) (value: "every monday")',
      expect.stringMatching(
        /^line 4: schedule\.drainCron: not a cron expression \(.*impossible day.*\(value: "0 0 30 2 \*"\)$/,
      ),
    ]);
  });

  it('refuses an empty expression', () => {
    const p = configProblems(() => parseSettings('s.yaml', 'schedule: { checkCron: "" }\n'));
    expect(p).toEqual([expect.stringMatching(/^line 1: schedule\.checkCron: not a cron expression.*\(value: ""\)$/)]);
  });

  it('accepts five- and six-field expressions, names of days, and the defaults', () => {
    const s = parseSettings(
      's.yaml',
      'schedule:\n  checkCron: "*/5 * * * *"\n  digestCron: "0 9 * * MON"\n  drainCron: "*/30 * * * * *"\n',
    );
    expect(s.schedule).toEqual({ checkCron: '*/5 * * * *', digestCron: '0 9 * * MON', drainCron: '*/30 * * * * *' });
    expect(parseSettings('s.yaml', 'store: {}\n').schedule).toEqual({
      checkCron: '*/10 * * * *',
      digestCron: '0 9 * * 1',
      drainCron: '* * * * *',
    });
  });
});
