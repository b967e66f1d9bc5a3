import { fnv1a } from '../domain/hash.js';
import type { Day } from '../domain/types.js';
import { columnTitle, navPath, type SimBureau, type SimSection, sectionPath } from './model.js';
import { jsString } from './page-script.js';
import { CHANNEL_GROUPS, type ChannelEntry, channelPath, hiddenColumns } from './scriptnav-channels.js';

/**
 * The tenth navigation template, the HOLDOUT, written before discovery was run on it and never tuned on:
 * a newer 政务云 site whose top menu, and the left 信息公开 menu of its channel pages, a script builds
 * from channel data literal in the page. Half the sites write it as `var navData=[{name,url,children}]`
 * walked by a loop; the others as the platform's channel JSON (`channelsTagParent`, each channel's
 * address a JSON string in `urls`, a `showOrNot` flag, `<p>` in some `showName`s) rendered through a
 * `text/x-handlebars-template` by `renderChannelTemplate`. The homepage's markup has few plain links to
 * columns (blocks of newest items with 更多); the footer links a 网站地图 in plain HTML
 * (page-scriptnav-pages.ts). Some columns are only in the menus, some only in the 网站地图.
 */

export interface Channel {
  key: string;
  name: string;
  href: string;
  /** Whether the menu shows it: hidden channels are still in the JSON form's data. */
  shown: boolean;
  children: Channel[];
}

/** A path of the site as of `today`. */
export function sitePath(bureau: SimBureau, key: string, today: Day): string {
  return navPath(bureau, channelPath(bureau.id, key), today);
}

export const columnHref = (bureau: SimBureau, s: SimSection, today: Day) =>
  `${sectionPath(bureau, s, today)}index.html`;

/** An entry of the channel tree as this site has it, or null when the site lacks the column. */
export function entryChannel(bureau: SimBureau, e: ChannelEntry, today: Day): Channel | null {
  if ('title' in e) {
    const href = e.external ?? `${sitePath(bureau, e.title, today)}index.html`;
    return { key: e.title, name: e.title, href, shown: true, children: [] };
  }
  const s = bureau.sections.find((x) => x.category === e.category);
  if (!s) return null;
  const shown = !hiddenColumns(bureau.id).includes(e.category);
  return {
    key: e.category,
    name: columnTitle(bureau, e.category),
    href: columnHref(bureau, s, today),
    shown,
    children: [],
  };
}

/** The site's channel tree: its groups (each a landing page of the site) and their channels. */
export function channelTree(bureau: SimBureau, today: Day): Channel[] {
  return CHANNEL_GROUPS.map((g) => ({
    key: g.name,
    name: g.name,
    href: `${sitePath(bureau, g.name, today)}index.html`,
    shown: true,
    children: g.entries.flatMap((e) => entryChannel(bureau, e, today) ?? []),
  }));
}

/** Half the sites carry the platform's channel JSON (a hash's low bit follows the id's characters: not that one). */
const jsonForm = (bureau: SimBureau) => (fnv1a(`form10:${bureau.id}`) >>> 8) % 2 === 0;

function navDataLiteral(channels: Channel[]): string {
  return `[${channels
    .filter((c) => c.shown)
    .map((c) => {
      const children = c.children.length > 0 ? `,children:${navDataLiteral(c.children)}` : '';
      return `{name:${jsString(c.name)},url:${jsString(c.href)}${children}}`;
    })
    .join(',')}]`;
}

function channelJson(bureau: SimBureau, channels: Channel[]): unknown[] {
  return channels.map((c) => {
    const code = channelPath(bureau.id, c.key).match(/col(\d+)\/$/)?.[1];
    const wrapped = fnv1a(`p10:${bureau.id}:${c.key}`) % 3 === 0;
    return {
      code: `col${code}`,
      showName: wrapped ? `<p>${c.name}</p>` : c.name,
      name: c.name,
      channelType: '0',
      childCount: c.children.length,
      urls: JSON.stringify({ pc: c.href }),
      showOrNot: c.shown ? 1 : 0,
      ...(c.children.length > 0 ? { children: channelJson(bureau, c.children) } : {}),
    };
  });
}

/** The small renderer the JSON form's pages carry: a template row per shown channel, children nested. */
const RENDER_CHANNELS = `function renderChannelTemplate(tplId,items,target){var t=document.getElementById(tplId).innerHTML;var row=t.split('{{#with this}}')[1].split('{{/with}}')[0];var one=function(c){if(c.showOrNot===0)return '';var s='';for(var j=0;c.children&&j<c.children.length;j++)s+=one(c.children[j]);return row.split('{{pcUrl}}').join(JSON.parse(c.urls).pc).split('{{name}}').join(c.name).split('{{{children}}}').join(s?'<ul class="sub">'+s+'</ul>':'');};var h='';for(var i=0;i<items.length;i++)h+=one(items[i]);document.getElementById(target).innerHTML=h;}`;
/** The loop the other form's pages carry. */
const RENDER_NAV = `function navHtml(list){var h='';for(var i=0;i<list.length;i++){var n=list[i];h+='<li><a href="'+n.url+'">'+n.name+'</a>'+(n.children?'<ul class="sub">'+navHtml(n.children)+'</ul>':'')+'</li>';}return h;}`;

const template = (id: string, row: string) =>
  `<script id="${id}" type="text/x-handlebars-template">{{#each items}}{{#with this}}${row}{{/with}}{{/each}}</script>`;

/** The top menu: an empty list the page's script fills from the channel data it also carries. */
export function scriptnavNavigation(bureau: SimBureau, today: Day): string {
  const tree = channelTree(bureau, today);
  if (jsonForm(bureau)) {
    const data = JSON.stringify(channelJson(bureau, tree)).replace(/<\//g, '<\\/');
    return `</ul><div class="topNav"><ul class="menuList" id="topMenu"></ul>${template('topMenuTpl', "<li class='menu-item'><a href='{{pcUrl}}' class='ariaskiptheme'>{{name}}</a>{{{children}}}</li>")}
<script>${RENDER_CHANNELS}
var channelsTagParent = ${data}; //父级栏目信息
renderChannelTemplate('topMenuTpl', channelsTagParent, 'topMenu');</script></div><ul class="nav-tail">`;
  }
  return `</ul><div class="nav-box"><ul class="nav-menu" id="navMenu"></ul>
<script>${RENDER_NAV}
var navData=${navDataLiteral(tree)};
document.getElementById('navMenu').innerHTML=navHtml(navData);</script></div><ul class="nav-tail">`;
}

/** The group a column belongs to, by its place in the channel tree. */
export function groupOf(category: string | undefined): number {
  return Math.max(
    0,
    CHANNEL_GROUPS.findIndex((g) => g.entries.some((e) => 'category' in e && e.category === category)),
  );
}

/** The left 信息公开 menu of a channel page: the group's channels, from the data the top menu carries. */
export function scriptnavLeftMenu(bureau: SimBureau, group: number): string {
  if (jsonForm(bureau)) {
    return `<div class="ldxx-left-menu"><p class="list-left-title"><span><script>document.write(channelsTagParent[${group}].showName);</script></span></p><ul class="ldxx-public-left-menu-img" id="subMenu"></ul>${template('subMenuTpl', "<li><a href='{{pcUrl}}' class='ariaskiptheme'><span><strong>{{name}}</strong></span></a>{{{children}}}</li>")}
<script>renderChannelTemplate('subMenuTpl', channelsTagParent[${group}].children, 'subMenu');</script></div>`;
  }
  return `<div class="left-menu"><h3><script>document.write(navData[${group}].name);</script></h3><ul id="leftMenu"></ul>
<script>document.getElementById('leftMenu').innerHTML=navHtml(navData[${group}].children||[]);</script></div>`;
}

/** The site's footer links, plain HTML: the 网站地图 among them. */
export function scriptnavFooter(bureau: SimBureau, today: Day): string {
  return `<div class="ft-nav"><a href="${sitePath(bureau, '网站地图', today)}index.html">网站地图</a> | <a href="${sitePath(bureau, '联系我们', today)}index.html">联系我们</a> | <a href="javascript:;" onclick="addFavorite()">加入收藏</a></div>`;
}
