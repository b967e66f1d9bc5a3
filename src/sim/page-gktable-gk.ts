import type { Day } from '../domain/types.js';
import { GK_GUIDE, GK_MENU_SECTIONS, GK_TABLE, type GkGroup, gkRoot, gktableColumnPath } from './gktable-catalogue.js';
import { navPath, type SimBureau, type SimSection, sectionPath, visibleItems } from './model.js';
import { page } from './page-chrome.js';
import { renderDecoyColumn } from './page-decoy.js';
import { type GkLink, gkHome, gkLinks, gkMenuList, gkTree, gkVariant, menuHome, ZTZL_PATH } from './page-gktable.js';
import { articleUrl } from './page-lists.js';

/**
 * The pages of the fourteenth navigation template (page-gktable.ts) besides its columns: the 政府信息公开
 * page (guide links, the 法定主动公开内容 table with a `rowspan` cell per group, the newest publications),
 * the menu sections' landing pages, and the columns nobody watches.
 */

/** How many items a column nobody watches shows in its table cell's count. */
const otherCount = (bureau: SimBureau, title: string) => 3 + gkVariant(bureau, title, 60);

/** A table cell: a link, a link with its item count, or a clickable cell with no link (per site). */
function cell(bureau: SimBureau, link: GkLink, today: Day): string {
  const n = link.section
    ? visibleItems(link.section, today, Number.MAX_SAFE_INTEGER).length
    : otherCount(bureau, link.title);
  switch (gkVariant(bureau, 'cell', 3)) {
    case 0:
      return `<td><a href="${link.href}" target="_blank" title="${link.title}">${link.title}</a></td>`;
    case 1:
      return `<td><a href="${link.href}">${link.title}</a><span class="count">(${n})</span></td>`;
    default:
      return `<td class="gk-link" onclick="location.href='${link.href}'" style="cursor:pointer">${link.title}<em>(${n})</em></td>`;
  }
}

/** The 法定主动公开内容 table: per group one row per few columns, the group's name in a `rowspan` cell. */
function disclosureTable(bureau: SimBureau, today: Day): string {
  const perRow = 2 + gkVariant(bureau, 'cols', 2);
  const rows = GK_TABLE.map((g) => {
    const links = gkLinks(bureau, g, today);
    const chunks = Array.from({ length: Math.ceil(links.length / perRow) }, (_, k) =>
      links.slice(k * perRow, (k + 1) * perRow),
    );
    return chunks
      .map((chunk, k) => {
        const head = k === 0 ? `<td class="gk-group" rowspan="${chunks.length}">${g.name}</td>` : '';
        const blanks = '<td>&nbsp;</td>'.repeat(perRow - chunk.length);
        return `<tr>${head}${chunk.map((l) => cell(bureau, l, today)).join('')}${blanks}</tr>`;
      })
      .join('');
  }).join('');
  return `<div class="fdzdgknr"><div class="gk-title"><span>法定主动公开内容</span></div><table class="gk-table" width="100%" border="1" cellspacing="0"><tr><th width="18%">类别</th><th colspan="${perRow}">公开内容</th></tr>${rows}</table></div>`;
}

/** The newest publications of the disclosure section's columns. */
function latest(bureau: SimBureau, today: Day): string {
  const inTable = new Set(GK_TABLE.flatMap((g) => g.entries.map((e) => e.category)));
  return bureau.sections
    .filter((s) => s.fault === 'none' && inTable.has(s.category))
    .flatMap((s) => visibleItems(s, today, 2).map((i) => ({ i, base: sectionPath(bureau, s, today) })))
    .sort((a, b) => (a.i.date < b.i.date ? 1 : -1))
    .slice(0, 8)
    .map(
      ({ i, base }) => `<li><a href="${articleUrl(base, i)}" target="_blank">${i.title}</a><span>${i.date}</span></li>`,
    )
    .join('');
}

function disclosurePage(bureau: SimBureau, today: Day, charset: string): string {
  const guide = gkLinks(bureau, GK_GUIDE, today)
    .map(
      (l) =>
        `<li><a href="${l.href}"><img src="/images/gk/${l.entry.leaf}.png">${l.section ? '信息公开年报' : l.title}</a></li>`,
    )
    .join('');
  const tree = gkVariant(bureau, 'gktree', 2) === 0 ? `<div class="gk-left">${gkTree(bureau, today)}</div>` : '';
  return page(
    { bureau, today, charset, title: '政府信息公开', path: navPath(bureau, gkRoot(bureau.id), today) },
    `<div class="weizhi">您现在的位置：<a href="/">首页</a> &gt; 政府信息公开</div>${tree}<div class="gk-main"><ul class="gk-guide">${guide}</ul>${disclosureTable(bureau, today)}<div class="gk-latest"><div class="tit">最新信息公开</div><ul>${latest(bureau, today)}</ul></div></div>`,
  );
}

/** A menu section's landing page: breadcrumb, left menu, a box of newest items per watched column. */
function menuPage(bureau: SimBureau, group: GkGroup, today: Day, charset: string): string {
  const boxes = gkLinks(bureau, group, today)
    .filter((l) => l.section)
    .map((l) => {
      const s = l.section as SimSection;
      const base = sectionPath(bureau, s, today);
      const items = visibleItems(s, today, 6)
        .map((i) => `<li><a href="${articleUrl(base, i)}">${i.title}</a><span>${i.date}</span></li>`)
        .join('');
      return `<div class="list-box"><div class="tit"><span>${l.title}</span><a class="more" href="${l.href}">更多&gt;&gt;</a></div><ul>${items}</ul></div>`;
    })
    .join('');
  return page(
    { bureau, today, charset, title: group.name, path: menuHome(bureau, group, today) },
    `<div class="weizhi">您现在的位置：<a href="/">首页</a> &gt; ${group.name}</div>${gkMenuList(bureau, group, today)}<div class="right-list">${boxes}</div>`,
  );
}

const DECOY_STEMS: Record<string, string[]> = {
  信息公开指南: ['政府信息公开指南（修订）', '依申请公开办理流程'],
  信息公开制度: ['政府信息公开保密审查制度', '政府信息主动公开制度'],
  机构职责: ['本局主要职责', '本局职能配置'],
  领导信息: ['局领导分工', '局领导简历'],
  内设机构: ['内设机构及职责', '直属单位名录'],
  政策解读: ['图解：国土空间规划条例', '政策解读：耕地占补平衡'],
  土地储备: ['年度土地储备计划执行情况', '土地储备项目入库公示'],
  征地批复文件: ['省政府关于批准建设用地的批复', '建设用地批复文件'],
  地质灾害防治: ['汛期地质灾害防治工作方案', '地质灾害隐患点排查'],
  收费标准: ['不动产登记收费标准', '不动产登记费减免政策'],
  行政许可结果: ['建设用地规划许可证核发结果', '建设工程规划许可公示'],
  部门预算: ['部门预算公开', '部门预算说明'],
  部门决算: ['部门决算公开', '部门决算说明'],
  人事任免: ['干部任前公示', '关于同志任职的通知'],
  招考录用: ['事业单位公开招聘公告', '拟聘用人员公示'],
  媒体关注: ['媒体报道我局耕地保护工作', '央视关注我市国土绿化'],
  图片新闻: ['野外地质调查掠影', '不动产登记窗口剪影'],
  在线访谈: ['局长谈国土空间规划', '在线访谈：不动产登记便民举措'],
  意见征集: ['关于规划草案征求意见的公告', '征求意见结果反馈'],
  依申请公开: ['政府信息公开申请表', '依申请公开办理流程图'],
  专题专栏: ['全国土地日专题', '学习贯彻党的二十大精神专题'],
};

/** The columns nobody watches, at their addresses today. */
function others(bureau: SimBureau, today: Day): { path: string; title: string }[] {
  const titled = [GK_GUIDE, ...GK_TABLE, ...GK_MENU_SECTIONS].flatMap((g) =>
    g.entries.flatMap((e) => (e.title ? [e.title] : [])),
  );
  return [
    ...titled.map((title) => ({ title, path: navPath(bureau, gktableColumnPath(bureau.id, title), today) })),
    { title: '专题专栏', path: navPath(bureau, ZTZL_PATH, today) },
  ];
}

/** The template's own pages at `path` (the disclosure page, menu landings, unwatched columns), if one. */
export function gktablePageAt(bureau: SimBureau, path: string, today: Day, charset: string): (() => string) | null {
  const is = (p: string) => path === p || path === `${p}index.html`;
  if (is(gkHome(bureau, today).replace(/index\.html$/, ''))) return () => disclosurePage(bureau, today, charset);
  for (const group of GK_MENU_SECTIONS)
    if (is(menuHome(bureau, group, today))) return () => menuPage(bureau, group, today, charset);
  const other = others(bureau, today).find((o) => is(o.path));
  if (!other) return null;
  const column = { ...other, stems: DECOY_STEMS[other.title] ?? [other.title] };
  return () => renderDecoyColumn(bureau, today, charset, column);
}
