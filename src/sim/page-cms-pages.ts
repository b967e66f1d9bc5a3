import { fnv1a } from '../domain/hash.js';
import type { Day } from '../domain/types.js';
import { CMS_GROUPS, type CmsGroup, cmsCatId, cmsDialect } from './cms-groups.js';
import type { SimBureau, SimSection } from './model.js';
import { groupPageItems, groupPagerLinks } from './numbered-group-page.js';
import { numberedArticleLinks, numberedPagerLinks } from './numbered-links.js';
import { answerNumbered, type NumberedRequest, requestKey } from './numbered-request.js';
import { groupId, numberedArticleHref, numberedEntries } from './numbered-site.js';
import { page } from './page-chrome.js';
import { CMS_SITE, cmsList } from './page-cms.js';
import { stylePadding, targetBytes } from './page-size.js';
import { renderHomepage } from './render.js';

/**
 * The pages of the thirteenth template (page-cms.ts) at their CMS addresses: the splash page at `/`, the
 * real home, group pages, columns nobody watches; and what a request for a watched column's list or
 * article asks for, which routing.ts serves like any column's. Also the rewrite that gives the shared
 * renderers' links (articles, pager, 首页) the CMS's addresses.
 */

const variant = (bureau: SimBureau, what: string, n: number) => fnv1a(`${what}13:${bureau.id}`) % n;

/** The splash page (引导页): a banner, the name, a way in (a link, an image, a refresh, a script and a link). */
function splash(bureau: SimBureau, today: Day, charset: string): string {
  const home = cmsDialect(bureau.id).home;
  const way = variant(bureau, 'splash', 4);
  const forward = [
    '',
    '',
    `<meta http-equiv="refresh" content="0;url=${home}">`,
    `<script type="text/javascript">window.location.href='${home}';</script>`,
  ][way];
  const enter = [
    `<a href="${home}" class="enter">进入主站</a>`,
    `<a href="${home}"><img src="/images/enter.gif" border="0"${variant(bureau, 'alt', 2) ? ' alt="进入网站"' : ''}></a>`,
    `<p>页面正在跳转，如果没有自动跳转，请<a href="${home}">点击这里进入</a></p>`,
    `<a href="${home}">进入网站</a>`,
  ][way];
  const head = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=${charset}">
<title>欢迎访问${bureau.name}</title>${forward}`;
  const body = `</head>
<body><div class="splash"><div class="banner"><img src="/images/splash_banner.jpg" width="1000" height="460"></div>
<div class="name"><h1>${bureau.name}</h1></div><div class="enter">${enter}</div>
<div class="foot">主办：${bureau.name} &nbsp; 地址：人民路${1 + (fnv1a(bureau.id) % 200)}号<br>建议使用1024×768分辨率浏览 &nbsp; ${today.slice(0, 4)}年</div></div></body></html>`;
  // A splash page is a third of an ordinary page: a banner and a few lines.
  const used = Buffer.byteLength(head + body) + 16;
  const style = `<style>\nbody{margin:0;background:#dcebf7}.splash{width:1000px;margin:0 auto;text-align:center}\n${stylePadding(Math.round(targetBytes(`${bureau.address}/splash`) / 3) - used)}</style>`;
  return `${head}${style}${body}`;
}

/** A group's page: its sub-menu of child categories, their items merged newest first, a pager. */
function groupPage(bureau: SimBureau, group: CmsGroup, today: Day, charset: string, pageNo: number): string {
  const entries = numberedEntries(CMS_SITE, bureau, group, today);
  const menu = entries.map((e) => `<li><a href="${e.href}">${e.title}</a></li>`).join('');
  const { shown, total, pages } = groupPageItems(entries, today, pageNo);
  const list = shown
    .map(
      ({ e, s, i }) =>
        `<li><span class="lm">[<a href="${e.href}">${e.title}</a>]</span><a href="${numberedArticleHref(CMS_SITE, bureau, s, i, today)}" target="_blank">${i.title}</a><span class="date">${i.date}</span></li>`,
    )
    .join('');
  const catid = groupId(CMS_SITE, bureau, group);
  const at = (n: number) => cmsList(bureau, catid, today, n);
  const pager =
    total === 0
      ? `<div class="intro"><p>${bureau.name}${group.name}相关信息。</p></div>`
      : `<div class="pages">共${total}条 ${pageNo}/${pages}页 ${groupPagerLinks(at, pageNo, pages)}</div>`;
  return page(
    { bureau, today, charset, title: group.name, path: at(pageNo) },
    `<div class="left_lm"><div class="lm_title">${group.name}</div><ul class="lm_list">${menu}</ul></div><div class="right_con"><div class="position">当前位置：<a href="/">首页</a> &gt; ${group.name}</div><ul class="list_ul">${list}</ul>${pager}</div>`,
  );
}

const DECOY_STEMS: Record<string, string[]> = {
  机构职能: ['本局主要职责', '本局内设机构职能'],
  领导简介: ['局领导班子成员及分工', '局长简介'],
  内设机构: ['办公室职能', '国土空间规划股职能'],
  媒体报道: ['县电视台报道我局耕地保护工作', '日报刊发我局不动产登记改革经验'],
  人事信息: ['事业单位公开招聘工作人员公告', '拟任职干部任前公示'],
  财政预决算: ['部门预算公开', '部门决算公开'],
  土地储备: ['县土地储备中心年度收储计划', '储备土地管护工作'],
  地质灾害防治: ['汛期地质灾害隐患点巡查', '地质灾害防治知识宣传'],
  矿山地质环境: ['矿山地质环境恢复治理', '绿色矿山建设推进'],
  批前公示: ['城区地块控制性详细规划修改批前公示', '建设工程规划许可批前公示'],
  表格下载: ['不动产登记申请表', '建设用地申请表'],
  网上调查: ['网站满意度调查', '政务服务满意度调查'],
  常见问题: ['不动产登记常见问题解答', '宅基地审批常见问题'],
};

/** What a request of a cms site asks for: the splash page, the real home, or one of the CMS's addresses. */
const answerCms = answerNumbered(CMS_SITE, (bureau, today, charset) => ({
  groupPage: (g, n) => groupPage(bureau, g, today, charset, n),
  decoyStems: DECOY_STEMS,
}));

export const cmsRequest: NumberedRequest = (bureau, path, params, today, charset) => {
  if (path === '/' || path === '/index.html' || path === '/index.htm')
    return { kind: 'page', key: '/', render: () => splash(bureau, today, charset) };
  const answer = answerCms(bureau, path, params, today, charset);
  if (answer || path !== cmsDialect(bureau.id).home) return answer;
  return { kind: 'page', key: requestKey(path, params), render: () => renderHomepage(bureau, today, charset) };
};

/**
 * The shared renderers' links at a cms site's addresses: articles and attachments under a column's list
 * address become the CMS's article addresses, a column's pager its `page` addresses, `/` the real home.
 */
export function cmsLinks(bureau: SimBureau, today: Day, section: SimSection | undefined, html: string): string {
  const keys = CMS_GROUPS.flatMap((g) => g.entries.map((e) => e.category ?? (e.title as string)));
  const upload = (file: string) => `/uploadfile/${today.slice(0, 4)}/${file}`;
  let out = numberedArticleLinks(CMS_SITE, bureau, today, keys, upload, html);
  if (section) {
    const catid = cmsCatId(bureau.id, section.category);
    out = numberedPagerLinks(out, (n) => cmsList(bureau, catid, today, n));
  }
  return out.replaceAll('href="/"', `href="${cmsDialect(bureau.id).home}"`);
}
