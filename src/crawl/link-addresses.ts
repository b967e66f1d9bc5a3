import { columnParams, isQueryDocument } from '../extract/cms-addresses.js';

/**
 * What a link's address alone says: whether it is one document, and which column an article is filed
 * under (its folder, or a CMS's column parameter). Pure.
 */

/**
 * Paths of one document: an article, a download, a detail page (a number of five digits or more as its
 * name, .jhtml too, or a number in a numbered column of a folder named for documents: VSB's
 * `/info/1012/3456.htm`, SiteServer's `/contents/12/345.html`; Epoint's `/004001/1.html` is a list's page).
 */
const DOCUMENT_PATH =
  /(\/(art|detail|content|t\d{8})_?[\w-]*\.s?html?$)|\.(docx?|xlsx?|pdf|zip|rar|wps|jpg|png)$|\/\d{5,}\.[sj]?html?$|\/(info|contents?|articles?|news|show|detail)\/\d+\/\d+\.[sj]?html?$|\/art\/\d/i;
/** The date folders an article is filed under: 202611/, 2026/11/20/, 2026/1217/, 2026-11-20/, 20261120/. */
const DATE_FOLDERS = /\/(19|20)\d{2}([-_]?\d{2}){0,2}(\/\d{1,4}){0,2}\/$/;
/**
 * A page filed in a month's or a day's folder (2026/1108/7.html, 202611/t20261120_1.html, 2026/11/20/a.html):
 * one article of that day. A folder's index page there is an archive's list, not an article.
 */
const DATED_FILE =
  /\/(19|20)\d{2}(([-_]?\d{2}){1,2}|(\/\d{2,4}){1,2})\/([^/]+\/)?(?!(index|list|default)[\w-]*\.)[^/]+\.\w+$/i;

/** Whether an address is one document (an article, a download, a detail page), never a column. */
export function isDocumentUrl(url: URL): boolean {
  return DOCUMENT_PATH.test(url.pathname) || DATED_FILE.test(url.pathname) || isQueryDocument(url);
}

/**
 * The column an article's address sits in: its folder, less the date folders CMSs file articles under. A
 * document at a query-string address (show.asp?id=) sits in no folder of its column: none.
 */
export function articleColumn(url: URL): string | null {
  if (url.search !== '' && isDocumentUrl(url)) return null;
  const dir = url.pathname.replace(/[^/]*$/, '').replace(DATE_FOLDERS, '/');
  return dir === '/' || /\/art\/$/.test(dir) ? null : new URL(dir, url).href;
}

/**
 * Which column an article is filed under, as far as its address says: its column's folder, or the
 * column parameter of a CMS's query-string address (…&catid=23&id=1042); null when it says nothing.
 */
export function articleSource(url: URL): string | null {
  const column = articleColumn(url);
  if (column) return column;
  const [param] = columnParams(url);
  return param ? `${url.pathname}?${param}` : null;
}

/** The class (`classid=13`) an article source names, when it is a query-string CMS's; null for a folder. */
export function sourceClass(source: string): string | null {
  return source.split('?')[1] ?? null;
}
