import type { Day } from '../domain/types.js';
import { navPath, type SimBureau, type SimItem, type SimSection, visibleItems } from './model.js';
import { groupPageItems } from './numbered-group-page.js';
import { numberedArticleLinks } from './numbered-links.js';
import { answerNumbered, type NumberedRequest } from './numbered-request.js';
import { groupId, type NumberedEntry, numberedArticleHref } from './numbered-site.js';
import { oldsiteDialect } from './oldsite-addresses.js';
import { OLDSITE_TREES, type OldsiteGroup, oldsiteColumnId, oldsiteGroupOf, oldsiteTree } from './oldsite-catalogue.js';
import { page } from './page-chrome.js';
import { decoyItems } from './page-decoy.js';
import {
  columnTrail,
  framePage,
  leftTable,
  oldsiteEntries,
  oldsiteFrames,
  oldsiteList,
  oldsiteSite,
  oldsiteVariant,
  position,
} from './page-oldsite.js';
import { frameset, leftFrame, topFrame } from './page-oldsite-frames.js';
import { oldsiteListRows, oldsitePagebar } from './page-oldsite-lists.js';
import { renderHomepage } from './render.js';

/**
 * The pages of the eighteenth template (page-oldsite.ts) at the site's addresses: the homepage (a
 * frameset on framed sites, with its top.htm, left.htm and main.htm), a big class's page (its classes'
 * items merged under a pager, or a box per class, per site), the columns nobody watches; and what a request
 * for a watched column's list or article asks for, which routing.ts serves like any column's. Also the
 * rewrite that gives the shared renderers' links the site's addresses.
 */

const DECOY_STEMS: Record<string, string[]> = {
  局领导: ['局长简介', '副局长分工'],
  机构职能: ['县国土资源局主要职责', '局机关职能配置'],
  内设股室: ['办公室职责', '地籍股职责'],
  单位简介: ['县国土资源局简介', '局机关内设股室及下属单位'],
  领导班子: ['局领导班子成员', '局领导分工'],
  科室设置: ['耕地保护股职责', '执法监察大队职责'],
  基层国土所: ['城关国土所开展土地执法巡查', '乡镇国土所业务培训会召开'],
  基层动态: ['国土所开展违法用地巡查', '镇国土所召开宅基地管理会议'],
  图片新闻: ['局领导深入乡镇调研', '全国土地日宣传活动'],
  人事任免: ['干部任前公示', '人事任免通知'],
  人事信息: ['事业单位公开招聘公告', '干部任前公示'],
  财务公开: ['部门预算公开', '部门决算公开'],
  土地储备: ['土地储备中心收储地块公示', '储备土地前期开发'],
  地质环境: ['汛期地质灾害隐患点巡查', '地质灾害防治知识宣传'],
  表格下载: ['土地登记申请书下载', '建设用地申请表下载'],
  网上咨询: ['关于宅基地审批的咨询', '关于土地证补办的咨询'],
};

interface ShownList {
  items: SimItem[];
  href: (i: SimItem) => string;
  total: number;
}

/** A column nobody watches: its items at the site's article addresses under its class number. */
function decoyList(bureau: SimBureau, title: string, today: Day): ShownList {
  const items = decoyItems(DECOY_STEMS[title] ?? [title], today);
  const id = oldsiteColumnId(bureau.id, title);
  const href = (i: SimItem) => navPath(bureau, oldsiteSite(bureau, today).articlePath(bureau.id, id, i.id), today);
  return { items, href, total: items.length };
}

function columnList(bureau: SimBureau, e: NumberedEntry, today: Day, n: number): ShownList {
  const s = e.section as SimSection;
  const href = (i: SimItem) => numberedArticleHref(oldsiteSite(bureau, today), bureau, s, i, today);
  const items = visibleItems(s, today, n);
  return { items, href, total: items.length };
}

/** A box per class: its title, `more` to it, its newest five. */
function boxes(bureau: SimBureau, entries: NumberedEntry[], today: Day): string {
  return entries
    .map((e) => {
      const { items, href } = e.section ? columnList(bureau, e, today, 5) : decoyList(bureau, e.title, today);
      return `<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td height="28" background="/images/bt_bg.gif">&nbsp;<b>${e.title}</b></td><td align="right" background="/images/bt_bg.gif"><a href="${e.href}">更多&gt;&gt;</a>&nbsp;</td></tr></table>${oldsiteListRows(bureau, items.slice(0, 5), href, today)}`;
    })
    .join('');
}

/** A big class's page `pageNo`: its left table beside its classes' items merged, or a box per class. */
function groupPage(bureau: SimBureau, group: OldsiteGroup, today: Day, charset: string, pageNo: number): string {
  const id = groupId(oldsiteSite(bureau, today), bureau, group);
  const at = (n: number) => oldsiteList(bureau, id, today, n);
  const entries = oldsiteEntries(bureau, group, today);
  let content: string;
  if (oldsiteVariant(bureau, 'groupview', 2) === 0) content = boxes(bureau, entries, today);
  else {
    const merged = groupPageItems(entries, today, pageNo);
    const site = oldsiteSite(bureau, today);
    const of = new Map(merged.shown.map(({ s, i }) => [i, numberedArticleHref(site, bureau, s, i, today)]));
    content = merged.total
      ? `${oldsiteListRows(
          bureau,
          merged.shown.map((x) => x.i),
          (i) => of.get(i) ?? '',
          today,
        )}${oldsitePagebar(bureau, merged.total, 20, pageNo, at)}`
      : `<p>&nbsp;&nbsp;${group.name}栏目暂无信息</p>`;
  }
  return page(
    { bureau, today, charset, title: group.name, path: at(pageNo) },
    `<table width="980" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td width="200" valign="top">${leftTable(bureau, group, today)}</td><td width="10"></td><td valign="top">${position(bureau, [[group.name, at(1)]])}${content}</td></tr></table>`,
  );
}

/** A column nobody watches: its items on one page, beside its group's left table. */
function decoyPage(bureau: SimBureau, today: Day, charset: string, title: string, path: string): string {
  const group = oldsiteGroupOf(bureau.id, title);
  const { items, href, total } = decoyList(bureau, title, today);
  const list = `${oldsiteListRows(bureau, items, href, today)}${oldsitePagebar(bureau, total, total, 1, () => path)}`;
  const side = group
    ? `<td width="200" valign="top">${leftTable(bureau, group, today, title)}</td><td width="10"></td>`
    : '';
  return page(
    { bureau, today, charset, title, path },
    `<table width="980" border="0" align="center" cellpadding="0" cellspacing="0"><tr>${side}<td valign="top">${position(bureau, columnTrail(bureau, today, title, title, path))}${list}</td></tr></table>`,
  );
}

const STEMS: Record<string, string[]> = Object.fromEntries(
  OLDSITE_TREES.flat().flatMap((g) =>
    g.entries.flatMap((e) => (e.title ? [[e.title, DECOY_STEMS[e.title] ?? []]] : [])),
  ),
);

const answerOldsite = (bureau: SimBureau, today: Day) =>
  answerNumbered(oldsiteSite(bureau, today), (b, day, charset) => ({
    groupPage: (g, n) => groupPage(b, g as OldsiteGroup, day, charset, n),
    decoyStems: STEMS,
    decoyPage: (title, path) => decoyPage(b, day, charset, title, path),
  }));

/** The homepage and the frames at the root, then the site's list and article addresses. */
export const oldsiteRequest: NumberedRequest = (bureau, path, params, today, charset) => {
  const frames = oldsiteFrames(bureau);
  const framed = frames === 'top' || frames === 'left';
  const at = (name: 'top' | 'left' | 'main' | 'index') => path === `/${framePage(bureau, name)}`;
  const answer = (key: string, render: () => string) => ({ kind: 'page' as const, key, render });
  const home = () => renderHomepage(bureau, today, charset);
  if (path === '/' || at('index')) return answer('/', framed ? () => frameset(bureau, charset) : home);
  if (frames !== 'none' && at('top')) return answer(path, () => topFrame(bureau, today, charset));
  if (frames === 'left' && at('left')) return answer(path, () => leftFrame(bureau, today, charset));
  if (framed && at('main')) return answer(path, home);
  return answerOldsite(bureau, today)(bureau, path, params, today, charset);
};

/** The shared renderers' links at an oldsite's addresses: articles and attachments under a column's list address. */
export function oldsiteLinks(bureau: SimBureau, today: Day, html: string): string {
  const month = today.slice(0, 7).replace('-', '');
  const upload =
    oldsiteDialect(bureau.id).name === 'static'
      ? (file: string) => `/uploadfile/${month}/${file}`
      : (file: string) => `/UploadFiles/${month}/${file}`;
  const keys = oldsiteTree(bureau.id).flatMap((g) => g.entries.flatMap((e) => (e.category ? [e.category] : [])));
  return numberedArticleLinks(oldsiteSite(bureau, today), bureau, today, keys, upload, html);
}
