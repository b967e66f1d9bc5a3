/**
 * How PHP/ASP CMSs (PHPCMS, DedeCMS, 动易, …) address their pages by query string rather than folder: a
 * list at `index.php?a=lists&catid=39` or `list.asp?classid=12`, its articles at
 * `index.php?a=show&catid=39&id=390001`, `plus/view.php?aid=12`, `ShowArticle.asp?ArticleID=7` or
 * `content.jsp?wbtreeid=1012&wbnewsid=3456`, or by a route in the query (`index.php?s=/content/345`,
 * `/?content/345.html`). Pure.
 */

/**
 * The parameters by which a CMS files a page under its column (catid, typeid, ClassID, BigClassID, tid,
 * VSB's wbtreeid, …).
 */
const COLUMN_PARAM = /^(\w*(cat|class|tree|column|channel|node)id|tid|typeid|cid|lmid)$/i;
/** A parameter naming one document (ArticleID, NewsID, InfoID, docid, VSB's wbnewsid): its page is that document. */
const DOCUMENT_PARAM = /^\w*(news|article|info|content|doc)id$/i;
/** Script names of one document (show.asp, view.php, ShowArticle.asp); ShowClass.asp and list.php are lists. */
const DOCUMENT_SCRIPT = /(show|view|detail|content|article|info)[\w-]*\.(aspx?|php|jsp|do)$/i;
const LIST_SCRIPT = /class|list|channel|column|sort|cat/i;

/** The column parameters an address carries, as `name=value` with the name in lower case. */
export function columnParams(url: URL): string[] {
  return [...url.searchParams]
    .filter(([k, v]) => COLUMN_PARAM.test(k) && v !== '')
    .map(([k, v]) => `${k.toLowerCase()}=${v}`);
}

/**
 * The route a front controller reads from the query (ThinkPHP-style PbootCMS, EyouCMS): `index.php?s=/list/12`,
 * `/?content/345.html`, `/?list/12/`; null when the query holds none.
 */
function queryRoute(url: URL): string | null {
  const s = url.searchParams.get('s');
  if (s?.startsWith('/')) return s;
  // A route is plain path characters: a query with escapes or pairs is none.
  const raw = url.search.slice(1);
  return /^\/?[a-z]+\/[\w./-]*$/i.test(raw) ? raw : null;
}

/** A route to one document: its action (content, show, detail, article, view) and the document's number. */
const DOCUMENT_ROUTE = /^\/?(\w+\/)?(content|show|detail|article|view|info)\/\d+/i;

/** Whether a query-string address is one document (an article), not a list. */
export function isQueryDocument(url: URL): boolean {
  if (url.search === '') return false;
  if (url.searchParams.get('a') === 'show') return true;
  if ([...url.searchParams].some(([k, v]) => v !== '' && DOCUMENT_PARAM.test(k))) return true;
  const route = queryRoute(url);
  if (route !== null) return DOCUMENT_ROUTE.test(route);
  const file = url.pathname.split('/').pop() ?? '';
  return DOCUMENT_SCRIPT.test(file) && !LIST_SCRIPT.test(file);
}
