import type { Day } from '../domain/types.js';
import { BUMEN_NODES, bumenCode } from './bumen-catalogue.js';
import { navPath, type SimBureau, sectionPath, visibleItems } from './model.js';
import {
  bumenTree,
  cityPortal,
  columnHref,
  departmentPath,
  otherDepartments,
  placeOf,
  platformPath,
  ZT_STEMS,
  ZT_TITLE,
  ztPath,
} from './page-bumen.js';
import { page } from './page-chrome.js';
import { renderDecoyColumn } from './page-decoy.js';

/**
 * The 政务公开 pages of the ninth template's platform (page-bumen.ts): the portal's 政务公开 page, its list
 * of departments (部门信息公开), and the department's 信息公开目录 with the platform's breadcrumb
 * (首页 > 政务公开 > 部门信息公开 > the department), its numbered tree and a table of the newest
 * publications with their 索引号. The 目录's other nodes are columns nobody watches, among them an archive
 * of the old site's 征地 column that stopped publishing in 2020.
 */

/** What the 目录's columns nobody watches publish (an archive's items are years old). */
const OTHER_COLUMNS: Record<string, { stems: string[]; newest?: Day }> = {
  机构职能: { stems: ['主要职责', '内设机构职责调整'] },
  领导信息: { stems: ['局领导分工调整', '领导简历'] },
  内设机构: { stems: ['内设机构设置', '直属事业单位'] },
  统计信息: { stems: ['自然资源统计月报', '土地利用现状统计'] },
  '征地批复公告（2020年以前）': {
    stems: ['关于征收集体土地的批复公告', '征收土地方案公告（批次）', '征地批复公告'],
    newest: '2019-12-18',
  },
};

function crumbs(bureau: SimBureau, today: Day, last: string): string {
  const zwgk = `<a href="${navPath(bureau, '/zwgk/', today)}">政务公开</a>`;
  const bm = `<a href="${platformPath(bureau, '', today)}">部门信息公开</a>`;
  const trail = last === '政务公开' ? [] : last === '部门信息公开' ? [zwgk] : [zwgk, bm];
  return `<div class="bm-crumbs">您所在的位置：${['<a href="/">首页</a>', ...trail, `<span>${last}</span>`].join(' &gt; ')}</div>`;
}

/** The newest publications of the department as an 信息公开目录 table: 索引号, 名称, 发布日期. */
function newestTable(bureau: SimBureau, today: Day): string {
  const rows = BUMEN_NODES.flatMap((node) =>
    node.entries.flatMap((e, i) => {
      const s = bureau.sections.find((x) => x.category === e.category && x.fault === 'none');
      if (!s) return [];
      const code = bumenCode(bureau.id, node, i);
      return visibleItems(s, today, 2).map((item) => ({ item, code, base: sectionPath(bureau, s, today) }));
    }),
  )
    .sort((a, b) => (a.item.date < b.item.date ? 1 : -1))
    .slice(0, 8)
    .map(
      ({ item, code, base }) =>
        `<tr><td>11${code}00/${item.date.slice(0, 4)}-${String(item.id).padStart(5, '0')}</td><td><a href="${base}art_${item.id}.html" target="_blank">${item.title}</a></td><td>${item.date}</td></tr>`,
    )
    .join('');
  return `<table class="xxgk-table"><tr><th>索引号</th><th>名称</th><th>发布日期</th></tr>${rows}</table>`;
}

function cataloguePage(bureau: SimBureau, today: Day, charset: string): string {
  const ml = departmentPath(bureau, '', today);
  const annual = bureau.sections.find((s) => s.category === 'disclosure_basics');
  const left = [
    `<li><a href="${ml}xxgkzn/">政府信息公开指南</a></li>`,
    `<li><a href="${ml}xxgkzd/">政府信息公开制度</a></li>`,
    `<li><a href="${ml}ysqgk/">依申请公开</a></li>`,
    ...(annual ? [`<li><a href="${columnHref(bureau, annual, today)}">政府信息公开年报</a></li>`] : []),
  ].join('');
  return page(
    { bureau, today, charset, title: '部门信息公开目录', path: ml },
    `${crumbs(bureau, today, bureau.name)}<div class="bm-left"><div class="bm-dept">${bureau.name}</div><ul>${left}</ul></div><div class="bm-right">${bumenTree(bureau, today)}<h3>最新公开信息</h3>${newestTable(bureau, today)}</div>`,
  );
}

/** The portal's 政务公开 page: the city's own 公开 platforms, and the way to the departments'. */
function zwgkPage(bureau: SimBureau, today: Day, charset: string): string {
  const links = [
    [cityPortal(bureau, 'zfxxgk/'), '政府信息公开'],
    [`http://xxgk.${bureau.id}.gov.test/`, '政府信息公开平台'],
    [`${platformPath(bureau, '', today)}`, '部门信息公开'],
    [cityPortal(bureau, 'xzxxgk/'), '乡镇（街道）信息公开'],
    [cityPortal(bureau, 'zfwj/'), '政府文件'],
    [cityPortal(bureau, 'zfgb/'), '政府公报'],
  ]
    .map(([href, t]) => `<li><a href="${href}">${t}</a></li>`)
    .join('');
  return page(
    { bureau, today, charset, title: '政务公开', path: navPath(bureau, '/zwgk/', today) },
    `${crumbs(bureau, today, '政务公开')}<ul class="gk-entry">${links}</ul>`,
  );
}

/** 部门信息公开: the departments of the platform, this one on this host, the others on their sub-sites. */
function departmentsPage(bureau: SimBureau, today: Day, charset: string): string {
  const own = `<li><a href="${departmentPath(bureau, '', today)}index.html">${bureau.name}</a></li>`;
  const others = otherDepartments(bureau).map(
    ([href, name]) => `<li><a href="${href}" target="_blank">${name}</a></li>`,
  );
  const list = [others[0], others[1], own, ...others.slice(2)].join('');
  return page(
    { bureau, today, charset, title: '部门信息公开', path: platformPath(bureau, '', today) },
    `${crumbs(bureau, today, '部门信息公开')}<h2>${placeOf(bureau)}政府部门信息公开</h2><ul class="bm-list">${list}</ul>`,
  );
}

/** The template's own pages at `path` (the 政务公开 pages, the 目录, its other columns, the 专题), if `path` is one. */
export function bumenPageAt(bureau: SimBureau, path: string, today: Day, charset: string): (() => string) | null {
  const is = (p: string) => path === p || path === `${p}index.html`;
  if (is(navPath(bureau, '/zwgk/', today))) return () => zwgkPage(bureau, today, charset);
  if (is(platformPath(bureau, '', today))) return () => departmentsPage(bureau, today, charset);
  if (is(departmentPath(bureau, '', today))) return () => cataloguePage(bureau, today, charset);
  if (is(ztPath(bureau, today))) {
    const column = { path: ztPath(bureau, today), title: ZT_TITLE, stems: ZT_STEMS };
    return () => renderDecoyColumn(bureau, today, charset, column);
  }
  for (const node of BUMEN_NODES) {
    for (const [i, e] of node.entries.entries()) {
      const other = e.title ? OTHER_COLUMNS[e.title] : undefined;
      const at = departmentPath(bureau, `${bumenCode(bureau.id, node, i)}/`, today);
      if (other && e.title && is(at)) {
        const column = { path: at, title: e.title, ...other };
        return () => renderDecoyColumn(bureau, today, charset, column);
      }
    }
  }
  return null;
}
