import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG_DIR, loadConfig } from '../../src/config/config.js';
import type { SimBureau, SimItem, SimNetwork, SimSection } from '../../src/sim/network.js';
import { networkTruth } from '../../src/sim/truth.js';

/**
 * The truth is stated from what the generator decided, with the rule numbers of indicators.yaml; these
 * cases are worked out by hand (14-day news rule due at 10, 180/365-day land items, the 03-31 plan).
 */

const config = loadConfig({ dir: DEFAULT_CONFIG_DIR });
const TODAY = '2026-11-27';

function section(category: string, items: SimItem[], extra: Partial<SimSection> = {}): SimSection {
  return { category, path: `/${category}/`, fault: 'none', items, pinned: null, source: { kind: 'page' }, ...extra };
}

function network(level: SimBureau['level'], sections: SimSection[], extra: Partial<SimBureau> = {}): SimNetwork {
  const bureau: SimBureau = {
    id: 'b1',
    name: '测试县自然资源局',
    level,
    province: '山东省',
    parent: null,
    address: '127.1.1.2',
    family: 'trs-table',
    gbk: false,
    latencyFactor: 1,
    redesign: null,
    challenge: false,
    newDateForms: false,
    decoyChrome: false,
    sections,
    ...extra,
  };
  return { seed: 1, origin: TODAY, bureaus: [bureau] };
}

const item = (id: number, date: string, coversYear?: number): SimItem => ({ id, title: `第${id}条`, date, coversYear });
const states = (n: SimNetwork) =>
  Object.fromEntries(networkTruth(n, config.categories, TODAY).map((t) => [t.category, [t.state, t.newest, t.via]]));

describe('the simulator truth', () => {
  it('judges news by its age against 14 days, due from 10', () => {
    // 2026-10-18 is 40 days before 2026-11-27; 2026-11-15 is 12; 2026-11-20 is 7.
    expect(states(network('city', [section('work_news', [item(1, '2026-10-18')])])).work_news).toEqual([
      'stale',
      '2026-10-18',
      'page',
    ]);
    expect(states(network('city', [section('work_news', [item(1, '2026-11-15')])])).work_news?.[0]).toBe('due');
    expect(states(network('city', [section('work_news', [item(1, '2026-11-20')])])).work_news?.[0]).toBe('fresh');
  });

  it('gives counties 365 days for land items where cities have 180, and ignores items after today', () => {
    // 2026-03-01 is 271 days before 2026-11-27; the 2026-12-01 item is not published yet.
    const items = [item(1, '2026-03-01'), item(2, '2026-12-01')];
    expect(states(network('city', [section('land_auction', items)])).land_auction?.slice(0, 2)).toEqual([
      'stale',
      '2026-03-01',
    ]);
    expect(states(network('county', [section('land_auction', items)])).land_auction?.[0]).toBe('fresh');
  });

  it('owes this year’s supply plan after 03-31 and reads the year the generator wrote', () => {
    const plan2025 = [item(1, '2025-02-10', 2025)];
    expect(states(network('city', [section('supply_plan', plan2025)])).supply_plan?.[0]).toBe('stale');
    const plan2026 = [...plan2025, item(2, '2026-02-11', 2026)];
    expect(states(network('city', [section('supply_plan', plan2026)])).supply_plan?.[0]).toBe('fresh');
  });

  it('records faults, redesigns and the read path the generator chose', () => {
    const items = [item(1, '2026-11-20')];
    const faulty = network('city', [
      section('work_news', items, { fault: 'server-error' }),
      section('notices', [], {}),
      section('plans', items, { source: { kind: 'jpage', config: 'ajax-query', inline: false, columnId: 1001 } }),
      section('laws_policies', items, { source: { kind: 'script', form: 'record-array' } }),
    ]);
    expect(states(faulty)).toEqual({
      work_news: ['unreachable', null, 'page'],
      notices: ['blank', null, 'page'],
      plans: ['fresh', '2026-11-20', 'endpoint'],
      laws_policies: ['fresh', '2026-11-20', 'script'],
    });
    const challenged = network('city', [section('work_news', items)], { challenge: true });
    expect(states(challenged).work_news).toEqual(['fresh', '2026-11-20', 'browser-needed']);
    const moved = network('city', [section('work_news', items)], {
      redesign: { day: '2026-11-01', prefix: '/xxgk', redirectHome: false, reuseOldPaths: false },
    });
    expect(states(moved).work_news?.[0]).toBe('missing');
  });
});
