import { fnv1a } from '../domain/hash.js';
import type { Day } from '../domain/types.js';
import { BUMEN_NODES, BUMEN_PATH, bumenCode, bumenPath } from './bumen-catalogue.js';
import { columnTitle, navPath, type SimBureau, type SimSection, sectionPath, visibleItems } from './model.js';

/**
 * The ninth navigation template, the HOLDOUT, written before discovery was run on it and never tuned on:
 * the bureau's site is a department sub-site (部门子站) on a city portal's 集约化 platform. Every page
 * carries the portal's global header and footer (the city's 首页, 政务公开, 政务服务, 互动交流, a select
 * of other departments' sub-sites); the sub-site's homepage shows the bureau's columns in tab boxes (the
 * captions switch panes, each pane has its own 更多, all panes but the first hidden) beside a tab of the
 * city's news, and links its 部门信息公开目录 (page-bumen-gk.ts), a tree of numbered nodes under the
 * platform's `/zwgk/bmxxgk/<department>/` that lists the columns in the platform's long wording. The
 * mailbox lives on the portal's 互动 platform. One site in three is GBK, as older 集约化 platforms are.
 */

/** The tab boxes of the sub-site's homepage: watched columns, and the city's own news beside them. */
const TAB_BOXES: [string, string[], boolean][] = [
  ['dt', ['work_news', 'notices'], true],
  ['zd', ['expro_notice', 'compensation_plan', 'mining_rights'], false],
  ['sc', ['land_auction', 'land_transfer_result', 'supply_plan'], false],
];
const CITY_NEWS = ['政府常务会议研究部署重点工作', '优化营商环境推进会召开', '政府与驻地企业签署战略合作协议'];

const OTHER_DEPARTMENTS: [string, string][] = [
  ['fgw', '发展和改革委员会'],
  ['zjj', '住房和城乡建设局'],
  ['nyncj', '农业农村局'],
  ['sthjj', '生态环境局'],
  ['jtysj', '交通运输局'],
];

export const variant = (bureau: SimBureau, what: string, n: number) => fnv1a(`${what}9:${bureau.id}`) % n;

/** The city (or county, or province) whose portal carries the sub-site. */
export function placeOf(bureau: SimBureau): string {
  return bureau.name.replace(/(自然资源|国土资源).*$/, '');
}

/** The city portal's own host: its pages are no part of the sub-site. */
export function cityPortal(bureau: SimBureau, rest = ''): string {
  return `http://www.${bureau.id}.gov.test/${rest}`;
}

export function otherDepartments(bureau: SimBureau): [string, string][] {
  const ting = bureau.level === 'province';
  return OTHER_DEPARTMENTS.map(([slug, name]) => [
    `http://${slug}.${bureau.id}.gov.test/`,
    `${placeOf(bureau)}${ting ? name.replace(/局$/, '厅') : name}`,
  ]);
}

/** A path of the platform's tree as of `today`. */
export function platformPath(bureau: SimBureau, rest: string, today: Day): string {
  return navPath(bureau, `${BUMEN_PATH}${rest}`, today);
}

/** A path under the department's own 目录 as of `today`. */
export function departmentPath(bureau: SimBureau, rest: string, today: Day): string {
  return navPath(bureau, bumenPath(bureau.id, rest), today);
}

export const columnHref = (bureau: SimBureau, s: SimSection, today: Day) =>
  `${sectionPath(bureau, s, today)}index.html`;

/** The portal's global header: the city's links, and the platform's 政务公开 on this host. */
export function bumenNavigation(bureau: SimBureau, today: Day): string {
  const departments = otherDepartments(bureau)
    .map(([href, name]) => `<option value="${href}">${name}</option>`)
    .join('');
  return `<li><a href="${cityPortal(bureau)}" target="_blank">${placeOf(bureau)}人民政府</a></li><li><a href="${navPath(bureau, '/zwgk/', today)}">政务公开</a></li><li><a href="http://zwfw.${bureau.id}.gov.test/" target="_blank">政务服务</a></li><li><a href="${cityPortal(bureau, 'hdjl/')}" target="_blank">互动交流</a></li><li class="bm-select"><select onchange="if(this.value){window.open(this.value);}"><option value="">部门网站</option>${departments}</select></li>`;
}

/** The portal's footer, under the sub-site's own. */
export function bumenFooter(bureau: SimBureau): string {
  return `<div class="gov-foot"><a href="${cityPortal(bureau, 'wzdt/')}">网站地图</a> | <a href="${cityPortal(bureau, 'lxwm/')}">联系我们</a> | <a href="${cityPortal(bureau, 'xxgk/')}">政府信息公开</a><p>主办：${placeOf(bureau)}人民政府办公室 承办：${bureau.name}</p></div>`;
}

function caption(bureau: SimBureau, box: string, k: number, title: string, href: string): string {
  const on = k === 0 ? ' class="on"' : '';
  switch (variant(bureau, 'cap', 3)) {
    case 0:
      return `<li${on} onmouseover="tabSwitch('${box}',${k})">${title}</li>`;
    case 1:
      return `<li${on}><a href="javascript:void(0);" onclick="tabSwitch('${box}',${k})">${title}</a></li>`;
    default:
      return `<li${on} onmouseover="tabSwitch('${box}',${k})"><a href="${href}" target="_blank">${title}</a></li>`;
  }
}

function pane(bureau: SimBureau, box: string, k: number, rows: string, href: string): string {
  const more = ['更多&gt;&gt;', '更多+', 'more'][variant(bureau, 'more', 3)];
  const hidden = k > 0 ? ' style="display:none"' : '';
  return `<div class="tab-con" id="${box}_${k}"${hidden}><ul>${rows}</ul><div class="more"><a href="${href}" target="_blank">${more}</a></div></div>`;
}

function tabBox(bureau: SimBureau, today: Day, [box, categories, cityTab]: (typeof TAB_BOXES)[number]): string {
  const tabs = bureau.sections
    .filter((s) => categories.includes(s.category))
    .map((s) => {
      const base = sectionPath(bureau, s, today);
      const rows = visibleItems(s, today, 6)
        .map(
          (i) => `<li><a href="${base}art_${i.id}.html" title="${i.title}">${i.title}</a><span>${i.date}</span></li>`,
        )
        .join('');
      return { title: columnTitle(bureau, s.category), href: columnHref(bureau, s, today), rows };
    });
  if (cityTab) {
    const rows = CITY_NEWS.map(
      (t, n) =>
        `<li><a href="${cityPortal(bureau, `zwdt/szfyw/art_${880 + n}.html`)}">${t}</a><span>${today}</span></li>`,
    ).join('');
    tabs.push({ title: `${placeOf(bureau)}要闻`, href: cityPortal(bureau, 'zwdt/szfyw/'), rows });
  }
  if (tabs.length === 0) return '';
  const heads = tabs.map((t, k) => caption(bureau, box, k, t.title, t.href)).join('');
  const panes = tabs.map((t, k) => pane(bureau, box, k, t.rows, t.href)).join('');
  return `<div class="tab-box" id="tab_${box}"><ul class="tab-hd">${heads}</ul><div class="tab-bd">${panes}</div></div>`;
}

const ZT = { title: '国土空间规划“一张图”专题', path: '/ztzl/gtkjgh/' };
export const ZT_STEMS = [
  '国土空间规划“一张图”实施监督系统上线',
  '国土空间总体规划草案公示解读',
  '规划“一张图”建设推进会召开',
];
export const ztPath = (bureau: SimBureau, today: Day) => navPath(bureau, ZT.path, today);
export const ZT_TITLE = ZT.title;

/** The sub-site's homepage: its tab boxes, the way into its 目录, the 互动 box, a 专题 banner. */
export function bumenHomepage(bureau: SimBureau, today: Day): string {
  const ml = departmentPath(bureau, '', today);
  const entry = [
    `<a href="${ml}index.html">部门信息公开目录</a>`,
    `<a href="${ml}index.html">信息公开目录</a>`,
    `<a href="${ml}index.html" target="_blank"><img src="/images/bmxxgkml.png" alt="部门信息公开目录"></a>`,
  ][variant(bureau, 'ml', 3)];
  const gk = `<div class="bm-xxgk"><h3>部门信息公开</h3><ul><li><a href="${ml}xxgkzn/">信息公开指南</a></li><li><a href="${ml}xxgkzd/">信息公开制度</a></li><li>${entry}</li><li><a href="${ml}ysqgk/">依申请公开</a></li><li><a href="${ml}bgxz/">表格下载</a></li></ul></div>`;
  const mailbox = bureau.sections.find((s) => s.category === 'director_mailbox');
  const mail = mailbox
    ? `<li><a href="${columnHref(bureau, mailbox, today)}">${columnTitle(bureau, mailbox.category)}</a></li>`
    : '';
  const hd = `<div class="bm-hd"><h3>互动交流</h3><ul>${mail}<li><a href="${cityPortal(bureau, 'hdjl/zxft/')}" target="_blank">在线访谈</a></li><li><a href="${cityPortal(bureau, 'hdjl/yjzj/')}" target="_blank">意见征集</a></li></ul></div>`;
  const zt = `<div class="bm-zt"><a href="${ztPath(bureau, today)}"><img src="/images/zt/gtkjgh.jpg" alt="${ZT.title}"></a></div>`;
  const boxes = TAB_BOXES.map((b) => tabBox(bureau, today, b)).join('');
  const script = `<script>function tabSwitch(b,k){var i=0,c;while((c=document.getElementById(b+'_'+i))){c.style.display=i===k?'block':'none';i++;}}</script>`;
  return `<div class="bm-main">${boxes}</div><div class="bm-side">${gk}${hd}</div>${zt}${script}`;
}

/**
 * The 目录 tree: numbered nodes and their entries (watched columns and others). On column pages all
 * nodes but the page's own are folded; a click on a node's title opens it.
 */
export function bumenTree(bureau: SimBureau, today: Day, current?: SimSection): string {
  const nodes = BUMEN_NODES.map((node) => {
    const entries = node.entries
      .map((e, i) => {
        const code = bumenCode(bureau.id, node, i);
        const s = e.category ? bureau.sections.find((x) => x.category === e.category) : undefined;
        if (e.category && !s) return '';
        const title = s ? columnTitle(bureau, s.category) : (e.title as string);
        const href = s ? columnHref(bureau, s, today) : `${departmentPath(bureau, `${code}/`, today)}index.html`;
        return `<li><a href="${href}" title="${title}"><span class="ml-code">${code}</span>${title}</a></li>`;
      })
      .join('');
    if (!entries) return '';
    const fold = current && !node.entries.some((e) => e.category === current.category) ? ' style="display:none"' : '';
    return `<li class="ml-node"><div class="ml-title" onclick="var u=this.nextSibling;u.style.display=u.style.display==='none'?'block':'none';"><span class="ml-code">${node.code}</span>${node.name}</div><ul class="ml-sub"${fold}>${entries}</ul></li>`;
  }).join('');
  return `<div class="bm-ml"><div class="ml-hd">${bureau.name}信息公开目录</div><ul class="ml-tree">${nodes}</ul></div>`;
}
