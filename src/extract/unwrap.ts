/**
 * Brings lists that CMSs hide from an HTML parser back into the markup, before parsing:
 * - Hanweb JCMS keeps the first records as CDATA inside `<script type="text/xml"><datastore>`, and its
 *   `dataproxy.jsp` answers with a bare `<datastore>` document;
 * - TRS 海云 templates sometimes ship the server-rendered list inside an HTML comment and render it with JS.
 * Unwrapped lists are tagged so the list finder can prefer live markup when both exist.
 */

export const UNWRAPPED_RECORDS = 'lw-records';
export const UNWRAPPED_COMMENT = 'lw-comment';

const RECORD = /<record>\s*<!\[CDATA\[([\s\S]*?)\]\]>\s*<\/record>/g;
const XML_ISLAND =
  /<script\b[^>]*type\s*=\s*["']?text\/xml["']?[^>]*>\s*(<datastore>[\s\S]*?<\/datastore>)\s*<\/script>/gi;
const DATASTORE = /<datastore>[\s\S]*?<\/datastore>/gi;
const COMMENT = /<!--([\s\S]*?)-->/g;
/** Cheap test that a comment holds list markup with a date, not a conditional comment or a note. */
const LISTISH = /<(?:li|tr|dd)\b[\s\S]*?<a\b[\s\S]*?[0-9０-９]{1,4}\s*[-/.年月]\s*[0-9０-９]{1,2}/i;

/** Set on an unwrapped record list that the data source itself says is empty (a blank column). */
export const EMPTY_RECORDS_ATTR = 'data-lw-empty';

function recordsToList(datastore: string): string {
  const items = [...datastore.matchAll(RECORD)].map((m) => m[1]).join('\n');
  // Zero records, said outright (totalrecord 0) or by an empty record set (jpage replies carry no count).
  const none = /<totalrecord>\s*0\s*<\/totalrecord>|<recordset>\s*<\/recordset>/.test(datastore);
  const empty = items === '' && none ? ` ${EMPTY_RECORDS_ATTR}` : '';
  return `<ul class="${UNWRAPPED_RECORDS}"${empty}>${items}</ul>`;
}

export function unwrapHiddenLists(html: string): string {
  let out = html;
  if (out.includes('<datastore>')) {
    out = out.replace(XML_ISLAND, (_m, store: string) => recordsToList(store));
    out = out.replace(DATASTORE, (store) => recordsToList(store));
  }
  if (out.includes('<!--')) {
    out = out.replace(COMMENT, (whole, body: string) =>
      LISTISH.test(body) ? `<${UNWRAPPED_COMMENT}>${body}</${UNWRAPPED_COMMENT}>` : whole,
    );
  }
  return out;
}
