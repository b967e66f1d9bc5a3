import { fnv1a } from '../domain/hash.js';
import type { Day } from '../domain/types.js';
import { ASPNET_KEYS, type AspnetGroup, aspnetTypeId } from './aspnet-groups.js';
import type { SimBureau, SimSection } from './model.js';
import { groupPageItems, groupPagerLinks } from './numbered-group-page.js';
import { numberedArticleLinks, numberedPagerLinks } from './numbered-links.js';
import { answerNumbered, type NumberedRequest, requestKey } from './numbered-request.js';
import { groupId, numberedEntries } from './numbered-site.js';
import { ASPNET_SITE, aspnetList, aspnetRows, aspnetVariant, leftTable } from './page-aspnet.js';
import { page } from './page-chrome.js';
import { renderHomepage } from './render.js';

/**
 * The pages of the fifteenth template (page-aspnet.ts) at their `.aspx` addresses: the homepage (behind a
 * 302 to `/Default.aspx` on some sites), group pages, columns nobody watches; and what a request for a
 * watched column's list (a pager's query or its `__doPostBack` post) or article asks for, which
 * routing.ts serves like any column's. Also the rewrite that gives the shared renderers' links the site's
 * addresses and wraps the page in WebForms' one `<form>` with its `__VIEWSTATE`.
 */

const HOME = '/Default.aspx';
/** Some sites answer `/` with a 302 to `/Default.aspx`, as IIS default documents are often set up. */
const redirectsHome = (bureau: SimBureau) => aspnetVariant(bureau, 'home', 3) === 0;
/** Some sites page their lists by `__doPostBack('pager','2')`, the rest by query string. */
const postsBack = (bureau: SimBureau) => aspnetVariant(bureau, 'postback', 2) === 0;

/** A pager link to page `n` (1-based) of a list. */
function pagerHref(bureau: SimBureau, typeId: number, today: Day, n: number): string {
  return postsBack(bureau) && n > 1 ? `javascript:__doPostBack('pager','${n}')` : aspnetList(bureau, typeId, today, n);
}

/** A group's page: its left table menu, its columns' items merged newest first, a pager. */
function groupPage(bureau: SimBureau, group: AspnetGroup, today: Day, charset: string, pageNo: number): string {
  const { shown, total, pages } = groupPageItems(numberedEntries(ASPNET_SITE, bureau, group, today), today, pageNo);
  const rows = shown.map(({ s, i }) => aspnetRows(bureau, s, [i], today, 32)).join('');
  const typeId = groupId(ASPNET_SITE, bureau, group);
  const at = (n: number) => pagerHref(bureau, typeId, today, n);
  const pager =
    total === 0
      ? `<p>${bureau.name}${group.name}相关信息。</p>`
      : `<div id="pager">共${total}条记录 第${pageNo}/${pages}页 ${groupPagerLinks(at, pageNo, pages)}</div>`;
  return page(
    { bureau, today, charset, title: group.name, path: aspnetList(bureau, typeId, today, pageNo) },
    `<table width="1002" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td width="230" valign="top">${leftTable(bureau, group, today)}</td><td valign="top"><div class="position">您现在的位置：<a href="/">首页</a> &gt;&gt; ${group.name}</div><table width="100%" border="0" cellspacing="0" cellpadding="0" class="list">${rows}</table>${pager}</td></tr></table>`,
  );
}

const DECOY_STEMS: Record<string, string[]> = {
  领导分工: ['局领导班子分工调整', '局领导工作分工'],
  科室职责: ['办公室主要职责', '耕地保护科主要职责'],
  下属单位: ['土地储备中心简介', '不动产登记中心简介'],
  基层动态: ['国土所开展土地执法巡查', '乡镇国土所业务培训'],
  规范性文件: ['关于规范农村宅基地管理的通知', '关于加强建设用地批后监管的意见'],
  人事任免信息: ['干部任前公示', '事业单位公开招聘公告'],
  耕地保护: ['耕地保护目标责任考核', '永久基本农田保护宣传'],
  地质环境: ['地质灾害隐患点汛前排查', '地质环境监测年报'],
  矿山安全: ['非煤矿山安全生产检查', '矿山安全专项整治'],
  批后公布: ['建设工程规划许可批后公布', '建设用地规划许可批后公布'],
  收费标准: ['不动产登记收费标准', '土地复垦费收取标准'],
  在线咨询: ['关于宅基地证办理的咨询', '关于土地证遗失补办的咨询'],
  意见征集: ['国土空间总体规划意见征集', '基准地价更新意见征集'],
};

/** What a request of an aspnet site asks for: the homepage (behind a 302 on some sites) or a list or article. */
const answerAspnet = answerNumbered(ASPNET_SITE, (bureau, today, charset) => ({
  groupPage: (g, n) => groupPage(bureau, g, today, charset, n),
  decoyStems: DECOY_STEMS,
}));

export const aspnetRequest: NumberedRequest = (bureau, path, params, today, charset) => {
  const home = () => renderHomepage(bureau, today, charset);
  if (path === '/')
    return redirectsHome(bureau)
      ? { kind: 'redirect', location: HOME }
      : { kind: 'page', key: requestKey(path, params), render: home };
  if (path.toLowerCase() === HOME.toLowerCase()) return { kind: 'page', key: HOME, render: home };
  return answerAspnet(bureau, path, params, today, charset);
};

/** A `__VIEWSTATE` as WebForms writes it: base64 of the control tree, a few KB, stable per page. */
function viewState(seed: string): string {
  const words = Math.round(600 + (fnv1a(`vs-n:${seed}`) % 1800));
  const bytes = Buffer.alloc(words * 4);
  let h = fnv1a(`vs:${seed}`);
  for (let i = 0; i < words; i++) {
    h = fnv1a(`${h}`);
    bytes.writeUInt32LE(h >>> 0, i * 4);
  }
  return `/wEPDwUK${bytes.toString('base64')}`;
}

/**
 * The shared renderers' links at an aspnet site's addresses: articles and attachments under a list address
 * become the site's article and upload addresses, a column's pager its query or postback links, the body
 * one WebForms `<form>` posting back to the page.
 */
export function aspnetLinks(
  bureau: SimBureau,
  today: Day,
  section: SimSection | undefined,
  path: string,
  html: string,
): string {
  const upload = (file: string) => `/UploadFiles/${today.slice(0, 7)}/${file}`;
  let out = numberedArticleLinks(ASPNET_SITE, bureau, today, ASPNET_KEYS, upload, html);
  const typeId = section ? aspnetTypeId(bureau.id, section.category) : 0;
  if (section) out = numberedPagerLinks(out, (n) => pagerHref(bureau, typeId, today, n));
  if (redirectsHome(bureau)) out = out.replaceAll('href="/"', `href="${HOME}"`);
  // The form posts back to the page itself: a column's list, a group's page, the homepage.
  const action = section ? aspnetList(bureau, typeId, today) : path.startsWith('/') && path !== '/' ? path : HOME;
  const form = `<form name="form1" method="post" action="${action}" id="form1"><div><input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value=""><input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value=""><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="${viewState(`${bureau.id}${action}`)}"></div>
<script type="text/javascript">var theForm = document.forms['form1']; function __doPostBack(eventTarget, eventArgument) { if (!theForm.onsubmit || (theForm.onsubmit() != false)) { theForm.__EVENTTARGET.value = eventTarget; theForm.__EVENTARGUMENT.value = eventArgument; theForm.submit(); } }</script>`;
  return out.replace('<body>', `<body>${form}`).replace('</body>', '</form></body>');
}
