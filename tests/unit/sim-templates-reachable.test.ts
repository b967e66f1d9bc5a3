import vm from 'node:vm';
import * as cheerio from 'cheerio';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../src/domain/day.js';
import {
  generateNetwork,
  navStyle,
  REALISTIC_FAMILIES,
  type SimBureau,
  type SimNetwork,
  sectionPath,
} from '../../src/sim/network.js';
import { type SimServer, startSimServer } from '../../src/sim/server.js';
import { HOLDOUT_STYLES } from '../harness/holdout-templates.js';

/**
 * Every watched column of the holdout templates is one a person finds by clicking: linked from a page
 * reached from the homepage in at most two clicks (so the column is at most three clicks away), over
 * the pages the simulator really serves. What a person can click: links and image-map areas, the
 * options of a navigating `<select>`, `onclick` jumps, and the entries of menus a script builds from
 * channel data in the page (read from that data here, as the browser would render it: entries marked
 * `showOrNot: 0` are not shown). The pages of a frameset's frames and of iframes are shown with the page
 * that holds them, so their links cost no more clicks than its own. The oracle is the generator's section list.
 */

const HOLDOUT = HOLDOUT_STYLES;
const ORIGIN = '2026-11-27';
/** Every redesign of the network is in effect a year and a bit later. */
const REDESIGNED = addDays(ORIGIN, 400);

let sim: SimServer;
let network: SimNetwork;

beforeAll(async () => {
  // Faultless, so every page answers; the realistic families (decoy chrome, endpoints) but no host challenge.
  const families = { ...REALISTIC_FAMILIES, challenges: 0 };
  const all = generateNetwork({ seed: 7, size: 200, origin: ORIGIN, redesignRate: 0.4, faultRate: 0, families });
  network = { ...all, bureaus: all.bureaus.filter((b) => HOLDOUT.includes(navStyle(b))) };
  sim = await startSimServer(network, { today: ORIGIN });
});

afterAll(async () => {
  await sim?.close();
});

async function get(
  bureau: SimBureau,
  path: string,
): Promise<{ status: number; html: string; location: string | null }> {
  const res = await fetch(`http://${bureau.address}:${sim.port}${path}`, {
    redirect: 'manual',
    signal: AbortSignal.timeout(5000),
  });
  const bytes = Buffer.from(await res.arrayBuffer());
  const html = bureau.gbk ? iconv.decode(bytes, 'gbk') : bytes.toString('utf8');
  return { status: res.status, html, location: res.headers.get('location') };
}

/** A page as a browser shows it, its redirects followed (they cost no click), and the address it ends at. */
async function open(
  bureau: SimBureau,
  origin: string,
  path: string,
): Promise<{ status: number; html: string; at: URL }> {
  let at = new URL(path, origin);
  for (let hops = 0; ; hops++) {
    const { status, html, location } = await get(bureau, at.pathname + at.search);
    if (status < 300 || status >= 400 || !location || hops === 3) return { status, html, at };
    at = new URL(location, at);
  }
}

interface MenuEntry {
  url?: string;
  urls?: string;
  showOrNot?: number;
  children?: MenuEntry[];
}

/** The addresses a script menu shows: a `navData` literal, or channel JSON (address in `urls`, hidden ones skipped). */
function scriptMenuTargets(html: string): string[] {
  const walk = (entries: MenuEntry[]): string[] =>
    entries
      .filter((e) => e.showOrNot !== 0)
      .flatMap((e) => [e.url ?? (JSON.parse(e.urls ?? '{}') as { pc?: string }).pc ?? '', ...walk(e.children ?? [])]);
  const literal = html.match(/var navData=(\[.*\]);\n/)?.[1];
  const json = html.match(/var channelsTagParent = (\[.*\]); \/\/父级栏目信息/)?.[1];
  return [
    ...(literal ? walk(vm.runInNewContext(`(${literal})`) as MenuEntry[]) : []),
    ...(json ? walk(JSON.parse(json) as MenuEntry[]) : []),
  ];
}

/** The pages a page shows in its frames and iframes, resolved against its URL, and theirs in turn. */
async function withFrames(bureau: SimBureau, origin: string, path: string) {
  const shown: { status: number; html: string; at: URL }[] = [];
  const pending = [path];
  while (pending.length > 0 && shown.length < 8) {
    const page = await open(bureau, origin, pending.shift() as string);
    shown.push(page);
    const $ = cheerio.load(page.html);
    $('frame[src], iframe[src]').each((_, el) => {
      const src = new URL($(el).attr('src') as string, page.at);
      if (src.origin === origin) pending.push(src.pathname + src.search);
    });
  }
  return shown;
}

/** Where a person can go from a page: every target, resolved against the page's URL. */
function targets(html: string, base: URL): URL[] {
  const $ = cheerio.load(html);
  const raw: string[] = scriptMenuTargets(html);
  $('a[href], area[href]').each((_, el) => {
    raw.push($(el).attr('href') as string);
  });
  $('select[onchange] option[value]').each((_, el) => {
    raw.push($(el).attr('value') as string);
  });
  $('[onclick]').each((_, el) => {
    const m = ($(el).attr('onclick') as string).match(/(?:window\.open|location(?:\.href)?\s*=)\s*\(?\s*'([^']+)'/);
    if (m?.[1]) raw.push(m[1]);
  });
  return raw
    .filter((h) => h && !h.startsWith('javascript:') && !h.startsWith('#'))
    .flatMap((h) => {
      try {
        return [new URL(h, base)];
      } catch {
        return [];
      }
    });
}

/** A column's address without its `index.html`, as one compares them. */
const columnKey = (path: string) => path.replace(/index\.html$/, '');
/**
 * Articles and further list pages lead to no other column: a person looking for columns skips them (a CMS's
 * or an ASP.NET site's query-string articles and `page` addresses too; `page=1` is a list's first page; a
 * Dede site's dated articles and `list_12_2.html`; a PbootCMS site's articles and `/list_12/2/`; an old ASP
 * site's `Article.asp`/`NewsShow.asp` and a static one's `/html/2026/11/…htm` and `index_2.htm`; a JEECMS site's
 * `/zwgk/tzgg/1234567.jhtml` and `index_2.jhtml`; an Epoint site's `/…/20261120/<guid>.html`,
 * `/InfoDetail/Default.aspx?InfoID=…`, `2.html` and `?Paging=2`; an Empire site's `/…/2026-11-20/1234.html`,
 * `/e/action/ShowInfo.php?…` and `ListInfo/index.php?page=1…`, its `page` counted from 0; a VSB site's
 * `/info/1012/120034.htm` and `tzgg/12.htm`, `content.jsp?urltype=news.NewsContentUrl&…` and `PAGENUM=2`).
 */
const isLeaf = (path: string) =>
  /(art_\d+|t\d{8}_\d+|index_\d+)\.html$|\.(pdf|doc|xls)$/.test(path) ||
  /a=show&|\/plus\/view\.php\?|\/show\.asp\?|ShowArticle\.asp\?/.test(path) ||
  /(NewsView|Show|InfoDetail)\.aspx\?|[?&](page|PageNo|p)=(?!1(&|$))\d+/.test(path) ||
  /\/\d{4}\/\d{4}\/\d+\.html$|\/list_\d+_(?!1\.html)\d+\.html$/.test(path) ||
  /\/article\/\d+\.html$|\?content\/\d+\.html$|s=\/content\/\d+$|\/[a-z]+\/\d+\.html$|\/list_\d+\/\d+\/$/.test(path) ||
  /\/(Article|NewsShow)\.asp\?|\/html\/\d{4}\/\d{2}\/\d+\.htm$|\/index_\d+\.htm$/.test(path) ||
  /\/\d+\.j?html?$|\/index_\d+\.jhtml$/.test(path) ||
  /\/\d{8}\/[0-9a-f-]{36}\.html$|\/InfoDetail\/Default\.aspx\?InfoID=|[?&]Paging=(?!1(&|$))\d+/.test(path) ||
  /\/e\/action\/ShowInfo\.php\?|\/ListInfo\/index\.php\?page=(?!0&)\d+/.test(path) ||
  /[?&]urltype=news\.NewsContentUrl&|[?&]PAGENUM=(?!1&)\d+/.test(path);

/** The column paths linked from the pages a person reaches within two clicks of the homepage. */
async function linkedWithinThreeClicks(bureau: SimBureau): Promise<Set<string>> {
  const origin = `http://${bureau.address}:${sim.port}`;
  const linked = new Set<string>();
  const seen = new Set<string>(['/']);
  let frontier = ['/'];
  for (let depth = 0; depth <= 2; depth++) {
    const next: string[] = [];
    for (const path of frontier) {
      const pages = (await withFrames(bureau, origin, path)).filter((p) => p.status === 200);
      for (const url of pages.flatMap((p) => targets(p.html, p.at))) {
        if (url.origin !== origin) continue;
        // A CMS addresses its columns by query string (`/plus/list.php?tid=7`).
        const at = url.pathname + url.search;
        linked.add(columnKey(at));
        if (!seen.has(at) && !isLeaf(at)) {
          seen.add(at);
          next.push(at);
        }
      }
    }
    frontier = next;
  }
  return linked;
}

describe.each(HOLDOUT)('the %s template', (style) => {
  const sites = () => network.bureaus.filter((b) => navStyle(b) === style);

  it('has sites in a network of 200, some GBK, some redesigned', () => {
    // Twenty-two templates share the 200: each holds six or more (the twenty-second's fourteen took two cms
    // sites and an aspnet one, leaving each six).
    expect(sites().length).toBeGreaterThanOrEqual(6);
    expect(sites().some((b) => b.gbk)).toBe(true);
    expect(sites().some((b) => b.redesign)).toBe(true);
  });

  it.each([
    ['as generated', ORIGIN],
    ['after every redesign', REDESIGNED],
  ])('links every watched column within three clicks of the homepage (%s)', async (_, day) => {
    sim.setToday(day);
    const missing: string[] = [];
    for (const bureau of sites()) {
      const linked = await linkedWithinThreeClicks(bureau);
      for (const s of bureau.sections) {
        const path = sectionPath(bureau, s, day);
        if (!linked.has(path)) missing.push(`${bureau.id} ${s.category} ${path}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('serves every watched column without a fault as a list page', async () => {
    sim.setToday(ORIGIN);
    const failing: string[] = [];
    for (const bureau of sites()) {
      for (const s of bureau.sections.filter((x) => x.fault === 'none')) {
        const path = sectionPath(bureau, s, ORIGIN);
        const { status } = await get(bureau, /\?|\.j?htm$|\.j?html$/.test(path) ? path : `${path}index.html`);
        if (status !== 200) failing.push(`${bureau.id} ${s.category} ${status}`);
      }
    }
    expect(failing).toEqual([]);
  });
});
