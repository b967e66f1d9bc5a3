import { describe, expect, it } from 'vitest';
import { siteLinks } from '../../src/crawl/discover-links.js';
import { scriptDataLinks } from '../../src/crawl/discover-script-links.js';

const PAGE = 'http://site.test/';
const pairs = (html: string) => scriptDataLinks(html, PAGE).map((l) => [l.text, l.url]);

describe('scriptDataLinks: menus a script builds from data in the page', () => {
  it('reads a navData array walked by a loop, children nested', () => {
    const html = `<ul id="nav"></ul><script>function navHtml(l){var h='';for(var i=0;i<l.length;i++){h+='<li>'+l[i].name+'</li>';}return h;}
var navData=[{name:'首页',url:'/'},{name:'政务公开',url:'/zwgk/index.html',children:[{name:'通知公告',url:'/zwgk/tzgg/'},
{name:"政策法规",url:"/zwgk/zcfg/index.html"}, // 法规
]}];
document.getElementById('nav').innerHTML=navHtml(navData);</script>`;
    expect(pairs(html)).toEqual([
      ['首页', 'http://site.test/'],
      ['政务公开', 'http://site.test/zwgk/index.html'],
      ['通知公告', 'http://site.test/zwgk/tzgg/'],
      ['政策法规', 'http://site.test/zwgk/zcfg/index.html'],
    ]);
  });

  it('reads a channel JSON: addresses as JSON strings, markup stripped from names, hidden channels left out', () => {
    const channels = [
      {
        showName: '<p>信息公开</p>',
        urls: JSON.stringify({ pc: '/col/col101/index.html' }),
        showOrNot: 1,
        children: [
          {
            showName: '征地信息',
            urls: JSON.stringify({ pc: '/col/col104/index.html', mobile: '/m/104' }),
            showOrNot: 1,
          },
          { showName: '供地计划', urls: JSON.stringify({ pc: '/col/col107/index.html' }), showOrNot: 0 },
          { showName: '<p>矿业权</p>', urls: JSON.stringify({ pc: '/col/col110/index.html' }), showOrNot: 1 },
        ],
      },
      { showName: '互动交流', urls: JSON.stringify({ pc: 'http://site.test/col/col120/index.html' }), showOrNot: 1 },
      { showName: '外站', urls: JSON.stringify({ pc: 'http://other.test/x/' }), showOrNot: 1 },
    ];
    const html = `<script>var channelsTagParent = ${JSON.stringify(channels).replace(/<\//g, '<\\/')};
renderChannelTemplate('tpl', channelsTagParent, 'menu');</script>`;
    expect(pairs(html)).toEqual([
      ['信息公开', 'http://site.test/col/col101/index.html'],
      ['互动交流', 'http://site.test/col/col120/index.html'],
      ['征地信息', 'http://site.test/col/col104/index.html'],
      ['矿业权', 'http://site.test/col/col110/index.html'],
    ]);
  });

  it('finds nothing in scripts that are no menu: analytics, a config object, an ajax call, a template', () => {
    const html = `<script>var _hmt=_hmt||[];(function(){var hm=document.createElement("script");hm.src="https://hm.baidu.com/hm.js?1";
var s=document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm,s);})();</script>
<script>var searchConfig={name:'站内搜索',url:'/search/index.html'};$.ajax({url:'/api/list',data:{page:1,size:10}});
var weeks=['周一','周二'];</script>
<script type="text/x-handlebars-template">{{#each items}}<a href="{{url}}">{{name}}</a>{{/each}}</script>
<script src="/js/nav.js">var navData=[{name:'a1',url:'/a1/'},{name:'a2',url:'/a2/'}]</script>`;
    expect(pairs(html)).toEqual([]);
  });

  it('offers the entries among the page’s links as navigation, once each', () => {
    const html = `<a href="/zwgk/tzgg/">通知公告</a><script>var navData=[{name:'通知公告',url:'/zwgk/tzgg/'},{name:'政策法规',url:'/zwgk/zcfg/'},{name:'关于某事项的通知全文在这里请查阅',url:'/zwgk/art_1.html'}]</script>`;
    expect(siteLinks(html, PAGE).map((l) => [l.text, l.role])).toEqual([
      ['通知公告', 'nav'],
      ['政策法规', 'nav'],
      ['关于某事项的通知全文在这里请查阅', 'document'],
    ]);
  });
});
