import { fnv1a } from '../domain/hash.js';
import type { Day } from '../domain/types.js';
import { CMS_GROUPS, cmsCatId, cmsDialect, cmsGroupOf } from './cms-groups.js';
import { type SimBureau, type SimItem, type SimSection, sectionPath, visibleItems } from './model.js';
import { type BlockStyle, columnBlock, groupBlock, sectionOf } from './numbered-home-blocks.js';
import {
  numberedArticleHref,
  numberedEntries,
  numberedGroupHref,
  numberedList,
  numberedSite,
} from './numbered-site.js';

/**
 * The thirteenth navigation template, the HOLDOUT, written before discovery was run on it and never tuned
 * on: a county bureau's own small site on a PHP/ASP CMS (PHPCMS, DedeCMS, an ASP 文章系统, 动易). The
 * root is a splash page (引导页, page-cms-splash.ts); the real home's top menu names the CMS's top
 * categories (机构概况, 新闻动态, 政务公开, 土地市场, …), each a list page of its child categories (a
 * sub-menu and their items merged). The home has blocks with image-only `more` links, a 通知公告 marquee
 * and a 友情链接 select. On some sites the menu opens the first child categories on hover; the others are
 * on the group's page only. Column pages carry the group's sub-menu.
 */

const variant = (bureau: SimBureau, what: string, n: number) => fnv1a(`${what}13:${bureau.id}`) % n;

/** The CMS a site runs, as a numbered site: its categories' numbers and addresses. */
export const CMS_SITE = numberedSite(CMS_GROUPS, cmsCatId, cmsDialect);

/** A category's address on `today`. */
export const cmsList = (bureau: SimBureau, catid: number, today: Day, pageNo = 1) =>
  numberedList(CMS_SITE, bureau, catid, today, pageNo);

/** The top menu after the chrome's 首页: the top categories, on some sites with their first children on hover. */
export function cmsNavigation(bureau: SimBureau, today: Day): string {
  const hover = variant(bureau, 'hover', 2) === 0;
  return CMS_GROUPS.map((g) => {
    const subs = hover
      ? `<ul class="subnav" style="display:none">${numberedEntries(CMS_SITE, bureau, g, today)
          .slice(0, 2)
          .map((e) => `<li><a href="${e.href}">${e.title}</a></li>`)
          .join('')}</ul>`
      : '';
    return `<li class="menu_li" onmouseover="showsub(this)" onmouseout="hidesub(this)"><a href="${numberedGroupHref(CMS_SITE, bureau, g, today)}">${g.name}</a>${subs}</li>`;
  }).join('<li class="line">|</li>');
}

/** The sub-menu of a column's group, the current column marked. */
export function cmsLeftMenu(bureau: SimBureau, today: Day, current?: SimSection): string {
  const group = cmsGroupOf(current?.category);
  if (!group) return '';
  const links = numberedEntries(CMS_SITE, bureau, group, today)
    .map((e) => `<li${e.section === current ? ' class="cur"' : ''}><a href="${e.href}">${e.title}</a></li>`)
    .join('');
  return `<div class="left_lm"><div class="lm_title">${group.name}</div><ul class="lm_list">${links}</ul></div>`;
}

function rows(bureau: SimBureau, section: SimSection, items: SimItem[], today: Day): string {
  return items
    .map(
      (i) =>
        `<li><a href="${numberedArticleHref(CMS_SITE, bureau, section, i, today)}" title="${i.title}" target="_blank">${i.title}</a><span class="date">${i.date.slice(5)}</span></li>`,
    )
    .join('');
}

const MORE = (href: string) => `<a href="${href}" target="_blank"><img src="/images/more.gif" border="0"></a>`;

/** A homepage block: a heading, an image-only `more` and the newest items of its columns, merged. */
const blockStyle = (bureau: SimBureau, today: Day): BlockStyle => ({
  size: 7,
  rows: (s, items) => rows(bureau, s, items, today),
  frame: (heading, more, items) =>
    `<div class="index_box"><div class="box_title"><span>${heading}</span>${MORE(more)}</div><ul class="box_list">${items}</ul></div>`,
});

function marquee(bureau: SimBureau, today: Day): string {
  const s = sectionOf(bureau, 'notices');
  if (!s) return '';
  return `<div class="tzgg"><div class="tzgg_t"><span>通知公告</span>${MORE(sectionPath(bureau, s, today))}</div><marquee direction="up" scrollamount="2" height="200" onmouseover="this.stop()" onmouseout="this.start()"><ul>${rows(bureau, s, visibleItems(s, today, 8), today)}</ul></marquee></div>`;
}

/** Banner images to some columns and outside services, no text but the file name. */
function imageLinks(bureau: SimBureau, today: Day): string {
  const link = (category: string, img: string) => {
    const s = sectionOf(bureau, category);
    return s ? `<a href="${sectionPath(bureau, s, today)}" target="_blank"><img src="/images/${img}"></a>` : '';
  };
  const survey = cmsList(bureau, cmsCatId(bureau.id, '网上调查'), today);
  return `<div class="img_link">${link('director_mailbox', 'jzxx.jpg')}${link('service_guide', 'bszn.gif')}<a href="${survey}"><img src="/images/wsdc.jpg"></a><a href="http://zwfw.${bureau.id}.gov.test/" target="_blank"><img src="/images/wsbs.jpg"></a></div>`;
}

const FRIENDS = [
  ['http://www.mnr.gov.cn/', '中华人民共和国自然资源部'],
  ['http://www.gov.cn/', '中国政府网'],
  ['http://www.cgs.gov.cn/', '中国地质调查局'],
  ['http://www.landchina.com/', '中国土地市场网'],
] as const;

/** The real home's blocks (after the news the homepage always shows). */
export function cmsHomepage(bureau: SimBureau, today: Day): string {
  const style = blockStyle(bureau, today);
  const blocks = [
    marquee(bureau, today),
    groupBlock(CMS_SITE, bureau, today, style, '土地市场', ['land_auction', 'land_transfer_result']),
    variant(bureau, 'zcfg', 2) === 0 ? columnBlock(bureau, today, style, 'laws_policies') : '',
    groupBlock(CMS_SITE, bureau, today, style, '政务公开', ['expro_notice', 'compensation_plan']),
    variant(bureau, 'bdc', 3) === 0 ? columnBlock(bureau, today, style, 'real_estate_reg') : '',
    groupBlock(CMS_SITE, bureau, today, style, '矿产资源', ['mining_rights']),
  ].join('');
  const friends = `<div class="yqlj"><span>友情链接：</span><select name="select" onchange="if(this.value!='')window.open(this.value)"><option value="">----上级部门----</option>${FRIENDS.map(([u, n]) => `<option value="${u}">${n}</option>`).join('')}</select><select name="select2" onchange="if(this.value!='')window.open(this.value)"><option value="">----县直部门----</option><option value="http://www.${bureau.id}.gov.test/">县人民政府</option><option value="http://fgj.${bureau.id}.gov.test/">县发展和改革局</option></select></div>`;
  return `${blocks}${imageLinks(bureau, today)}${friends}`;
}

/** What the CMS writes under the footer. */
export function cmsFooter(bureau: SimBureau): string {
  const company = ['县信息中心', '华夏网络科技有限公司', '方正网络', '县网络工作室'][variant(bureau, 'jszc', 4)];
  return `<div class="copyright">技术支持：${company} &nbsp; Powered by ${cmsDialect(bureau.id).name}</div>`;
}
