import { fnv1a } from '../domain/hash.js';
import type { Day } from '../domain/types.js';
import { columnTitle, navPath, type SimBureau, type SimSection, sectionPath, visibleItems } from './model.js';
import { page } from './page-chrome.js';
import { renderDecoyColumn } from './page-decoy.js';
import { ZHANQUN_GROUPS, zhanqunColumnPath, zhanqunRoot, zhanqunSite } from './zhanqun-catalogue.js';

/**
 * The eleventh navigation template, the HOLDOUT, written before discovery was run on it and never tuned on:
 * a county bureau's site on a provincial 站群 (site group). The homepage navigates by a grid of icons
 * (图标导航) whose captions are an `<img alt>`, or a `<p>` under the image inside or outside its link; one
 * icon, 信息公开, opens the group's 公开目录: a left accordion of groups (all folded but the first) whose
 * columns open in the right pane, an iframe, through links naming its frame. Most watched columns are only
 * in the accordion. Column pages carry the accordion again with their own group open and a breadcrumb. The
 * other icons are columns nobody watches (党建工作, 视频专栏, …); the footer lists the group's other sites.
 */

const variant = (bureau: SimBureau, what: string, n: number) => fnv1a(`${what}11:${bureau.id}`) % n;

/** Icons that lead to watched columns, and icons that lead to columns nobody watches. */
const WATCHED_ICONS = ['work_news', 'notices', 'land_auction', 'director_mailbox'];
const OTHER_COLUMNS: Record<string, { path: string; stems: string[] }> = {
  党建工作: { path: '/djgz/', stems: ['局机关党支部开展主题党日活动', '召开党风廉政建设工作会议'] },
  视频专栏: { path: '/spzl/', stems: ['全国土地日宣传片', '耕地保护公益短片'] },
  图片展示: { path: '/tpzs/', stems: ['野外地质调查工作掠影', '不动产登记窗口服务剪影'] },
  文明创建: { path: '/wmcj/', stems: ['志愿服务进社区', '文明单位创建推进会召开'] },
  工会活动: { path: '/ghhd/', stems: ['职工趣味运动会举行', '三八节女职工活动'] },
};
/** Columns of the 目录 nobody watches. */
const CATALOGUE_OTHERS: Record<string, string[]> = {
  人事任免: ['关于同志任职的通知', '干部任前公示'],
  财政预决算: ['部门预算公开', '部门决算公开'],
  统计数据: ['自然资源统计年报', '土地利用现状统计'],
};

const place = (bureau: SimBureau) => bureau.name.replace(/(自然资源|国土资源).*$/, '');
const dirPath = (bureau: SimBureau, today: Day) => navPath(bureau, zhanqunRoot(bureau.id), today);
const frameName = (bureau: SimBureau) => ['gkml_main', 'rightFrame', 'mainFrame'][variant(bureau, 'frame', 3)];
const columnHref = (bureau: SimBureau, s: SimSection, today: Day) => `${sectionPath(bureau, s, today)}index.html`;

/** The top navigation of a member site: the group's own links, none of them a column of this site. */
export function zhanqunNavigation(bureau: SimBureau, _today: Day): string {
  const province = `http://www.${bureau.province}.gov.test/`;
  return `<li><a href="${province}" target="_blank">${bureau.province}人民政府</a></li><li><a href="http://www.${bureau.id}.gov.test/" target="_blank">${place(bureau)}人民政府</a></li><li><a href="http://zwfw.${bureau.id}.gov.test/" target="_blank">政务服务</a></li>`;
}

function icon(bureau: SimBureau, href: string, caption: string, n: number): string {
  const img = `/images/icon/ico${(n % 12) + 1}.png`;
  switch (variant(bureau, 'cap', 3)) {
    case 0:
      return `<li><a href="${href}" target="_blank"><img src="${img}" alt="${caption}"></a></li>`;
    case 1:
      return `<li><a href="${href}" target="_blank"><img src="${img}" alt="图标"><p>${caption}</p></a></li>`;
    default:
      return `<li><a href="${href}" target="_blank"><img src="${img}"></a><p>${caption}</p></li>`;
  }
}

/** The homepage's 图标导航: a few watched columns, the way into the 公开目录, columns nobody watches. */
export function zhanqunHomepage(bureau: SimBureau, today: Day): string {
  const links: [string, string][] = [
    ...bureau.sections
      .filter((s) => WATCHED_ICONS.includes(s.category))
      .map((s): [string, string] => [columnHref(bureau, s, today), columnTitle(bureau, s.category)]),
    [
      `${dirPath(bureau, today)}index.html`,
      ['信息公开', '政府信息公开', '公开目录'][variant(bureau, 'gk', 3)] as string,
    ],
    ...Object.entries(OTHER_COLUMNS).map(([t, c]): [string, string] => [navPath(bureau, c.path, today), t]),
  ];
  const turn = variant(bureau, 'turn', links.length);
  const order = [...links.slice(turn), ...links.slice(0, turn)];
  const icons = order.map(([href, caption], n) => icon(bureau, href, caption, n)).join('');
  return `<div class="icon-nav"><ul class="ico-list">${icons}</ul></div>`;
}

/** The 站群's other member sites, under the footer. */
export function zhanqunFooter(bureau: SimBureau): string {
  const others = ['发展和改革局', '财政局', '住房和城乡建设局', '农业农村局']
    .map(
      (d, k) =>
        `<a href="http://s${zhanqunSite(bureau.id) + k + 1}.${bureau.province}.gov.test/" target="_blank">${place(bureau)}${d}</a>`,
    )
    .join(' ');
  return `<div class="zq-foot"><span>站群导航：</span>${others}<p>${bureau.province}政府网站集约化平台 技术支持</p></div>`;
}

/** The group an entry of the accordion, or a column, belongs to. */
const groupOf = (category?: string) => ZHANQUN_GROUPS.find((g) => g.entries.some((e) => e.category === category));

/**
 * The accordion of the 公开目录. On the 目录 page its links open in the right pane (`target`); on a column
 * page the column's own group is the one unfolded.
 */
export function zhanqunAccordion(bureau: SimBureau, today: Day, current?: SimSection): string {
  const target = current ? '' : ` target="${frameName(bureau)}"`;
  const open = current ? groupOf(current.category) : ZHANQUN_GROUPS[0];
  const groups = ZHANQUN_GROUPS.map((g) => {
    const entries = g.entries
      .map((e) => {
        const s = e.category ? bureau.sections.find((x) => x.category === e.category) : undefined;
        if (e.category && !s) return '';
        const title = s ? columnTitle(bureau, s.category) : (e.title as string);
        const href = s ? columnHref(bureau, s, today) : navPath(bureau, zhanqunColumnPath(bureau.id, title), today);
        const on = s && s === current ? ' class="cur"' : '';
        return `<li${on}><a href="${href}"${target} title="${title}">${title}</a></li>`;
      })
      .join('');
    if (!entries) return '';
    const fold = g === open ? '' : ' style="display:none"';
    return `<div class="acc-item"><h4 class="acc-hd" onclick="accToggle(this)">${g.name}</h4><ul class="acc-bd"${fold}>${entries}</ul></div>`;
  }).join('');
  const script = `<script>function accToggle(h){var u=h.nextElementSibling;u.style.display=u.style.display==='none'?'block':'none';}</script>`;
  const crumbs = current
    ? `<div class="zq-crumbs">您的位置：<a href="/">首页</a> &gt; <a href="${dirPath(bureau, today)}index.html">信息公开</a> &gt; ${open?.name ?? ''} &gt; ${columnTitle(bureau, current.category)}</div>`
    : '';
  return `${crumbs}<div class="gkml-acc"><div class="acc-title">公开目录</div>${groups}</div>${script}`;
}

/** The right pane's first page: the newest publications of the 目录's columns. */
function latestPage(bureau: SimBureau, today: Day, charset: string): string {
  const rows = bureau.sections
    .filter((s) => s.fault === 'none' && groupOf(s.category))
    .flatMap((s) => visibleItems(s, today, 2).map((item) => ({ item, base: sectionPath(bureau, s, today) })))
    .sort((a, b) => (a.item.date < b.item.date ? 1 : -1))
    .slice(0, 10)
    .map(
      ({ item, base }) =>
        `<tr><td><a href="${base}art_${item.id}.html" target="_top">${item.title}</a></td><td>${item.date}</td></tr>`,
    )
    .join('');
  return page(
    { bureau, today, charset, title: '最新公开', path: `${dirPath(bureau, today)}zxgk/` },
    `<table class="zxgk"><tr><th>标题</th><th>日期</th></tr>${rows}</table>`,
  );
}

function directoryPage(bureau: SimBureau, today: Day, charset: string): string {
  const frame = frameName(bureau);
  const dir = dirPath(bureau, today);
  return page(
    { bureau, today, charset, title: '政府信息公开目录', path: dir },
    `<div class="zq-crumbs">当前位置：<a href="/">首页</a> &gt; 信息公开 &gt; 公开目录</div><div class="gk-left">${zhanqunAccordion(bureau, today)}</div><div class="gk-right"><iframe name="${frame}" id="${frame}" src="${dir}zxgk/" frameborder="0" scrolling="no" width="100%" height="900"></iframe></div>`,
  );
}

/** The template's own pages at `path` (the 公开目录, its first pane, the columns nobody watches), if `path` is one. */
export function zhanqunPageAt(bureau: SimBureau, path: string, today: Day, charset: string): (() => string) | null {
  const is = (p: string) => path === p || path === `${p}index.html`;
  const dir = dirPath(bureau, today);
  if (is(dir)) return () => directoryPage(bureau, today, charset);
  if (is(`${dir}zxgk/`)) return () => latestPage(bureau, today, charset);
  const others = [
    ...Object.entries(OTHER_COLUMNS).map(([title, c]) => ({
      title,
      stems: c.stems,
      at: navPath(bureau, c.path, today),
    })),
    ...Object.entries(CATALOGUE_OTHERS).map(([title, stems]) => ({
      title,
      stems,
      at: navPath(bureau, zhanqunColumnPath(bureau.id, title), today),
    })),
  ];
  const other = others.find((o) => is(o.at));
  if (!other) return null;
  const column = { path: other.at, title: other.title, stems: other.stems };
  return () => renderDecoyColumn(bureau, today, charset, column);
}
