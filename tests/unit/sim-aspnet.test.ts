import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aspnetDialect, aspnetTypeId } from '../../src/sim/aspnet-groups.js';
import {
  generateNetwork,
  listPageSize,
  navStyle,
  REALISTIC_FAMILIES,
  type SimBureau,
  type SimNetwork,
  sectionPath,
  visibleItems,
} from '../../src/sim/network.js';
import { type SimServer, startSimServer } from '../../src/sim/server.js';

/**
 * The fifteenth template's WebForms behaviour over real HTTP: a site's `/` either is its homepage or sends
 * a 302 to `/Default.aspx`, which is; a `__doPostBack('pager','2')` post to a column's address answers its
 * second list page. The oracle is the generator's items.
 */

const TODAY = '2026-11-27';
let sim: SimServer;
let network: SimNetwork;

beforeAll(async () => {
  const families = { ...REALISTIC_FAMILIES, challenges: 0 };
  const all = generateNetwork({ seed: 11, size: 200, origin: TODAY, redesignRate: 0, faultRate: 0, families });
  network = { ...all, bureaus: all.bureaus.filter((b) => navStyle(b) === 'aspnet') };
  sim = await startSimServer(network, { today: TODAY });
});

afterAll(async () => {
  await sim?.close();
});

async function get(bureau: SimBureau, path: string, form?: string) {
  const res = await fetch(`http://${bureau.address}:${sim.port}${path}`, {
    redirect: 'manual',
    method: form ? 'POST' : 'GET',
    body: form,
    headers: form ? { 'content-type': 'application/x-www-form-urlencoded' } : {},
  });
  const bytes = Buffer.from(await res.arrayBuffer());
  const html = bureau.gbk ? iconv.decode(bytes, 'gbk') : bytes.toString('utf8');
  return { status: res.status, location: res.headers.get('location'), html };
}

describe('the aspnet template', () => {
  it('serves its homepage at / or behind a 302 to /Default.aspx', async () => {
    const answers = await Promise.all(network.bureaus.map((b) => get(b, '/')));
    expect(answers.some((a) => a.status === 302)).toBe(true);
    expect(answers.some((a) => a.status === 200)).toBe(true);
    for (const [i, a] of answers.entries()) {
      const bureau = network.bureaus[i] as SimBureau;
      if (a.status === 302) expect(a.location).toBe('/Default.aspx');
      const home = a.status === 302 ? await get(bureau, '/Default.aspx') : a;
      expect(home.status).toBe(200);
      expect(home.html).toContain('<title>首页_');
    }
  });

  it('answers a pager postback to a column with the column’s next page', async () => {
    let checked = 0;
    for (const bureau of network.bureaus) {
      // A list the page itself carries (not one a script fetches), longer than a page.
      const section = bureau.sections.find(
        (s) => s.source.kind === 'page' && visibleItems(s, TODAY, 1000).length > listPageSize(bureau),
      );
      if (!section) continue;
      const second = visibleItems(section, TODAY, listPageSize(bureau), 1).map((i) => i.title);
      const at = sectionPath(bureau, section, TODAY);
      const posted = await get(bureau, at, '__EVENTTARGET=pager&__EVENTARGUMENT=2');
      expect(posted.status).toBe(200);
      for (const title of second) expect(posted.html).toContain(title);
      // The same page the pager's query address serves, and not the first page.
      const byQuery = aspnetDialect(bureau.id).list(aspnetTypeId(bureau.id, section.category), 2);
      expect(posted.html).toBe((await get(bureau, byQuery)).html);
      expect(posted.html).not.toBe((await get(bureau, at)).html);
      checked++;
    }
    expect(checked).toBeGreaterThan(3);
  });
});
