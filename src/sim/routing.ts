import type { Day } from '../domain/types.js';
import { faultOn } from './faults.js';
import {
  CATALOGUE_PATH,
  navPath,
  navStyle,
  PLATFORM_PATH,
  PORTAL_PATH,
  type SimBureau,
  type SimSection,
  sectionPath,
  visibleItems,
} from './model.js';
import { aspnetRequest } from './page-aspnet-pages.js';
import { bumenPageAt } from './page-bumen-gk.js';
import { cmsRequest } from './page-cms-pages.js';
import { dedeRequest } from './page-dede-pages.js';
import { dropdownPageAt } from './page-dropdown.js';
import { empireRequest } from './page-empire-pages.js';
import { epointRequest } from './page-epoint-pages.js';
import { gktablePageAt } from './page-gktable-gk.js';
import { hanwebPage } from './page-hanweb.js';
import { jeecmsRequest } from './page-jeecms-pages.js';
import { EMPTY_DATASTORE, JPAGE_PROXY, jpageQuery, jpageReply, LEGACY_JPAGE_PROXY, proxyPath } from './page-jpage.js';
import { oldsiteRequest } from './page-oldsite-pages.js';
import { pbootRequest } from './page-pboot-pages.js';
import { renderPlatform } from './page-platform.js';
import { scriptnavPageAt } from './page-scriptnav-pages.js';
import { sidetreePageAt } from './page-sidetree.js';
import { tilesPageAt } from './page-tiles.js';
import { vsbRequest } from './page-vsb-pages.js';
import { zhanqunPageAt } from './page-zhanqun.js';
import { zhuanlanPageAt } from './page-zhuanlan.js';
import {
  renderCatalogue,
  renderDataproxy,
  renderDetail,
  renderHomepage,
  renderPortal,
  renderSection,
} from './render.js';

/**
 * Which response a path of a simulated site gets on `today`: a page (rendered lazily, cached when it is
 * a static page of the day), a redirect, or a fault. Pure: the server turns the answer into bytes.
 */

export interface SimRequest {
  path: string;
  /** Query and form fields together, as a JSP reads them. */
  params: URLSearchParams;
}

export type Route =
  | {
      kind: 'page';
      status: number;
      render: () => string;
      /** Set for pages that only change with the day: the server caches them under it. */
      cacheKey: string | null;
      /** Encode as UTF-8 whatever the site's charset (endpoints always answer UTF-8). */
      utf8?: boolean;
      contentType?: string;
    }
  | { kind: 'redirect'; location: string }
  | { kind: 'fault'; fault: 'challenge' | 'server-error' | 'reset' | 'trickle' }
  | { kind: 'late'; ms: number; route: Route };

export const NOT_FOUND = '<html><body><h1>404 页面不存在</h1><a href="/">返回首页</a></body></html>';
const notFound: Route = { kind: 'page', status: 404, render: () => NOT_FOUND, cacheKey: null };

function cached(bureau: SimBureau, path: string, render: () => string): Route {
  return { kind: 'page', status: 200, render, cacheKey: `${bureau.address}${path}` };
}

/** The jpage column a `dataproxy.jsp` request names by its form fields. */
function jpageColumn(bureau: SimBureau, path: string, params: URLSearchParams): SimSection | undefined {
  return bureau.sections.find((s) => {
    if (s.source.kind !== 'jpage') return false;
    const q = jpageQuery(bureau, s.source);
    return (
      proxyPath(s.source) === path &&
      params.get('columnid') === String(q.columnid) &&
      params.get('webid') === String(q.webid) &&
      (!params.has('unitid') || params.get('unitid') === String(q.unitid))
    );
  });
}

/** `dataproxy.jsp`: the records a jpage column's form fields name, `startrecord`..`endrecord`; none for unknown columns. */
function jpageRoute(bureau: SimBureau, path: string, params: URLSearchParams, today: Day): Route {
  const section = jpageColumn(bureau, path, params);
  const start = Number(params.get('startrecord') ?? 1);
  const end = Number(params.get('endrecord') ?? start + Number(params.get('perpage') ?? 15) - 1);
  const render = () =>
    section
      ? jpageReply(bureau, section, visibleItems(section, today, Number.MAX_SAFE_INTEGER), start, end, today)
      : EMPTY_DATASTORE;
  return { kind: 'page', status: 200, render, cacheKey: null, utf8: true, contentType: 'text/xml; charset=UTF-8' };
}

export function route(bureau: SimBureau, request: SimRequest, today: Day, charset: string): Route {
  const { path, params } = request;
  if (path === JPAGE_PROXY || path === LEGACY_JPAGE_PROXY) return jpageRoute(bureau, path, params, today);
  const pages = {
    hanweb: hanwebPage,
    tiles: tilesPageAt,
    sidetree: sidetreePageAt,
    zhuanlan: zhuanlanPageAt,
    bumen: bumenPageAt,
    scriptnav: scriptnavPageAt,
    zhanqun: zhanqunPageAt,
    dropdown: dropdownPageAt,
    gktable: gktablePageAt,
  } as const;
  const style = navStyle(bureau);
  const requests = {
    cms: cmsRequest,
    aspnet: aspnetRequest,
    dede: dedeRequest,
    pboot: pbootRequest,
    oldsite: oldsiteRequest,
    jeecms: jeecmsRequest,
    epoint: epointRequest,
    empire: empireRequest,
    vsb: vsbRequest,
  } as const;
  if (style in requests) {
    const cms = requests[style as keyof typeof requests](bureau, path, params, today, charset);
    if (cms?.kind === 'page') return cached(bureau, cms.key, cms.render);
    if (cms?.kind === 'column') return sectionRoute(bureau, cms.section, cms.rest, cms.key, today, charset);
    if (cms?.kind === 'redirect') return cms;
    if (cms?.kind === 'missing') return notFound;
  }
  const own = style in pages ? pages[style as keyof typeof pages](bureau, path, today, charset) : null;
  if (own) return cached(bureau, path, own);
  if (path === navPath(bureau, CATALOGUE_PATH, today))
    return cached(bureau, path, () => renderCatalogue(bureau, today, charset));
  const platform = navPath(bureau, PLATFORM_PATH, today);
  if (path === platform || path === `${platform}index.jhtml`)
    return cached(bureau, platform, () => renderPlatform(bureau, today, charset));
  if (path === navPath(bureau, PORTAL_PATH, today))
    return cached(bureau, path, () => renderPortal(bureau, today, charset));
  // A VSB site publishes its homepage as `index.htm` and links it so.
  const home = path === '/' || path === '/index.html' || (style === 'vsb' && path === '/index.htm');
  if (home) return cached(bureau, '/', () => renderHomepage(bureau, today, charset));
  let rest = '';
  const section = bureau.sections.find((s) => {
    const base = sectionPath(bureau, s, today);
    if (!path.startsWith(base)) return false;
    rest = path.slice(base.length);
    return true;
  });
  if (!section && bureau.redesign?.reuseOldPaths) {
    // Some redesigns hand a column's old address to another column.
    const i = bureau.sections.findIndex((s) => path === s.path || path === `${s.path}index.html`);
    const other = bureau.sections[(i + 1) % bureau.sections.length];
    if (i >= 0 && other) return cached(bureau, path, () => renderSection(bureau, other, today, charset));
  }
  if (!section) {
    // After a redesign some sites send old links to the homepage instead of a 404.
    const stale = bureau.redesign?.redirectHome && bureau.sections.some((s) => path.startsWith(s.path));
    return stale ? { kind: 'redirect', location: '/' } : notFound;
  }
  return sectionRoute(bureau, section, rest, path, today, charset);
}

/** A column's page `rest` (its list, a further list page, an article, its dataproxy) as its faults allow. */
function sectionRoute(
  bureau: SimBureau,
  section: SimSection,
  rest: string,
  path: string,
  today: Day,
  charset: string,
): Route {
  const detail = rest.match(/^detail_(\d+)\.html$/);
  if (detail) {
    const html = renderDetail(bureau, section, Number(detail[1]), today, charset);
    return html ? { kind: 'page', status: 200, render: () => html, cacheKey: null } : notFound;
  }
  const page = rest.match(/^index_(\d+)\.html$/);
  const listPage = cached(bureau, path, () =>
    renderSection(bureau, section, today, charset, page ? Number(page[1]) : 0),
  );
  const fault = faultOn(bureau, section, today);
  switch (fault) {
    case 'moved':
      return notFound;
    case 'challenge':
    case 'server-error':
    case 'reset':
    case 'trickle':
      return { kind: 'fault', fault };
    case 'burst':
      return { kind: 'fault', fault: 'server-error' };
    case 'slow':
      return { kind: 'late', ms: 300, route: listPage };
  }
  if (rest === 'dataproxy.jsp' && bureau.family === 'hanweb-island') {
    return {
      kind: 'page',
      status: 200,
      render: () => renderDataproxy(bureau, section, today),
      cacheKey: null,
      utf8: true,
    };
  }
  if (rest === '' || rest === 'index.html' || page) return listPage;
  return notFound;
}
