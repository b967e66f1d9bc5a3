import type { Day } from '../domain/types.js';
import type { SimBureau } from './model.js';
import { banner, framePage, leftTable, oldsiteFrames, oldsiteGroups, oldsiteMenu } from './page-oldsite.js';
import { stylePadding, targetBytes } from './page-size.js';

/**
 * The frames of the eighteenth template's framed sites (page-oldsite.ts): the homepage a `<frameset>` of
 * top.htm (banner and menu) over main.htm, with left.htm (every class by group) beside it on some; or, on
 * sites that include their header by iframe, top.htm alone, its links opening in the whole window.
 */

/** The frameset at `/`: no body but a `<noframes>` line for browsers without frames. */
export function frameset(bureau: SimBureau, charset: string): string {
  const main = `<frame src="${framePage(bureau, 'main')}" name="mainFrame" scrolling="auto">`;
  const inner =
    oldsiteFrames(bureau) === 'left'
      ? `<frameset cols="200,*" frameborder="NO" border="0" framespacing="0"><frame src="${framePage(bureau, 'left')}" name="leftFrame" scrolling="NO" noresize>${main}</frameset>`
      : main;
  return `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Frameset//EN" "http://www.w3.org/TR/html4/frameset.dtd">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=${charset}"><title>${bureau.name}</title></head>
<frameset rows="224,*" cols="*" frameborder="NO" border="0" framespacing="0"><frame src="${framePage(bureau, 'top')}" name="topFrame" scrolling="NO" noresize>${inner}</frameset>
<noframes><body>本网站使用了框架技术，但您的浏览器不支持框架，请升级您的浏览器以便正常访问。</body></noframes></html>`;
}

/** A frame's page: the site's stylesheet inline, the body's margins off, a quarter of an ordinary page. */
function framePageHtml(bureau: SimBureau, charset: string, name: string, body: string): string {
  const head = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=${charset}"><title>${bureau.name}</title>`;
  const rest = `</head>\n<body leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">${body}</body></html>`;
  const used = Buffer.byteLength(head + rest) + 16;
  const style = `<style type="text/css">\nbody,td{font-size:12px;color:#333}a{color:#333;text-decoration:none}\n${stylePadding(Math.round(targetBytes(`${bureau.address}/${name}`) / 4) - used)}</style>`;
  return `${head}${style}${rest}`;
}

const TODAY_SCRIPT = `<script language="javascript">var d=new Date();var w=new Array("日","一","二","三","四","五","六");document.write(d.getFullYear()+"年"+(d.getMonth()+1)+"月"+d.getDate()+"日 星期"+w[d.getDay()]);</script>`;

/** top.htm: the banner, the menu (into the main frame, or the whole window from an iframe), the date line. */
export function topFrame(bureau: SimBureau, today: Day, charset: string): string {
  const target = oldsiteFrames(bureau) === 'iframe' ? '_top' : 'mainFrame';
  const date = `<table width="980" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td height="26" background="images/date_bg.gif">&nbsp;${TODAY_SCRIPT}</td><td align="right"><a href="javascript:window.external.AddFavorite('http://'+location.host+'/','${bureau.name}')">加入收藏</a>&nbsp;|&nbsp;<a href="#" onclick="this.style.behavior='url(#default#homepage)';this.setHomePage('http://'+location.host+'/');">设为首页</a>&nbsp;</td></tr></table>`;
  return framePageHtml(
    bureau,
    charset,
    'top',
    `${banner(bureau, true)}${oldsiteMenu(bureau, today, target, true)}${date}`,
  );
}

/** left.htm: every group's left table of classes, opening in the main frame. */
export function leftFrame(bureau: SimBureau, today: Day, charset: string): string {
  const tables = oldsiteGroups(bureau)
    .map((g) => leftTable(bureau, g, today, undefined, 'mainFrame'))
    .join('<table><tr><td height="4"></td></tr></table>');
  return framePageHtml(bureau, charset, 'left', tables);
}
