import { isQueryDocument } from './cms-addresses.js';
/**
 * What the words of a page say about the block they sit in, whatever its class names: a footer
 * (版权所有, ICP备, 网站标识码, 公网安备), a breadcrumb (当前位置), a pager (共N页, 下一页), an empty column
 * (暂无信息). Real templates name their blocks arbitrarily; these words are the same on every site.
 */

/** Footer furniture: a block holding these is the site's footer, never a column's item. */
export const FOOTER_WORDS =
  /版权所有|ICP\s*备|网站标识码|公网安备|网安备\s*\d|技术支持[:：]|主办单位[:：]|Copyright\s*(©|\(c\)|\d)/i;

/** A breadcrumb starts with its label: 当前位置：首页 > 栏目. */
export const BREADCRUMB_WORDS = /^\s*(当前位置|您的位置|您现在的位置|你的位置|你现在的位置|所在位置|现在位置)\s*[:：]?/;

/** A pager's own text: a page count, a record count, or a step link. */
export const PAGER_WORDS =
  /共\s*\d+\s*(页|条)|第\s*\d+\s*(\/\s*\d+\s*)?页|^[\s«»‹›<>]*(下一页|上一页|尾页|末页|首页\s*上一页)[\s«»‹›<>]*$|\d+\s*\/\s*\d+\s*页/;

/** A pager built by script (TRS `createPageHTML`, `countPage`): it pages the list it follows. */
export const PAGER_SCRIPT = /createPageHTML\(|\bcountPage\s*=|\bpageCount\s*=|\btotalPage\s*=/;

/** A loader that fills the list slot in the browser (Hanweb jpage, JPaaS): the markup has no items of its own. */
export const LIST_LOADER = /\.jpage\(|loadPageData\(|dataproxy\.jsp/;

export const BLANK_WORDS =
  /暂无(信息|数据|内容|记录|相关|文章)|没有(相关)?(信息|数据|记录|内容)|无相关(信息|内容|记录)|本栏目(暂)?无|信息正在更新中|栏目建设中/;

/** A base for reading a relative href's path and query, whichever site it is on. */
const ANY_ORIGIN = 'http://0.0.0.0/';

/** An href as an address, parsed once; null when it is none (http://exa mple.com/…). */
function addressOf(href: string): URL | null {
  try {
    return new URL(href, ANY_ORIGIN);
  } catch {
    return null;
  }
}

/**
 * A link to a column rather than a document: a directory, a column's index page, the site root. Column
 * trees and menus are made of these; a column's items are documents.
 */
export function isColumnHref(href: string | undefined): boolean {
  if (!href) return true;
  const path = href.trim().split(/[?#]/)[0] ?? '';
  if (path === '' || /^(javascript|mailto|tel):/i.test(path)) return true;
  // index.php?a=show&catid=39&id=390001: a CMS's article behind its index script. A page's hrefs may be
  // anything (http://exa mple.com/…): one that is no address says nothing.
  const query = href.includes('?') ? addressOf(href.trim()) : null;
  if (query && isQueryDocument(query)) return false;
  return path.endsWith('/') || /\/index(_\d+)?\.[a-z]+$|^index(_\d+)?\.[a-z]+$/i.test(path);
}
