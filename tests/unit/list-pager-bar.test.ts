import { describe, expect, it } from 'vitest';
import { extractSection } from '../../src/extract/extract.js';

/**
 * A column of one undated notice paged by a Bootstrap pager bar: the pager
 * ties the one row (its article outside the column's folder) to the column.
 */
const page = (pager: string) =>
  `<html><head><meta charset="utf-8"><title>矿产资源出让_某县自然资源局</title></head><body>
<div class="main"><div class="crumbs">当前位置：<a href="/">首页</a> &gt; 矿产资源出让</div>
<div class="content"><ul class="doc_list"><li><a href="/article/330001.html">2025年矿业权转让公示</a></li></ul>
${pager}</div></div>
</body></html>`;
const read = (html: string) =>
  extractSection({ bytes: new TextEncoder().encode(html), url: 'http://127.0.0.1:8080/list_33/', today: '2026-11-27' });

describe('a pager bar', () => {
  it('ties a one-row list to its column through the bar’s nested elements and « » arrows', () => {
    const bar =
      '<nav class="text-center"><ul class="pagination"><li class="disabled"><span>&laquo; 上一页</span></li><li class="active"><span>1</span></li><li class="disabled"><span>下一页 &raquo;</span></li></ul></nav>';
    const x = read(page(bar));
    expect([x.status, x.items.map((i) => i.title)]).toEqual(['undated', ['2025年矿业权转让公示']]);
  });
});
