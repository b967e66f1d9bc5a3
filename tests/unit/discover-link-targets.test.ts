import { describe, expect, it } from 'vitest';
import { frameSources } from '../../src/crawl/discover-frames.js';
import { siteLinks } from '../../src/crawl/discover-links.js';

const PAGE = 'http://zrzy.example.gov.cn/';
const links = (html: string) => siteLinks(html, PAGE).map((l) => [l.text, l.url]);

describe('what a person can click on a homepage, beyond <a href>', () => {
  it('reads an image map, a jump menu, and buttons or tiles that carry or open their address', () => {
    const html = `<img usemap="#m"><map name="m"><area shape="rect" href="/zwgk/" alt="政务公开"></map>
<select onchange="window.open(this.value)"><option value="">请选择栏目</option><option value="/tzgg/">通知公告</option></select>
<button data-href="/bszn/">办事指南</button>
<div class="tile" onclick="location.href='/zdgg/'">征地公告</div>`;
    expect(links(html)).toEqual([
      ['政务公开', `${PAGE}zwgk/`],
      ['通知公告', `${PAGE}tzgg/`],
      ['办事指南', `${PAGE}bszn/`],
      ['征地公告', `${PAGE}zdgg/`],
    ]);
  });

  it('names an icon link by the caption set beside or under its image (an alt of 图标 is none), only where the item holds no other link', () => {
    const html = `<ul class="icons"><li><a href="/public/1/index.html"><img src="/i/1.png"></a><p>信息公开</p></li>
<li><a href="/djgz/"><img src="/i/2.png"></a><p>党建工作</p></li>
<li><a href="/hdjl/ldxx/"><img src="/i/3.png" alt="图标"><p>局长留言板</p></a></li></ul>
<div><a href="/x/"><img src="/i/3.png"></a><a href="/y/">土地供应</a><span>两个链接</span></div>`;
    expect(links(html)).toEqual([
      ['信息公开', `${PAGE}public/1/index.html`],
      ['党建工作', `${PAGE}djgz/`],
      ['局长留言板', `${PAGE}hdjl/ldxx/`],
      ['土地供应', `${PAGE}y/`],
    ]);
  });

  it('takes no address from a select that does not navigate, nor from text that only looks like one', () => {
    const html = `<select name="year"><option value="/2026/">2026</option></select><p onclick="return false">/tzgg/</p>`;
    expect(links(html)).toEqual([]);
  });

  it("names a page's same-site frames, not another site's", () => {
    const html = `<iframe src="/gkml/ml.html" title="目录"></iframe><iframe src="http://map.other.cn/x"></iframe><frame src='./left.htm'>`;
    expect(frameSources(html, `${PAGE}gkzl/index.html`)).toEqual([`${PAGE}gkml/ml.html`, `${PAGE}gkzl/left.htm`]);
  });
});
