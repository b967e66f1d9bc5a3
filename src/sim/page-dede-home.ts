import type { Day } from '../domain/types.js';
import { DEDE_CHANNELS, type DedeChannel } from './dede-channels.js';
import { columnTitle, type SimBureau, type SimSection, sectionPath, visibleItems } from './model.js';
import { channelHref, dedeArticle, dedeEntries, dedeRows, dedeVariant } from './page-dede.js';

/**
 * The homepage blocks of the sixteenth template (page-dede.ts): tab blocks switched by
 * `setTab('one',2,4)` over `<div id="con_one_2">` panes, each with its own 更多»; a 图片新闻 slideshow; on
 * some sites a left accordion (`<dl class="sidemenu">`) of a few columns by channel; 友情链接.
 */

const sectionsOf = (bureau: SimBureau, categories: string[]) =>
  categories.flatMap((c) => bureau.sections.filter((s) => s.category === c));

/** A tab block: heads that switch panes on hover, each pane a column's newest items and its 更多». */
function tabBlock(bureau: SimBureau, today: Day, name: string, sections: SimSection[], rows: number): string {
  if (sections.length === 0) return '';
  const n = sections.length;
  const heads = sections
    .map(
      (s, k) =>
        `<li id="${name}${k + 1}" onmouseover="setTab('${name}',${k + 1},${n})"${k === 0 ? ' class="hover"' : ''}>${columnTitle(bureau, s.category)}</li>`,
    )
    .join('');
  const panes = sections
    .map((s, k) => {
      const base = sectionPath(bureau, s, today);
      const style = k === 0 ? '' : ' style="display:none"';
      return `<div id="con_${name}_${k + 1}"${style}><ul class="c1">${dedeRows(bureau, base, visibleItems(s, today, rows))}</ul><a class="more" href="${base}">更多»</a></div>`;
    })
    .join('');
  return `<div class="tabbox"><div class="tabtitle"><ul>${heads}</ul></div><div class="tabcontent">${panes}</div></div>`;
}

/** The 图片新闻 slideshow: the news column's newest items as pictures with captions. */
function slideshow(bureau: SimBureau, today: Day): string {
  const news = bureau.sections.find((s) => s.category === 'work_news');
  if (!news) return '';
  const base = sectionPath(bureau, news, today);
  const slides = visibleItems(news, today, 5)
    .map(
      (i, k) =>
        `<li><a href="${dedeArticle(base, i)}" target="_blank"><img src="/uploads/allimg/${i.date.slice(2, 4)}${i.date.slice(5, 7)}${i.date.slice(8, 10)}/1-${i.id}${k}.jpg" width="320" height="240" alt="${i.title}"></a><p>${i.title}</p></li>`,
    )
    .join('');
  const photos = DEDE_CHANNELS[1] as DedeChannel;
  const more = dedeEntries(bureau, photos, today).find((e) => e.title === '图片新闻')?.href ?? base;
  return `<div class="focus" id="focus"><div class="hd"><h3>图片新闻</h3><a href="${more}">更多»</a></div><ul class="pic">${slides}</ul><div class="num"><ul><li class="on">1</li><li>2</li><li>3</li><li>4</li><li>5</li></ul></div></div><script>jQuery(".focus").slide({ mainCell:".pic", effect:"fold", autoPlay:true, interTime:4000 });</script>`;
}

/** The left accordion of a few columns by channel, as some county sites keep beside the news. */
function accordion(bureau: SimBureau, today: Day): string {
  const groups = [DEDE_CHANNELS[2], DEDE_CHANNELS[3], DEDE_CHANNELS[5]] as DedeChannel[];
  const shown = 2 + dedeVariant(bureau, 'acc-n', 2);
  const rows = groups
    .map((ch, k) => {
      const links = dedeEntries(bureau, ch, today)
        .filter((e) => e.section)
        .slice(0, shown)
        .map((e) => `<a href="${e.href}">${e.title}</a>`)
        .join('');
      return `<dt onclick="showmenu(${k})"><a href="${channelHref(bureau, ch, today)}">${ch.name}</a></dt><dd id="menu_${k}"${k === 0 ? '' : ' style="display:none"'}>${links}</dd>`;
    })
    .join('');
  return `<div class="leftbox"><dl class="sidemenu">${rows}</dl></div>`;
}

const FRIENDS: [string, string][] = [
  ['中华人民共和国自然资源部', 'http://www.mnr.gov.cn/'],
  ['省自然资源厅', 'http://zrzyt.gov.test/'],
  ['市自然资源和规划局', 'http://zrzy.city.gov.test/'],
  ['县人民政府', 'http://www.county.gov.test/'],
  ['中国土地市场网', 'https://www.landchina.com/'],
];

/** The homepage's blocks after the news the homepage always shows. */
export function dedeHomepage(bureau: SimBureau, today: Day): string {
  const rows = 6 + dedeVariant(bureau, 'rows', 3);
  const land = ['land_auction', 'land_transfer_result', 'supply_plan'];
  const policy = [
    'laws_policies',
    'expro_notice',
    ...(dedeVariant(bureau, 'bcaz', 2) === 0 ? ['compensation_plan'] : []),
  ];
  const tabs = [
    tabBlock(bureau, today, 'one', sectionsOf(bureau, ['work_news', 'notices']), rows),
    tabBlock(
      bureau,
      today,
      'two',
      sectionsOf(bureau, dedeVariant(bureau, 'kyq', 2) ? [...land, 'mining_rights'] : land),
      rows,
    ),
    tabBlock(bureau, today, 'three', sectionsOf(bureau, policy), rows),
  ].join('');
  const left = dedeVariant(bureau, 'acc', 2) === 0 ? accordion(bureau, today) : '';
  const friends = FRIENDS.map(([t, h]) => `<a href="${h}" target="_blank">${t}</a>`).join(' ');
  const tabScript =
    '<script>function setTab(name,cursel,n){for(var i=1;i<=n;i++){var menu=document.getElementById(name+i);var con=document.getElementById("con_"+name+"_"+i);menu.className=i==cursel?"hover":"";con.style.display=i==cursel?"block":"none";}}</script>';
  return `<div class="w1000">${left}<div class="main_r">${slideshow(bureau, today)}${tabs}</div></div><div class="flink"><strong>友情链接：</strong>${friends}</div>${tabScript}`;
}
