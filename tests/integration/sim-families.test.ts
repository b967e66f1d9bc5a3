import vm from 'node:vm';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG_DIR, loadConfig } from '../../src/config/config.js';
import { generateNetwork, type SimBureau, type SimSection, visibleItems } from '../../src/sim/network.js';
import { type SimServer, startSimServer } from '../../src/sim/server.js';
import { networkTruth } from '../../src/sim/truth.js';

/**
 * The newer page families, forced to large shares so a small network shows them all: jpage endpoints,
 * script lists, cookie-challenged hosts, newer date forms, real-size pages. Scripts are really run (in a
 * node:vm context with the few browser globals they touch), never read with the simulator's own code.
 */

const DAY = '2026-11-27';
const SHARES = { jpage: 0.4, scriptLists: 0.2, challenges: 0.2, dateForms: 0.5, decoyChrome: 0.3 };
let sim: SimServer;
const config = loadConfig({ dir: DEFAULT_CONFIG_DIR });

beforeAll(async () => {
  const network = generateNetwork({ seed: 5, size: 40, origin: DAY, faultRate: 0, families: SHARES });
  sim = await startSimServer(network, { today: DAY, challenge: { ttlMs: 60_000, maxRequests: 3 } });
});
afterAll(async () => {
  await sim.close();
});

const open = (b: SimBureau) => !b.challenge && !b.redesign;
const origin = (b: SimBureau) => `http://${b.address}:${sim.port}`;
const columns = (pred: (b: SimBureau, s: SimSection) => boolean) =>
  sim.network.bureaus.filter(open).flatMap((b) => b.sections.filter((s) => pred(b, s)).map((s) => ({ b, s })));
/** Newest first, as a reader should see them: the generator's items up to today. */
const newestFirst = (s: SimSection) =>
  s.items.filter((i) => i.date <= DAY).sort((x, y) => (x.date < y.date ? 1 : x.date > y.date ? -1 : y.id - x.id));

/** A page's text in the charset its bureau declares. */
async function pageText(b: SimBureau, path: string): Promise<string> {
  const bytes = Buffer.from(await (await fetch(`${origin(b)}${path}`)).arrayBuffer());
  return b.gbk ? iconv.decode(bytes, 'gbk') : bytes.toString('utf8');
}

/** Runs a page's inline scripts with `document.write` collected; returns what they wrote. */
function runWrites(html: string): string {
  let written = '';
  const context = vm.createContext({ document: { write: (s: string) => (written += s) } });
  for (const m of html.matchAll(/<script type="text\/javascript">([\s\S]*?)<\/script>/g)) {
    new vm.Script(m[1] ?? '').runInContext(context);
  }
  return written;
}

describe('jpage columns', () => {
  it('configure the endpoint in a script; the endpoint honours startrecord/endrecord and the form', async () => {
    const all = columns((_b, s) => s.source.kind === 'jpage');
    expect(all.length).toBeGreaterThan(10);
    const inline = all.filter(({ s }) => s.source.kind === 'jpage' && s.source.inline);
    expect(inline.length / all.length).toBeGreaterThan(0.15);
    expect(inline.length / all.length).toBeLessThan(0.55);
    const configs = new Set(all.map(({ s }) => (s.source.kind === 'jpage' ? s.source.config : '')));
    expect(configs).toEqual(new Set(['ajax-query', 'ajax-param', 'legacy-path']));
    for (const { b, s } of all.filter(({ s }) => s.source.kind === 'jpage' && !s.source.inline).slice(0, 6)) {
      const page = await pageText(b, s.path);
      const items = newestFirst(s);
      if (items[0]) expect(page).not.toContain(items[0].title);
      const proxy = page.match(/(\/module\/(?:web\/)?jpage\/dataproxy\.jsp)/)?.[1];
      const field = (name: string) => page.match(new RegExp(`${name}:\\s*'?(\\d+)`))?.[1] ?? '';
      const form = new URLSearchParams({
        col: '1',
        appid: '1',
        webid: field('webid'),
        path: '/',
        columnid: field('columnid'),
        sourceContentType: '1',
        unitid: field('unitid'),
        webname: b.name,
        permissiontype: '0',
      });
      const res = await fetch(`${origin(b)}${proxy}?startrecord=2&endrecord=4&perpage=3`, {
        method: 'POST',
        body: form,
      });
      const xml = await res.text();
      expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?><datastore><nextgroup>')).toBe(true);
      const titles = [...xml.matchAll(/title="([^"]+)"/g)].map((m) => m[1]);
      expect(titles).toEqual(items.slice(1, 4).map((i) => i.title));
      form.set('columnid', '1');
      const other = await (
        await fetch(`${origin(b)}${proxy}?startrecord=1&endrecord=4`, { method: 'POST', body: form })
      ).text();
      expect(other).not.toContain('<record>');
    }
  });
});

describe('script lists', () => {
  it('hold their rows only in script strings that document.write puts on the page', async () => {
    const all = columns((_b, s) => s.source.kind === 'script');
    expect(new Set(all.map(({ s }) => (s.source.kind === 'script' ? s.source.form : '')))).toEqual(
      new Set(['document-write', 'record-array']),
    );
    for (const { b, s } of all.slice(0, 6)) {
      const page = await pageText(b, s.path);
      const written = runWrites(page);
      const rows = [...written.matchAll(/<li><a href="[^"]+" target="_blank">([^<]+)<\/a>/g)]
        .map((m) => m[1])
        .filter((t) => !t?.startsWith('【置顶】'));
      expect(rows.slice(0, 5)).toEqual(
        newestFirst(s)
          .slice(0, 5)
          .map((i) => i.title),
      );
      expect(page.replace(/<script[\s\S]*?<\/script>/g, '')).not.toContain(`>${rows[0]}<`);
    }
  });
});

describe('cookie-challenged hosts', () => {
  it('answer 412 until the script-computed cookie comes back, then serve, then challenge again', async () => {
    const b = sim.network.bureaus.find((x) => x.challenge && !x.redesign) as SimBureau;
    const url = `${origin(b)}${b.sections[0]?.path}`;
    const first = await fetch(url);
    expect(first.status).toBe(412);
    const page = await first.text();
    expect(page).toMatch(/<meta [^>]*r="m"/);
    expect(page).toContain("r='m'");
    let cookie = '';
    let reloaded = false;
    const context = vm.createContext({
      document: {
        set cookie(v: string) {
          cookie = v.split(';')[0] ?? '';
        },
      },
      location: { reload: () => (reloaded = true) },
    });
    new vm.Script(page.match(/<script type="text\/javascript">([\s\S]*?)<\/script>/)?.[1] ?? '').runInContext(context);
    expect(reloaded).toBe(true);
    expect(page).not.toContain(cookie.split('=')[1]);
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await fetch(url, { headers: { cookie } })).status);
    // Good for three requests (maxRequests: 3), then the host challenges again.
    expect(statuses).toEqual([200, 200, 200, 412]);
    expect(sim.stats.challenges).toBeGreaterThanOrEqual(2);
  });
});

describe('pages and truth', () => {
  it('weigh 10–120 KB, GBK sites declaring their charset only in <meta>', async () => {
    const sample = sim.network.bureaus.filter(open).slice(0, 12);
    const sizes: number[] = [];
    for (const b of sample) {
      for (const s of b.sections.slice(0, 4)) {
        const res = await fetch(`${origin(b)}${s.path}`);
        const body = Buffer.from(await res.arrayBuffer());
        sizes.push(body.length);
        if (b.gbk) {
          expect(res.headers.get('content-type')).toBe('text/html');
          expect(body.toString('latin1')).toContain('charset=gb2312');
        }
      }
    }
    sizes.sort((x, y) => x - y);
    expect(sizes[0]).toBeGreaterThanOrEqual(9_500);
    expect(sizes[sizes.length - 1]).toBeLessThanOrEqual(122_000);
    expect(sizes[Math.floor(sizes.length / 2)]).toBeGreaterThan(18_000);
    expect(sizes[Math.floor(sizes.length / 2)]).toBeLessThan(45_000);
  });

  it('write the newer date forms, and say how each section is read', async () => {
    const dated = sim.network.bureaus.filter((b) => open(b) && b.newDateForms);
    const text = (await Promise.all(dated.flatMap((b) => b.sections.slice(0, 3).map((s) => pageText(b, s.path))))).join(
      '',
    );
    for (const form of ['发布日期：', ' 星期', '(周', "document.write('20"]) expect(text).toContain(form);
    const detailed = dated.find((b) => b.family === 'detail-dated') ?? dated[0];
    const s = detailed?.sections.find((x) => visibleItems(x, DAY, 1).length > 0 && x.source.kind === 'page');
    if (detailed && s) {
      const first = visibleItems(s, DAY, 1)[0];
      const detail = await pageText(detailed, `${s.path}detail_${first?.id}.html`);
      expect(detail).toMatch(/发布时间：[〇一二三四五六七八九]{4}年[一二三四五六七八九十]+月[一二三四五六七八九十]+日/);
    }
    const via = new Set(networkTruth(sim.network, config.categories, DAY).map((t) => t.via));
    expect(via).toEqual(new Set(['page', 'endpoint', 'script', 'browser-needed']));
  });

  it('show year-less rows across a New Year in early January', async () => {
    sim.setToday('2027-01-08');
    try {
      const pages = await Promise.all(
        sim.network.bureaus
          .filter((b) => open(b) && b.newDateForms)
          .flatMap((b) => b.sections.map((s) => pageText(b, s.path))),
      );
      // December rows written without their year, beside January ones.
      const rows = pages.join('').match(/>\s*\[?12-[0-3]\d\]?\s*</g) ?? [];
      expect(rows.length).toBeGreaterThan(0);
    } finally {
      sim.setToday(DAY);
    }
  });
});
