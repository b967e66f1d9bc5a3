import { fnv1a } from '../domain/hash.js';
import type { Day } from '../domain/types.js';
import {
  JEECMS_TREES,
  type JeecmsGroup,
  jeecmsChannelId,
  jeecmsGroupOf,
  jeecmsKey,
  jeecmsTree,
} from './jeecms-catalogue.js';
import { navPath, type SimBureau, type SimItem, type SimSection, visibleItems } from './model.js';
import { numberedArticleLinks, numberedPagerLinks } from './numbered-links.js';
import { answerNumbered, type NumberedRequest, requestKey } from './numbered-request.js';
import { groupId, numberedArticleHref, numberedEntries } from './numbered-site.js';
import { page } from './page-chrome.js';
import { decoyItems } from './page-decoy.js';
import {
  channelTrail,
  jeecmsGroupHref,
  jeecmsList,
  jeecmsSite,
  jeecmsVariant,
  position,
  siblings,
} from './page-jeecms.js';
import { jeecmsListRows, jeecmsPagebar } from './page-jeecms-lists.js';
import { renderHomepage } from './render.js';

/**
 * The pages of the nineteenth template (page-jeecms.ts) at the site's addresses: a parent channel's page
 * (a box per child channel, its newest items and 更多>>), channels nobody watches, single pages (局情简介,
 * 联系我们), the 网站地图 at `/sitemap.jhtml`; and what a request for a watched channel's list or article
 * asks for, which routing.ts serves like any column's. Also the rewrite that gives the shared renderers'
 * links the site's addresses.
 */

const DECOY_STEMS: Record<string, string[]> = {
  领导之窗: ['局长简介', '副局长分工'],
  图片新闻: ['局领导调研土地整治项目', '开展4·22世界地球日宣传活动'],
  国土所动态: ['国土所开展卫片图斑核查', '国土所组织违法用地巡查'],
  基层国土: ['国土所开展卫片图斑核查', '乡镇国土所召开业务培训会'],
  政策解读: ['一图读懂农村宅基地管理', '耕地占补平衡政策解读'],
  人事信息: ['局属事业单位公开招聘公告', '干部任前公示'],
  人事任免: ['干部任前公示', '关于某某同志职务任免的通知'],
  财政预决算: ['部门预算公开', '部门决算公开'],
  财务公开: ['部门预算公开', '三公经费公开'],
  建议提案办理: ['对县人大代表建议的答复', '对县政协委员提案的答复'],
  耕地保护: ['永久基本农田划定成果', '耕地保护责任目标考核'],
  执法监察: ['土地卫片执法检查通报', '违法用地查处情况'],
  在线咨询: ['宅基地审批需要哪些材料', '不动产证遗失如何补办'],
  网上调查: ['网站满意度调查', '政务服务满意度调查'],
  意见征集: ['国土空间总体规划意见征集', '征地补偿标准调整意见征集'],
  表格下载: ['不动产登记申请表', '建设用地申请表'],
  办件公示: ['建设用地批准书办结公示', '不动产登记办结公示'],
  领导分工: ['局领导班子分工'],
  科室职能: ['办公室职能', '耕地保护股职能'],
  地质灾害防治: ['汛期地质灾害隐患排查', '地质灾害应急演练'],
  矿山地质环境: ['矿山地质环境治理项目', '绿色矿山建设'],
};

const PLACE = { province: '省', city: '市', county: '县' } as const;

/** The single pages' text, as the webmaster typed it in. */
const SINGLE_TEXT: Record<string, (b: SimBureau) => string> = {
  局情简介: (b) =>
    `<p>${b.name}是${PLACE[b.level]}人民政府工作部门，负责全${PLACE[b.level]}自然资源管理、国土空间规划和不动产登记等工作。</p>`,
  单位概况: (b) => `<p>${b.name}内设办公室、耕地保护股、地籍管理股、矿产资源管理股等股室。</p>`,
  内设机构: () => '<p>办公室、国土空间规划股、耕地保护股、自然资源利用股、执法监察大队、不动产登记中心。</p>',
  联系我们: (b) => {
    const h = fnv1a(`lx19:${b.id}`);
    return `<p>地址：建设路${1 + (h % 200)}号</p><p>电话：0${310 + (h % 600)}-${2000000 + (h % 7000000)}</p>`;
  },
};

const singleOf = (bureau: SimBureau, title: string) =>
  jeecmsTree(bureau.id).some((g) => g.entries.some((e) => e.single && e.title === title));

/** A decoy's item addresses: the site's article addresses under the decoy's channel id. */
const decoyHref = (bureau: SimBureau, title: string, today: Day) => (i: SimItem) =>
  navPath(bureau, jeecmsSite(bureau).articlePath(bureau.id, jeecmsChannelId(bureau.id, title), i.id), today);

/** A parent channel's page: a `.box` per child, its newest items and 更多>>; single pages are left out. */
function groupPage(bureau: SimBureau, group: JeecmsGroup, today: Day, charset: string): string {
  const site = jeecmsSite(bureau);
  const at = jeecmsList(bureau, groupId(site, bureau, group), today);
  const n = 6 + jeecmsVariant(bureau, 'grpn', 3);
  const boxes = numberedEntries(site, bureau, group, today)
    .filter((e) => !singleOf(bureau, e.title))
    .map((e) => {
      const s = e.section;
      const items = s ? visibleItems(s, today, n) : decoyItems(DECOY_STEMS[e.title] ?? [e.title], today).slice(0, n);
      const href = s
        ? (i: SimItem) => numberedArticleHref(site, bureau, s as SimSection, i, today)
        : decoyHref(bureau, e.title, today);
      const list = items.length ? jeecmsListRows(bureau, items, href, today) : '<p class="no-data">暂无信息</p>';
      return `<div class="box"><div class="box-hd"><span class="title">${e.title}</span><a class="more" href="${e.href}">更多&gt;&gt;</a></div><div class="box-bd">${list}</div></div>`;
    })
    .join('');
  const single = group.entries.find((e) => e.single);
  const intro = single && boxes === '' ? singleContent(bureau, single.title as string) : '';
  return page(
    { bureau, today, charset, title: group.name, path: at },
    `${position(bureau, [[group.name, at]])}<div class="sidebar">${siblings(bureau, group, today)}</div><div class="column-boxes">${boxes}${intro}</div>`,
  );
}

const singleContent = (bureau: SimBureau, title: string) =>
  `<div class="content-text">${SINGLE_TEXT[title]?.(bureau) ?? `<p>${title}</p>`}</div>`;

/** A channel nobody watches: a single page, or its items on one page. */
function decoyPage(bureau: SimBureau, today: Day, charset: string, title: string, path: string): string {
  const group = jeecmsGroupOf(bureau.id, title);
  const side = group ? `<div class="sidebar">${siblings(bureau, group, today, title)}</div>` : '';
  let content: string;
  if (singleOf(bureau, title)) content = singleContent(bureau, title);
  else {
    const items = decoyItems(DECOY_STEMS[title] ?? [title], today);
    content = `${jeecmsListRows(bureau, items, decoyHref(bureau, title, today), today)}${jeecmsPagebar(bureau, items.length, items.length, 1, () => path)}`;
  }
  return page(
    { bureau, today, charset, title, path },
    `${position(bureau, channelTrail(bureau, today, title, title, path))}${side}<div class="list-hd"><span>${title}</span></div>${content}`,
  );
}

/** The 网站地图: every top channel with its children. */
function sitemap(bureau: SimBureau, today: Day, charset: string): string {
  const map = jeecmsTree(bureau.id)
    .map((g) => {
      const links = g.leaf
        ? ''
        : numberedEntries(jeecmsSite(bureau), bureau, g, today)
            .map((e) => `<a href="${e.href}">${e.title}</a>`)
            .join(' ');
      return `<div class="map-item"><h3><a href="${jeecmsGroupHref(bureau, g, today)}">${g.name}</a></h3><p>${links}</p></div>`;
    })
    .join('');
  return page(
    { bureau, today, charset, title: '网站地图', path: '/sitemap.jhtml' },
    `<div class="sitemap">${map}</div>`,
  );
}

/** Every channel of the trees nobody watches. */
const STEMS: Record<string, string[]> = Object.fromEntries(
  JEECMS_TREES.flat().flatMap((g) =>
    g.entries.flatMap((e) => (e.title ? [[e.title, DECOY_STEMS[e.title] ?? []]] : [])),
  ),
);

const answerJeecms = (bureau: SimBureau) =>
  answerNumbered(jeecmsSite(bureau), (b, today, charset) => ({
    groupPage: (g) => groupPage(b, g as JeecmsGroup, today, charset),
    decoyStems: STEMS,
    decoyPage: (title, path) => decoyPage(b, today, charset, title, path),
  }));

export const jeecmsRequest: NumberedRequest = (bureau, path, params, today, charset) => {
  // JEECMS answers its home at `/index.jhtml` too, and the 网站地图 at `/sitemap.jhtml`.
  if (path === '/index.jhtml')
    return { kind: 'page', key: requestKey(path, params), render: () => renderHomepage(bureau, today, charset) };
  if (path === '/sitemap.jhtml') return { kind: 'page', key: path, render: () => sitemap(bureau, today, charset) };
  return answerJeecms(bureau)(bureau, path, params, today, charset);
};

/**
 * The shared renderers' links at a JEECMS site's addresses: articles and attachments under a channel's list
 * address become the site's article and upload addresses, a channel's pager its page addresses.
 */
export function jeecmsLinks(bureau: SimBureau, today: Day, section: SimSection | undefined, html: string): string {
  const keys = jeecmsTree(bureau.id).flatMap((g) => g.entries.map(jeecmsKey));
  const upload = (file: string) => `/u/cms/www/${today.slice(0, 7).replace('-', '')}/${file}`;
  const out = numberedArticleLinks(jeecmsSite(bureau), bureau, today, keys, upload, html);
  if (!section) return out;
  const id = jeecmsChannelId(bureau.id, section.category);
  return numberedPagerLinks(out, (n) => jeecmsList(bureau, id, today, n));
}
