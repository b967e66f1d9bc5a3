import { fnv1a } from '../domain/hash.js';
import type { Day } from '../domain/types.js';
import { epointDialect, epointSubMerged, infoGuid } from './epoint-addresses.js';
import { EPOINT_TREES, type EpointGroup, epointColumnId, epointTree } from './epoint-catalogue.js';
import { listPageSize, navPath, type SimBureau, type SimItem, type SimSection, visibleItems } from './model.js';
import { articleNumber } from './numbered-catalogue.js';
import { numberedArticleLinks, numberedPagerLinks } from './numbered-links.js';
import { answerNumbered, type NumberedRequest, otherTemplatesPage } from './numbered-request.js';
import { page } from './page-chrome.js';
import { decoyItems } from './page-decoy.js';
import {
  ancestors,
  categoryTrail,
  type EpointLink,
  epointArticleHref,
  epointEntries,
  epointGroupHref,
  epointHasSitemap,
  epointList,
  epointSite,
  epointVariant,
  leftTree,
  location,
} from './page-epoint.js';
import { epointListRows, epointPagebar } from './page-epoint-lists.js';

/**
 * The pages of the twentieth template (page-epoint.ts) at the site's addresses: a channel's
 * `secondPage.html` (a box per category, its newest items and 更多), a sub-channel's page (boxes, or every
 * item below it in one list), categories nobody watches, 单信息 pages, the 网站地图 at `/wzdt.html`; and
 * what a request for a watched column's list or article asks for, which routing.ts serves like any
 * column's. Also the rewrite that gives the shared renderers' links the site's addresses.
 */

const DECOY_STEMS: Record<string, string[]> = {
  领导信息: ['局长简介', '副局长工作分工'],
  领导分工: ['局领导班子成员及分工'],
  图片新闻: ['局领导调研土地综合整治项目', '开展4·22世界地球日宣传活动'],
  乡镇动态: ['自然资源所开展卫片图斑核查', '镇自然资源所组织违法用地巡查'],
  基层动态: ['自然资源所开展卫片图斑核查', '基层所召开业务培训会'],
  媒体聚焦: ['县自然资源和规划局：守住耕地红线', '一图读懂国土空间规划'],
  政策解读: ['一图读懂农村宅基地审批', '耕地占补平衡政策解读'],
  人事信息: ['局属事业单位公开招聘公告', '干部任前公示'],
  财政资金: ['部门预算公开', '部门决算公开'],
  财政预决算: ['部门预算公开', '部门决算公开'],
  建议提案办理: ['对县人大代表建议的答复', '对县政协委员提案的答复'],
  政府信息公开制度: ['政府信息公开保密审查制度', '政府信息主动公开制度'],
  划拨供地公示: ['国有建设用地划拨供地公示', '划拨用地批准情况公示'],
  征地区片综合地价: ['征地区片综合地价标准', '征地区片综合地价调整说明'],
  地质灾害防治: ['汛期地质灾害隐患排查', '地质灾害应急演练'],
  耕地保护: ['永久基本农田保护责任书签订', '耕地保护目标责任考核'],
  执法监察: ['土地卫片执法检查通报', '违法用地查处情况'],
  规划批后公布: ['建设工程规划许可批后公布', '建设用地规划许可批后公布'],
  在线咨询: ['宅基地审批需要哪些材料', '不动产证遗失如何补办'],
  征集调查: ['网站满意度调查', '政务服务满意度调查'],
  意见征集: ['国土空间总体规划意见征集', '村庄规划意见征集'],
  表格下载: ['不动产登记申请表', '建设用地申请表'],
  不动产登记收费标准: ['不动产登记收费标准', '不动产登记费减免政策'],
};

const PLACE = { province: '省', city: '市', county: '县' } as const;

/** The 单信息 pages' text, as the webmaster typed it in. */
const SINGLE_TEXT: Record<string, (b: SimBureau) => string> = {
  单位简介: (b) =>
    `<p>${b.name}是${PLACE[b.level]}人民政府工作部门，负责全${PLACE[b.level]}自然资源管理、国土空间规划和不动产登记等工作。</p>`,
  单位概况: (b) => `<p>${b.name}内设办公室、国土空间规划股、耕地保护股、自然资源利用股等股室。</p>`,
  内设机构: () => '<p>办公室、国土空间规划股、耕地保护股、自然资源利用股、执法监察大队、不动产登记中心。</p>',
  机构职能: () => '<p>贯彻执行自然资源和国土空间规划的法律法规，负责自然资源统一确权登记工作。</p>',
  政府信息公开指南: (b) =>
    `<p>为了更好地开展政府信息公开工作，根据《中华人民共和国政府信息公开条例》，编制${b.name}政府信息公开指南。</p>`,
  依申请公开: (b) => {
    const h = fnv1a(`ysq20:${b.id}`);
    return `<p>受理机构：${b.name}办公室</p><p>电话：0${310 + (h % 600)}-${2000000 + (h % 7000000)}</p>`;
  },
};

const singleOf = (bureau: SimBureau, title: string) =>
  epointTree(bureau.id).some((g) => g.entries.some((e) => e.single && e.title === title));

const groupNamed = (bureau: SimBureau, name: string | undefined) =>
  epointSite(bureau).groups.find((g) => g.name === name) as EpointGroup | undefined;

/** A decoy's item addresses: the site's article addresses under the decoy's category. */
const decoyHref = (bureau: SimBureau, title: string, today: Day) => (i: SimItem) => {
  const id = epointColumnId(bureau.id, title);
  return navPath(bureau, epointDialect(bureau.id).article(id, articleNumber(id, i.id), i.date), today);
};

interface Linked {
  item: SimItem;
  href: string;
}

/** The items of an entry, newest first, each with its article: a column's, a decoy's, a sub-channel's all. */
function entryItems(bureau: SimBureau, e: EpointLink, today: Day): Linked[] {
  if (e.section) {
    const s = e.section;
    return visibleItems(s, today, Number.MAX_SAFE_INTEGER).map((item) => ({
      item,
      href: epointArticleHref(bureau, s, item, today),
    }));
  }
  if (e.entry.children) return subItems(bureau, groupNamed(bureau, e.title) as EpointGroup, today);
  if (e.entry.single || e.entry.external) return [];
  const href = decoyHref(bureau, e.title, today);
  return decoyItems(DECOY_STEMS[e.title] ?? [e.title], today).map((item) => ({ item, href: href(item) }));
}

/** Every item below a sub-channel, newest first, as its `moreinfo.html` lists them. */
function subItems(bureau: SimBureau, group: EpointGroup, today: Day): Linked[] {
  return epointEntries(bureau, group, today)
    .flatMap((e) => entryItems(bureau, e, today))
    .sort((a, b) => (a.item.date < b.item.date ? 1 : a.item.date > b.item.date ? -1 : 0));
}

const rowsOf = (bureau: SimBureau, linked: Linked[], today: Day) => {
  const hrefs = new Map(linked.map((l) => [l.item, l.href]));
  return epointListRows(
    bureau,
    linked.map((l) => l.item),
    (i) => hrefs.get(i) as string,
    today,
  );
};

/** The channel whose tree a group's page shows, and the group's trail. */
function groupChrome(bureau: SimBureau, group: EpointGroup, today: Day): string {
  const channel = group.parent ? groupNamed(bureau, group.parent) : group;
  const above = ancestors(bureau, group.name).map((g): [string, string] => [g.name, epointGroupHref(bureau, g, today)]);
  const trail: [string, string][] = [...above, [group.name, epointGroupHref(bureau, group, today)]];
  const tree = channel ? leftTree(bureau, channel, today, group.name) : '';
  return `${location(bureau, trail)}<div class="ewb-side">${tree}</div>`;
}

/** A group's page: a `secondPage.html` of boxes, or (a merged sub-channel) page `pageNo` of every item below it. */
function groupPage(bureau: SimBureau, group: EpointGroup, pageNo: number, today: Day, charset: string): string {
  const id = epointColumnId(bureau.id, `group:${group.name}`);
  const at = epointList(bureau, id, today, pageNo);
  const entries = epointEntries(bureau, group, today);
  const merged = group.parent !== undefined && epointSubMerged(bureau.id);
  let content: string;
  if (merged) {
    const perPage = listPageSize(bureau);
    const all = subItems(bureau, group, today);
    const shown = all.slice((pageNo - 1) * perPage, pageNo * perPage);
    const bar = entries.map((e) => `<a class="block-more" href="${e.href}">${e.title}</a>`).join('');
    const list = shown.length ? rowsOf(bureau, shown, today) : '<p class="ewb-nodata">暂无信息</p>';
    const pages = epointPagebar(bureau, all.length, perPage, pageNo, (n) => epointList(bureau, id, today, n));
    content = `<div class="ewb-info-hd"><h3 class="ewb-info-title">${group.name}</h3></div><div class="ewb-sub-bar">${bar}</div><div class="ewb-info-bd" id="categorypagingcontent">${list}</div>${pages}`;
  } else {
    const n = 6 + epointVariant(bureau, 'boxn', 3);
    const boxes = entries
      .filter((e) => !e.entry.single && !e.entry.external)
      .map((e) => {
        const items = entryItems(bureau, e, today).slice(0, n);
        const list = items.length ? rowsOf(bureau, items, today) : '<p class="ewb-nodata">暂无信息</p>';
        return `<div class="ewb-block"><div class="ewb-block-hd clearfix"><h3 class="ewb-block-title">${e.title}</h3><a class="ewb-block-more" href="${e.href}" target="_blank">更多&gt;&gt;</a></div><div class="ewb-block-bd">${list}</div></div>`;
      })
      .join('');
    const single = entries.find((e) => e.entry.single);
    const intro = single && boxes === '' ? singleContent(bureau, single.title) : '';
    content = `<div class="ewb-second-bd">${boxes}${intro}</div>`;
  }
  return page(
    { bureau, today, charset, title: group.name, path: at },
    `${groupChrome(bureau, group, today)}${content}`,
  );
}

const singleContent = (bureau: SimBureau, title: string) =>
  `<div class="ewb-info-content">${SINGLE_TEXT[title]?.(bureau) ?? `<p>${title}</p>`}</div>`;

/** A category nobody watches: a 单信息 page, or its items on one page. */
function decoyPage(bureau: SimBureau, today: Day, charset: string, title: string, path: string): string {
  const channel = ancestors(bureau, title)[0];
  const side = channel ? `<div class="ewb-side">${leftTree(bureau, channel, today, title)}</div>` : '';
  let content: string;
  if (singleOf(bureau, title)) content = singleContent(bureau, title);
  else {
    const items = decoyItems(DECOY_STEMS[title] ?? [title], today);
    const rows = epointListRows(bureau, items, decoyHref(bureau, title, today), today);
    content = `<div class="ewb-info-bd" id="categorypagingcontent">${rows}</div>${epointPagebar(bureau, items.length, items.length, 1, () => path)}`;
  }
  return page(
    { bureau, today, charset, title, path },
    `${location(bureau, categoryTrail(bureau, today, title, title, path))}${side}<div class="ewb-info-hd"><h3 class="ewb-info-title">${title}</h3></div>${content}`,
  );
}

/** The 网站地图: every channel with its categories, a sub-channel's under it. */
function sitemap(bureau: SimBureau, today: Day, charset: string): string {
  const links = (group: EpointGroup): string =>
    epointEntries(bureau, group, today)
      .map((e) => {
        const inner = e.entry.children ? groupNamed(bureau, e.title) : undefined;
        return `<li><a href="${e.href}" target="_blank">${e.title}</a>${inner ? `<ul>${links(inner)}</ul>` : ''}</li>`;
      })
      .join('');
  const map = epointTree(bureau.id)
    .map(
      (g) =>
        `<div class="ewb-map-item"><h3><a href="${epointGroupHref(bureau, g, today)}">${g.name}</a></h3>${g.leaf ? '' : `<ul>${links(g)}</ul>`}</div>`,
    )
    .join('');
  return page({ bureau, today, charset, title: '网站地图', path: '/wzdt.html' }, `<div class="ewb-map">${map}</div>`);
}

/** Every category of the trees nobody watches. */
const STEMS: Record<string, string[]> = Object.fromEntries(
  EPOINT_TREES.flatMap((tree) => tree.flatMap((g) => g.entries.flatMap((e) => [e, ...(e.children ?? [])])))
    .filter((e) => e.title && !e.children && !e.external)
    .map((e) => [e.title as string, DECOY_STEMS[e.title as string] ?? []]),
);

export const epointRequest: NumberedRequest = (bureau, path, params, today, charset) => {
  if (path === '/wzdt.html' && epointHasSitemap(bureau))
    return { kind: 'page', key: path, render: () => sitemap(bureau, today, charset) };
  const answer = answerNumbered(epointSite(bureau), (b, day, cs) => ({
    groupPage: (g, n) => groupPage(b, g as EpointGroup, n, day, cs),
    decoyStems: STEMS,
    decoyPage: (title, at) => decoyPage(b, day, cs, title, at),
  }))(bureau, path, params, today, charset);
  return answer ?? otherTemplatesPage(bureau, path, today);
};

/**
 * The shared renderers' links at an Epoint site's addresses: articles under a column's list address become
 * the site's article addresses, attachments WebBuilder's download addresses, a column's pager its pages.
 */
export function epointLinks(bureau: SimBureau, today: Day, section: SimSection | undefined, html: string): string {
  const keys = bureau.sections.map((s) => s.category);
  const upload = (file: string) =>
    `/EpointWebBuilder/WebbuilderMIS/attach/downloadZtbAttach.jspx?attachGuid=${infoGuid(fnv1a(file))}&appUrlFlag=webbuilder`;
  const out = numberedArticleLinks(epointSite(bureau), bureau, today, keys, upload, html);
  if (!section) return out;
  const id = epointColumnId(bureau.id, section.category);
  return numberedPagerLinks(out, (n) => epointList(bureau, id, today, n));
}
