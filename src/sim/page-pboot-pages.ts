import { fnv1a } from '../domain/hash.js';
import type { Day } from '../domain/types.js';
import { listPageSize, navPath, type SimBureau, type SimItem, type SimSection, visibleItems } from './model.js';
import { groupPageItems } from './numbered-group-page.js';
import { numberedArticleLinks, numberedPagerLinks } from './numbered-links.js';
import { answerNumbered, type NumberedRequest, requestKey } from './numbered-request.js';
import { groupId, type NumberedEntry, numberedArticleHref, numberedEntries } from './numbered-site.js';
import { page } from './page-chrome.js';
import { decoyItems } from './page-decoy.js';
import {
  columnTrail,
  leftNav,
  pbootGroupHref,
  pbootGroups,
  pbootList,
  pbootSite,
  pbootVariant,
  position,
} from './page-pboot.js';
import { pbootListRows, pbootPagebar } from './page-pboot-lists.js';
import {
  PBOOT_TREES,
  type PbootGroup,
  pbootColumnId,
  pbootGroupOf,
  pbootKey,
  SITEMAP_TITLE,
} from './pboot-catalogue.js';
import { renderHomepage } from './render.js';

/**
 * The pages of the seventeenth template (page-pboot.ts) at the site's addresses: group pages (the side nav
 * of the group's children beside the first child's list, or all its children's items, per site), columns
 * nobody watches, single pages (单位简介, 联系我们) and the 网站地图; and what a request for a watched
 * column's list or article asks for, which routing.ts serves like any column's. Also the rewrite that
 * gives the shared renderers' links the site's addresses.
 */

const DECOY_STEMS: Record<string, string[]> = {
  领导信息: ['局领导班子成员及分工', '局长简历'],
  图片新闻: ['局领导深入乡镇调研耕地保护工作', '开展全国土地日宣传活动'],
  乡镇动态: ['镇自然资源所开展违法用地巡查', '乡镇国土空间规划编制座谈会'],
  政策解读: ['一图读懂耕地保护新政策', '农村宅基地审批管理办法解读'],
  人事信息: ['事业单位公开招聘工作人员公告', '拟任职干部任前公示'],
  财政资金: ['部门预算公开', '部门决算公开'],
  耕地保护: ['耕地保护目标责任书签订', '永久基本农田保护宣传'],
  地质灾害防治: ['汛期地质灾害隐患点巡查排查', '地质灾害防治知识宣传进校园'],
  表格下载: ['不动产登记申请审批表', '建设用地申请表'],
  在线访谈: ['局长走进直播间解读不动产登记便民措施', '耕地保护在线访谈'],
  征集调查: ['国土空间总体规划公众意见征集', '网站满意度调查'],
};

const PLACE = { province: '省', city: '市', county: '县' } as const;

/** The text of the single pages (单页) the firm filled in when it handed the site over. */
const SINGLE_TEXT: Record<string, (bureau: SimBureau) => string> = {
  单位简介: (b) =>
    `<p>${b.name}是${PLACE[b.level]}人民政府工作部门，主要负责全${PLACE[b.level]}自然资源统一确权登记、国土空间规划、耕地保护和土地市场管理等工作。</p><p>局机关内设办公室、国土空间规划股、耕地保护股、自然资源利用股等股室，下设不动产登记中心、土地储备中心。</p>`,
  内设机构: () =>
    '<p>办公室：负责机关日常运转，承担文电、会务、机要、档案等工作。</p><p>国土空间规划股：负责国土空间规划编制和实施监督。</p><p>耕地保护股：负责耕地占补平衡和永久基本农田保护。</p>',
  联系我们: (b) => {
    const h = fnv1a(`lxwm:${b.id}`);
    return `<p>单位名称：${b.name}</p><p>地址：人民路${1 + (h % 300)}号</p><p>邮编：${100000 + (h % 800000)}</p><p>办公电话：0${310 + (h % 600)}-${2000000 + (h % 7000000)}</p><p>工作时间：周一至周五 上午8:30-12:00 下午14:30-17:30</p>`;
  },
};

interface ShownList {
  items: SimItem[];
  href: (i: SimItem) => string;
  total: number;
  perPage: number;
}

/** A decoy's item addresses: the site's article addresses under the decoy's sort number. */
const decoyHref = (bureau: SimBureau, title: string, today: Day) => (i: SimItem) =>
  navPath(bureau, pbootSite(bureau).articlePath(bureau.id, pbootColumnId(bureau.id, title), i.id), today);

/**
 * What a group's page `pageNo` lists: all its children's items merged on some sites (a parent's
 * `{pboot:list}` lists its subsorts), its first child's list on the others.
 */
function groupList(bureau: SimBureau, entries: NumberedEntry[], today: Day, pageNo: number): ShownList {
  const site = pbootSite(bureau);
  const first = entries[0];
  if (pbootVariant(bureau, 'merged', 2) === 0 || !first) {
    const merged = groupPageItems(entries, today, pageNo);
    const of = new Map(merged.shown.map(({ s, i }) => [i, numberedArticleHref(site, bureau, s, i, today)]));
    return { items: merged.shown.map((x) => x.i), href: (i) => of.get(i) ?? '', total: merged.total, perPage: 20 };
  }
  const s = first.section;
  if (!s) {
    const items = decoyItems(DECOY_STEMS[first.title] ?? [first.title], today);
    return { items, href: decoyHref(bureau, first.title, today), total: items.length, perPage: items.length };
  }
  const perPage = listPageSize(bureau);
  return {
    items: visibleItems(s, today, perPage, pageNo - 1),
    href: (i) => numberedArticleHref(site, bureau, s, i, today),
    total: visibleItems(s, today, Number.MAX_SAFE_INTEGER).length,
    perPage,
  };
}

/** A group's page `pageNo`: its side nav beside its first child's page (a single page) or its list. */
function groupPage(bureau: SimBureau, group: PbootGroup, today: Day, charset: string, pageNo: number): string {
  const site = pbootSite(bureau);
  const id = groupId(site, bureau, group);
  const at = (n: number) => pbootList(bureau, id, today, n);
  const first = group.entries[0];
  let content: string;
  if (first?.single) content = singleContent(bureau, pbootKey(first));
  else {
    const { items, href, total, perPage } = groupList(
      bureau,
      numberedEntries(site, bureau, group, today),
      today,
      pageNo,
    );
    content = items.length
      ? `${pbootListRows(bureau, items, href, today)}${pbootPagebar(bureau, total, perPage, pageNo, at)}`
      : '<div class="no-data">本栏目暂无内容</div>';
  }
  return page(
    { bureau, today, charset, title: group.name, path: at(pageNo) },
    `${position(bureau, [[group.name, at(1)]])}<div class="row"><div class="col-md-3">${leftNav(bureau, group, today)}</div><div class="col-md-9"><div class="list-hd"><h2>${group.name}</h2></div>${content}</div></div>`,
  );
}

const singleContent = (bureau: SimBureau, title: string) =>
  `<div class="about-content">${SINGLE_TEXT[title]?.(bureau) ?? `<p>${title}</p>`}</div>`;

/** The 网站地图: every group of the menu with its children. */
function sitemap(bureau: SimBureau, today: Day): string {
  const site = pbootSite(bureau);
  return pbootGroups(bureau)
    .map((g) => {
      const links = numberedEntries(site, bureau, g, today)
        .map((e) => `<li><a href="${e.href}">${e.title}</a></li>`)
        .join('');
      return `<dl class="map-item"><dt><a href="${pbootGroupHref(bureau, g, today)}">${g.name}</a></dt><dd><ul>${links}</ul></dd></dl>`;
    })
    .join('');
}

/** A column nobody watches: a single page, the 网站地图, or a list of its items on one page. */
function decoyPage(bureau: SimBureau, today: Day, charset: string, title: string, path: string): string {
  const group = pbootGroupOf(bureau.id, title);
  const crumbs = position(bureau, columnTrail(bureau, today, title, title, path));
  const side = group ? `<div class="col-md-3">${leftNav(bureau, group, today, title)}</div>` : '';
  let content: string;
  if (title === SITEMAP_TITLE) content = `<div class="sitemap">${sitemap(bureau, today)}</div>`;
  else if (group?.entries.find((e) => pbootKey(e) === title)?.single) content = singleContent(bureau, title);
  else {
    const items = decoyItems(DECOY_STEMS[title] ?? [title], today);
    content = `${pbootListRows(bureau, items, decoyHref(bureau, title, today), today)}${pbootPagebar(bureau, items.length, items.length, 1, () => path)}`;
  }
  return page(
    { bureau, today, charset, title, path },
    `${crumbs}<div class="row">${side}<div class="col-md-${group ? 9 : 12}"><div class="list-hd"><h2>${title}</h2></div>${content}</div></div>`,
  );
}

/** Every column of the trees nobody watches, and the 网站地图: single pages have no items. */
const STEMS: Record<string, string[]> = Object.fromEntries(
  [...PBOOT_TREES.flat().flatMap((g) => g.entries.flatMap((e) => (e.title ? [e.title] : []))), SITEMAP_TITLE].map(
    (t) => [t, DECOY_STEMS[t] ?? []],
  ),
);

const answerPboot = (bureau: SimBureau) =>
  answerNumbered(pbootSite(bureau), (b, today, charset) => ({
    groupPage: (g, n) => groupPage(b, g as PbootGroup, today, charset, n),
    decoyStems: STEMS,
    decoyPage: (title, path) => decoyPage(b, today, charset, title, path),
  }));

export const pbootRequest: NumberedRequest = (bureau, path, params, today, charset) => {
  // `/index.php` is the home itself on every install.
  if (path === '/index.php' && [...params.keys()].length === 0)
    return { kind: 'page', key: requestKey(path, params), render: () => renderHomepage(bureau, today, charset) };
  return answerPboot(bureau)(bureau, path, params, today, charset);
};

/**
 * The shared renderers' links at a pboot site's addresses: articles and attachments under a column's list
 * address become the site's article and upload addresses, a column's pager its page addresses.
 */
export function pbootLinks(bureau: SimBureau, today: Day, section: SimSection | undefined, html: string): string {
  const keys = pbootGroups(bureau).flatMap((g) => g.entries.map(pbootKey));
  const upload = (file: string) => `/static/upload/file/${today.replace(/-/g, '')}/${file}`;
  const out = numberedArticleLinks(pbootSite(bureau), bureau, today, keys, upload, html);
  if (!section) return out;
  const id = pbootColumnId(bureau.id, section.category);
  return numberedPagerLinks(out, (n) => pbootList(bureau, id, today, n));
}
