import { fnv1a } from '../domain/hash.js';
import type { Day } from '../domain/types.js';
import {
  CATALOGUE_PATH,
  columnTitle,
  navPath,
  navStyle,
  PORTAL_PATH,
  type SimBureau,
  type SimItem,
  type SimSection,
  sectionPath,
  visibleItems,
} from './model.js';
import { aspnetFooter, aspnetLeftMenu, aspnetNavigation } from './page-aspnet.js';
import { aspnetLinks } from './page-aspnet-pages.js';
import { bumenFooter, bumenNavigation, bumenTree } from './page-bumen.js';
import { cmsFooter, cmsLeftMenu, cmsNavigation } from './page-cms.js';
import { cmsLinks } from './page-cms-pages.js';
import { dedeFooter, dedeLeftMenu, dedeNavigation } from './page-dede.js';
import { dedeLinks } from './page-dede-pages.js';
import { dropdownLeftMenu, dropdownNavigation } from './page-dropdown.js';
import { empireFooter, empireLeftMenu, empireNavigation } from './page-empire.js';
import { empireLinks } from './page-empire-pages.js';
import { epointFooter, epointLeftMenu, epointNavigation } from './page-epoint.js';
import { epointLinks } from './page-epoint-pages.js';
import { gktableLeftMenu, gktableNavigation } from './page-gktable.js';
import { hanwebNavigation } from './page-hanweb.js';
import { jeecmsFooter, jeecmsLeftMenu, jeecmsNavigation } from './page-jeecms.js';
import { jeecmsLinks } from './page-jeecms-pages.js';
import { oldsiteFooter, oldsiteLeftMenu, oldsiteNavigation } from './page-oldsite.js';
import { oldsiteLinks } from './page-oldsite-pages.js';
import { pbootFooter, pbootLeftMenu, pbootNavigation } from './page-pboot.js';
import { pbootLinks } from './page-pboot-pages.js';
import { platformNavigation } from './page-platform.js';
import { groupOf, scriptnavFooter, scriptnavLeftMenu, scriptnavNavigation } from './page-scriptnav.js';
import { sidetreeNavigation, sidetreeTree } from './page-sidetree.js';
import { stylePadding, targetBytes } from './page-size.js';
import { tilesNavigation } from './page-tiles.js';
import { vsbFooter, vsbHead, vsbLeftMenu, vsbNavigation } from './page-vsb-chrome.js';
import { vsbLinks } from './page-vsb-pages.js';
import { zhanqunAccordion, zhanqunFooter, zhanqunNavigation } from './page-zhanqun.js';
import { zhuanlanCatalogue, zhuanlanNavigation } from './page-zhuanlan.js';
import { choose } from './random.js';

/**
 * The chrome around every simulated page, as real bureau templates carry it: a mega-menu, a header with
 * today's date, a sidebar (a tree of columns, or another column's newest items: dated decoys), a 您可能感兴趣 box, a
 * footer with 版权所有 / 网站标识码 / ICP / 页面生成时间 stamps, inline styles and scripts. The page is
 * then padded to its target size (page-size.ts).
 */

export interface PageFrame {
  bureau: SimBureau;
  today: Day;
  charset: string;
  /** The page's title (the column's, the article's). */
  title: string;
  /** The page's own path: its size and chrome are stable per path. */
  path: string;
  /** The column the page belongs to: the sidebar shows another one. */
  section?: SimSection;
  /** Show a 您可能感兴趣 box (detail pages always do). */
  interested?: boolean;
}

/** Sub-columns of the mega-menu: none of them is a watched column or a synonym of one. */
const MENU: [string, string[]][] = [
  ['走进我局', ['历史沿革', '人事任免', '专家库', '文明创建']],
  ['新闻中心', ['媒体聚焦', '视频播报', '党建工作', '廉政建设']],
  ['业务工作', ['耕地保护', '生态修复', '地质灾害防治', '测绘地理信息', '海洋管理', '林业草原']],
  ['数据发布', ['统计数据', '财政预决算', '科技创新']],
  ['服务导航', ['人才招聘', '网站地图', '无障碍浏览', '长者模式']],
];

/** Sidebar class names: ones list finders know as chrome, and (decoy templates) ones they do not. */
const SIDEBAR_CLASSES = ['sidebar', 'left_nav', 'side-menu'];
const DECOY_SIDEBAR_CLASSES = ['right_box', 'con-right', 'lm_r', 'list-right'];
const SIDEBAR_HEADINGS = ['热点信息', '最新发布', '本站推荐', '综合信息'];
const FOOTER_CLASSES = ['footer', 'foot', 'bottom'];

function columnLinks(bureau: SimBureau, today: Day): string {
  return bureau.sections
    .map((s) => `<li><a href="${sectionPath(bureau, s, today)}">${columnTitle(bureau, s.category)}</a></li>`)
    .join('');
}

/** The watched columns as the site's template links them (flat, through a portal, a catalogue banner, …). */
function columnNavigation(bureau: SimBureau, today: Day): string {
  switch (navStyle(bureau)) {
    case 'portal':
      return `<li><a href="${navPath(bureau, PORTAL_PATH, today)}">政务公开</a></li><li><a href="/hdjl/">互动交流</a></li>`;
    case 'catalogue':
      return `<li><a href="/hdjl/">互动交流</a></li></ul><div class="banner"><a href="${navPath(bureau, CATALOGUE_PATH, today)}" target="_blank"><img src="/images/xxgkml.png" alt="政府信息公开目录"></a></div><ul class="nav2">`;
    case 'platform':
      return platformNavigation(bureau, today);
    case 'hanweb':
      return hanwebNavigation(bureau, today);
    case 'tiles':
      return tilesNavigation(bureau, today);
    case 'sidetree':
      return sidetreeNavigation(bureau, today);
    case 'zhuanlan':
      return zhuanlanNavigation(bureau, today);
    case 'bumen':
      return bumenNavigation(bureau, today);
    case 'scriptnav':
      return scriptnavNavigation(bureau, today);
    case 'zhanqun':
      return zhanqunNavigation(bureau, today);
    case 'dropdown':
      return dropdownNavigation(bureau, today);
    case 'cms':
      return cmsNavigation(bureau, today);
    case 'gktable':
      return gktableNavigation(bureau, today);
    case 'aspnet':
      return aspnetNavigation(bureau, today);
    case 'dede':
      return dedeNavigation(bureau, today);
    case 'pboot':
      return pbootNavigation(bureau, today);
    case 'oldsite':
      return oldsiteNavigation(bureau, today);
    case 'jeecms':
      return jeecmsNavigation(bureau, today);
    case 'epoint':
      return epointNavigation(bureau, today);
    case 'empire':
      return empireNavigation(bureau, today);
    case 'vsb':
      return vsbNavigation(bureau, today);
    default:
      return columnLinks(bureau, today);
  }
}

function megaMenu(bureau: SimBureau): string {
  return `<div class="mega-menu" id="megaMenu">${MENU.map(
    ([top, subs], i) =>
      `<div class="mm-col"><a class="mm-top" href="/mm${i}/">${top}</a><div class="mm-sub" style="display:none"><ul>${subs
        .map((s, j) => `<li><a href="/mm${i}/s${j}/" target="_blank">${s}</a></li>`)
        .join('')}</ul></div></div>`,
  ).join(
    '',
  )}<div class="mm-search"><form action="/search/" method="get"><input name="q" placeholder="请输入关键字" id="kw${fnv1a(bureau.id) % 97}"><button>搜索</button></form></div></div>`;
}

/** The column whose newest items the sidebar and the 您可能感兴趣 box show: another one than the page's. */
function otherColumn(bureau: SimBureau, section: SimSection | undefined): SimSection | undefined {
  const others = bureau.sections.filter((s) => s !== section && s.fault === 'none');
  return others.length > 0 ? others[fnv1a(`side:${bureau.id}:${section?.category}`) % others.length] : undefined;
}

function itemLinks(bureau: SimBureau, column: SimSection, items: SimItem[], today: Day): string {
  const base = sectionPath(bureau, column, today);
  return items
    .map(
      (i) =>
        `<li><a href="${base}art_${i.id}.html" title="${i.title}">${i.title}</a><span class="time">${i.date}</span></li>`,
    )
    .join('');
}

/** The sidebar of a column page: a tree of the site's columns, or (decoy templates) another column's newest items. */
function sidebar(frame: PageFrame): string {
  const { bureau, today, section } = frame;
  const column = otherColumn(bureau, section);
  const cls = choose(`side-class:${bureau.id}`, bureau.decoyChrome ? DECOY_SIDEBAR_CLASSES : SIDEBAR_CLASSES);
  if (!bureau.decoyChrome || !column) {
    if (navStyle(bureau) === 'sidetree') return `<div class="${cls}">${sidetreeTree(bureau, today, section)}</div>`;
    if (navStyle(bureau) === 'zhuanlan') return `<div class="${cls}">${zhuanlanCatalogue(bureau, today)}</div>`;
    if (navStyle(bureau) === 'bumen') return `<div class="${cls}">${bumenTree(bureau, today, section)}</div>`;
    if (navStyle(bureau) === 'zhanqun') return `<div class="${cls}">${zhanqunAccordion(bureau, today, section)}</div>`;
    if (navStyle(bureau) === 'dropdown') return `<div class="${cls}">${dropdownLeftMenu(bureau, today, section)}</div>`;
    if (navStyle(bureau) === 'aspnet') return `<div class="${cls}">${aspnetLeftMenu(bureau, today, section)}</div>`;
    if (navStyle(bureau) === 'dede') return `<div class="${cls}">${dedeLeftMenu(bureau, today, section)}</div>`;
    if (navStyle(bureau) === 'pboot') return `<div class="${cls}">${pbootLeftMenu(bureau, today, section)}</div>`;
    if (navStyle(bureau) === 'oldsite') return `<div class="${cls}">${oldsiteLeftMenu(bureau, today, section)}</div>`;
    if (navStyle(bureau) === 'jeecms') return `<div class="${cls}">${jeecmsLeftMenu(bureau, today, section)}</div>`;
    if (navStyle(bureau) === 'epoint') return `<div class="${cls}">${epointLeftMenu(bureau, today, section)}</div>`;
    if (navStyle(bureau) === 'empire') return `<div class="${cls}">${empireLeftMenu(bureau, today, section)}</div>`;
    if (navStyle(bureau) === 'vsb') return `<div class="${cls}">${vsbLeftMenu(bureau, today, section)}</div>`;
    if (navStyle(bureau) === 'cms') return `<div class="${cls}">${cmsLeftMenu(bureau, today, section)}</div>`;
    if (navStyle(bureau) === 'gktable') return `<div class="${cls}">${gktableLeftMenu(bureau, today, section)}</div>`;
    if (navStyle(bureau) === 'scriptnav')
      return `<div class="${cls}">${scriptnavLeftMenu(bureau, groupOf(section?.category))}</div>`;
    return `<div class="${cls}"><div class="side-box"><h3>栏目导航</h3><ul class="lm-tree">${columnLinks(bureau, today)}</ul></div></div>`;
  }
  const n = 6 + (fnv1a(`side-n:${bureau.id}`) % 5);
  return `<div class="${cls}"><div class="side-box"><h3>${choose(`side-h:${bureau.id}`, SIDEBAR_HEADINGS)}</h3><ul>${itemLinks(bureau, column, visibleItems(column, today, n), today)}</ul></div>
<div class="side-box"><h3>专题专栏</h3><ul class="zt"><li><a href="/zt/1/"><img src="/images/zt1.jpg" alt="学习贯彻党的二十大精神"></a></li><li><a href="/zt/2/"><img src="/images/zt2.jpg" alt="全国土地日"></a></li></ul></div></div>`;
}

function interested(frame: PageFrame): string {
  const { bureau, today, section } = frame;
  const column = otherColumn(bureau, otherColumn(bureau, section));
  if (!column) return '';
  return `<div class="interested"><h2>您可能感兴趣</h2><ul>${itemLinks(bureau, column, visibleItems(column, today, 5), today)}</ul></div>`;
}

function footer(frame: PageFrame): string {
  const { bureau, today } = frame;
  const h = fnv1a(`foot:${bureau.id}`);
  const cls = bureau.decoyChrome ? 'wzfooter' : choose(`foot-class:${bureau.id}`, FOOTER_CLASSES);
  return `<div class="${cls}"><div class="links"><select onchange="window.open(this.value)"><option>-- 政府网站 --</option><option value="http://www.gov.cn/">中国政府网</option><option value="http://www.mnr.gov.cn/">自然资源部</option><option value="http://www.forestry.gov.cn/">国家林业和草原局</option></select></div>
<p>主办：${bureau.name} 版权所有 2008-${today.slice(0, 4)} 更新时间：${today}</p>
<p>网站标识码：${3700000000 + (h % 99999)} <a href="https://beian.miit.gov.cn/">${bureau.province.slice(0, 1)}ICP备${String(h % 100000000).padStart(8, '0')}号</a> 公网安备 ${37010202000000 + (h % 999999)}号</p>
<p>页面生成时间：${today} 03:00:00 本站访问量：<span id="count">${h % 9_000_000}</span></p>
<span id="_ideConac"><script src="/js/conac.js"></script></span></div>${templateFooter(bureau, today)}`;
}

/** What a template adds under the site's footer: a city portal's own footer, a line of plain links. */
function templateFooter(bureau: SimBureau, today: Day): string {
  switch (navStyle(bureau)) {
    case 'bumen':
      return bumenFooter(bureau);
    case 'scriptnav':
      return scriptnavFooter(bureau, today);
    case 'zhanqun':
      return zhanqunFooter(bureau);
    case 'cms':
      return cmsFooter(bureau);
    case 'aspnet':
      return aspnetFooter(bureau, today);
    case 'dede':
      return dedeFooter(bureau);
    case 'pboot':
      return pbootFooter(bureau, today);
    case 'oldsite':
      return oldsiteFooter(bureau, today);
    case 'jeecms':
      return jeecmsFooter(bureau, today);
    case 'epoint':
      return epointFooter(bureau);
    case 'empire':
      return empireFooter(bureau);
    case 'vsb':
      return vsbFooter(bureau, today);
    default:
      return '';
  }
}

const SCRIPTS = `<script src="/js/jquery-1.12.4.min.js"></script><script src="/module/jslib/jquery/jpage/jquery.jpage.js"></script>
<script>var _hmt = _hmt || []; (function(){ var hm = document.createElement("script"); hm.src = "https://hm.baidu.com/hm.js?0b" ; var s = document.getElementsByTagName("script")[0]; s.parentNode.insertBefore(hm, s); })();
$(function(){ $('.mm-col').hover(function(){ $(this).find('.mm-sub').show(); }, function(){ $(this).find('.mm-sub').hide(); }); });</script>`;

/** A whole page around `body`, padded to the path's target size. */
export function page(frame: PageFrame, body: string): string {
  const { bureau, today, charset, title } = frame;
  const weekday = '日一二三四五六'[new Date(`${today}T00:00:00Z`).getUTCDay()];
  const head = `<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=${charset}">
<meta name="HtmlGenerateTime" content="${today} 03:00:00"><meta name="others" content="页面生成时间 ${today} 03:00:00">
<meta name="SiteName" content="${bureau.name}"><meta name="ColumnName" content="${title}">
<title>${title}_${bureau.name}</title><link rel="stylesheet" href="/css/style.css">${navStyle(bureau) === 'vsb' ? vsbHead(frame) : ''}`;
  const chrome = `</head>
<body><div class="topbar">今天是：${today.slice(0, 4)}年${Number(today.slice(5, 7))}月${Number(today.slice(8, 10))}日 星期${weekday} <a href="/ydd/">移动端</a> <a href="javascript:;" id="toggle-elder">长者模式</a></div>
<div class="header"><h1>${bureau.name}</h1><ul class="nav"><li><a href="/">首页</a></li>${columnNavigation(bureau, today)}</ul>${megaMenu(bureau)}</div>
<div class="main"><div class="${bureau.decoyChrome ? 'location' : 'crumbs'}">当前位置：<a href="/">首页</a> &gt; ${title}</div>
<div class="content">${body}</div>
${frame.section ? sidebar(frame) : ''}${frame.interested ? interested(frame) : ''}
</div>
${footer(frame)}
${SCRIPTS}
</body></html>`;
  // A query-string CMS, ASP.NET, PbootCMS, old ASP, JEECMS, Epoint, Empire or VSB site links its articles and pages at its own addresses, a Dede site its articles.
  const template = navStyle(bureau);
  const rest =
    template === 'cms'
      ? cmsLinks(bureau, today, frame.section, chrome)
      : template === 'aspnet'
        ? aspnetLinks(bureau, today, frame.section, frame.path, chrome)
        : template === 'dede'
          ? dedeLinks(bureau, today, chrome)
          : template === 'pboot'
            ? pbootLinks(bureau, today, frame.section, chrome)
            : template === 'oldsite'
              ? oldsiteLinks(bureau, today, chrome)
              : template === 'jeecms'
                ? jeecmsLinks(bureau, today, frame.section, chrome)
                : template === 'epoint'
                  ? epointLinks(bureau, today, frame.section, chrome)
                  : template === 'empire'
                    ? empireLinks(bureau, today, frame.section, chrome)
                    : template === 'vsb'
                      ? vsbLinks(bureau, today, frame, chrome)
                      : chrome;
  const key = `${bureau.address}${frame.path}`;
  const text = head + rest;
  // GBK writes a Chinese character in two bytes where UTF-8 takes three.
  const used = Buffer.byteLength(text) + 16 - (charset === 'utf-8' ? 0 : (text.match(/[^ -~\s]/g)?.length ?? 0));
  const style = `<style>\n${stylePadding(targetBytes(key) - used)}</style>`;
  return `${head}${style}${rest}`;
}
