import type http from 'node:http';
import type { DataEndpoint } from '../../src/crawl/read-section.js';
import type { Route } from './site-server.js';

/** What a script site saw: each request's path, method, form body, cookie and User-Agent. */
export interface Seen {
  path: string;
  method: string;
  body: string;
  cookie: string | undefined;
  userAgent: string | undefined;
}

export const ITEMS = [
  { title: '关于2026年度国有建设用地供应计划的公告', url: '/art/2026/11/20/art_1_1.html', date: '2026-11-20' },
  { title: '关于征收集体土地的预公告', url: '/art/2026/11/12/art_1_2.html', date: '2026-11-12' },
  { title: '国有建设用地使用权挂牌出让公告', url: '/art/2026/10/30/art_1_3.html', date: '2026-10-30' },
  { title: '土地征收补偿安置方案公告', url: '/art/2026/10/08/art_1_4.html', date: '2026-10-08' },
  { title: '关于开展土地例行督察的通知', url: '/art/2026/9/16/art_1_5.html', date: '2026-09-16' },
];
export const NEWEST = '2026-11-20';

const itemHtml = (i: (typeof ITEMS)[number]) => `<li><a href="${i.url}">${i.title}</a><span>${i.date}</span></li>`;

const send = (res: http.ServerResponse, status: number, type: string, body: string) => {
  res.writeHead(status, { 'content-type': type });
  res.end(body);
};

/** Wraps routes so every request is recorded (with its form body read) before the route answers. */
export function recorded(routes: Record<string, Route>, seen: Seen[]): Record<string, Route> {
  return Object.fromEntries(
    Object.entries(routes).map(([path, route]) => [
      path,
      (req: http.IncomingMessage, res: http.ServerResponse) => {
        let body = '';
        req.on('data', (chunk: Buffer) => {
          body += chunk.toString('utf8');
        });
        req.on('end', () => {
          seen.push({
            path,
            method: req.method ?? 'GET',
            body,
            cookie: req.headers.cookie,
            userAgent: req.headers['user-agent'],
          });
          route(req, res);
        });
      },
    ]),
  );
}

/** A Hanweb JCMS column: no island, a jpage config script, and the dataproxy.jsp that answers a POST. */
export const jpageColumn = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>通知公告</title>
<script src="/module/web/jpage/jpage.js"></script></head><body><div class="main"><div id="52341"></div>
<script>$(function(){ $('#52341').jpage({ proxyUrl: '/module/web/jpage/dataproxy.jsp', perPage: 15,
  dataBefore: '<ul class="list">', dataAfter: '</ul>',
  ajaxParam: 'col=1&appid=1&webid=37&path=/&columnid=80179&sourceContentType=1&unitid=52341&webname=国土资源局&permissiontype=0' }); });</script>
</div></body></html>`;

export const jpageRoutes: Record<string, Route> = {
  '/col/col80179/index.html': (_req, res) => send(res, 200, 'text/html; charset=utf-8', jpageColumn),
  '/module/web/jpage/dataproxy.jsp': (req, res) => {
    if (req.method !== 'POST') return send(res, 405, 'text/plain', 'POST only');
    const records = ITEMS.map((i) => `<record><![CDATA[${itemHtml(i)}]]></record>`).join('\n');
    send(
      res,
      200,
      'text/xml;charset=UTF-8',
      `<datastore><totalrecord>5</totalrecord><totalpage>1</totalpage><recordset>${records}</recordset></datastore>`,
    );
  },
};

/**
 * Stands in for extract's findDataEndpoint on the jpage column above: the form from its config script,
 * POSTed to dataproxy.jsp for the first 45 records.
 */
export function jpageEndpoint(html: string, pageUrl: string): DataEndpoint | null {
  const form = /ajaxParam:\s*'([^']*columnid=\d+[^']*)'/.exec(html)?.[1];
  if (!form) return null;
  const params = new URLSearchParams(form);
  return {
    kind: 'hanweb-jpage',
    url: new URL('/module/web/jpage/dataproxy.jsp?startrecord=1&endrecord=45&perpage=15', pageUrl).href,
    method: 'POST',
    body: params.toString(),
    contentType: 'application/x-www-form-urlencoded',
  };
}

/** The page script that fetches the items as JSON and writes them into `#list`. */
const FETCH_LIST = `fetch('/api/list.json').then((r) => r.json()).then((items) => {
  document.getElementById('list').innerHTML = items
    .map((i) => '<li><a href="' + i.url + '">' + i.title + '</a><span>' + i.date + '</span></li>').join('');
});`;

/** A column page whose list is empty until `script` fills it. */
const scriptColumn =
  (script: string): Route =>
  (_req, res) =>
    send(
      res,
      200,
      'text/html; charset=utf-8',
      `<!DOCTYPE html><html><head><meta charset="utf-8"><title>通知公告</title></head><body>
<ul class="list" id="list"></ul>
<script>${script}</script></body></html>`,
    );

/** A list that exists only after its script fetches JSON and writes the items (after `delayMs`). */
export function scriptListRoutes(delayMs = 200): Record<string, Route> {
  return {
    '/xxgk/tzgg/': scriptColumn(FETCH_LIST),
    '/api/list.json': (_req, res) =>
      setTimeout(() => send(res, 200, 'application/json', JSON.stringify(ITEMS)), delayMs),
    // A column whose script asks for its list after a pause, with nothing in flight meanwhile: a pending
    // timer is work still to come.
    '/xxgk/later/': scriptColumn(`setTimeout(function () { ${FETCH_LIST} }, 1200);`),
    // A column that asks for its list only once loaded, a frame later: a loaded page still has that to come.
    '/xxgk/onload/': scriptColumn(
      `window.addEventListener('load', function () { requestAnimationFrame(function () { ${FETCH_LIST} }); });`,
    ),
    // A column whose script waits for data that never comes: the browser must give up at its deadline.
    '/xxgk/never/': (_req, res) =>
      send(
        res,
        200,
        'text/html; charset=utf-8',
        `<html><body><ul id="list"></ul><script>fetch('/api/nothing');</script></body></html>`,
      ),
    '/api/nothing': () => {},
    // A column whose script fails at once (its loader is missing): nothing is left to wait for.
    '/xxgk/broken/': (_req, res) =>
      send(
        res,
        200,
        'text/html; charset=utf-8',
        `<html><body><ul id="list"></ul><script>loadPageData({ channelCode: 'col1' }, 'list');</script></body></html>`,
      ),
  };
}

/**
 * A 412 script challenge in the manner of 瑞数: the page's inline script computes a token, sets it as a
 * cookie and reloads; with the right cookie every page on the host is served. `rotate()` makes the held
 * cookie stale, as a site does when its clearance expires.
 */
export function challengeSite(): { routes: Record<string, Route>; rotate: () => void } {
  let seed = 4099;
  const token = () => (seed * 7919).toString(36);
  const challenge = () => `<!DOCTYPE html><html><head><meta charset="utf-8"><meta r="m"></head><body>
<script r="m">var s = ${seed}; document.cookie = 'lw_clearance=' + (s * 7919).toString(36) + '; path=/';
setTimeout(function () { location.reload(); }, 50);</script></body></html>`;
  const behind =
    (serve: (res: http.ServerResponse) => void) => (req: http.IncomingMessage, res: http.ServerResponse) => {
      const cookie = req.headers.cookie ?? '';
      if (!cookie.split(/;\s*/).includes(`lw_clearance=${token()}`))
        return send(res, 412, 'text/html; charset=utf-8', challenge());
      serve(res);
    };
  const page = (title: string) =>
    behind((res) =>
      send(
        res,
        200,
        'text/html; charset=utf-8',
        `<html><head><meta charset="utf-8"><title>${title}</title></head><body><ul class="list">${ITEMS.map(itemHtml).join('')}</ul></body></html>`,
      ),
    );
  return {
    routes: {
      '/tzgg/': page('通知公告'),
      '/gzdt/': page('工作动态'),
      // Behind the challenge, a column that fails on its own, and one whose script never writes its list.
      '/zdgg/': behind((res) =>
        send(res, 500, 'text/html; charset=utf-8', '<html><body>Service Unavailable</body></html>'),
      ),
      '/bszn/': behind((res) =>
        send(
          res,
          200,
          'text/html; charset=utf-8',
          `<html><body><div id="list"></div><script>loadPageData({ channelCode: 'col7' }, 'list');</script></body></html>`,
        ),
      ),
    },
    rotate: () => {
      seed++;
    },
  };
}
