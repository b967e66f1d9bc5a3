import { fnv1a } from '../domain/hash.js';
import type { Day } from '../domain/types.js';
import { hanwebSiteId } from './families.js';
import { type SimBureau, type SimItem, type SimListSource, type SimSection, sectionPath } from './model.js';
import { dateStyle, plainStyle, showDate } from './page-dates.js';
import { hanwebRecord } from './page-lists.js';

/**
 * Hanweb jpage columns: the list page holds only the jpage configuration in a script (and, on a third
 * of them, the first records in a `<datastore>` island); `dataproxy.jsp` answers POSTs with the records.
 */

type Jpage = Extract<SimListSource, { kind: 'jpage' }>;

export const JPAGE_PROXY = '/module/web/jpage/dataproxy.jsp';
export const LEGACY_JPAGE_PROXY = '/module/jpage/dataproxy.jsp';

/** The form fields a jpage script posts, the way Hanweb sites send them. */
export interface JpageQuery {
  webid: number;
  columnid: number;
  unitid: number;
}

export function jpageQuery(bureau: SimBureau, source: Jpage): JpageQuery {
  return {
    webid: hanwebSiteId(bureau),
    columnid: source.columnId,
    unitid: 10_000 + (fnv1a(`unit:${bureau.id}:${source.columnId}`) % 90_000),
  };
}

export function proxyPath(source: Jpage): string {
  return source.config === 'legacy-path' ? LEGACY_JPAGE_PROXY : JPAGE_PROXY;
}

/** The list page's body: a container, perhaps an island, and the script that configures the endpoint. */
export function jpageBody(
  bureau: SimBureau,
  section: SimSection,
  source: Jpage,
  items: SimItem[],
  today: Day,
  perPage: number,
): string {
  const q = jpageQuery(bureau, source);
  const proxy = proxyPath(source);
  const base = sectionPath(bureau, section, today);
  const style = plainStyle(dateStyle(bureau, items, today));
  const island = source.inline
    ? `<script type="text/xml"><datastore><nextgroup><![CDATA[<a href="${proxy}?page=1">]]></nextgroup><recordset>${items
        .map((i) => hanwebRecord(base, i, showDate(i.date, style)))
        .join('')}</recordset></datastore></script>`
    : '';
  const fields = `col:1,appid:1,webid:${q.webid},path:'/',columnid:${q.columnid},sourceContentType:1,unitid:${q.unitid},webname:'${bureau.name}',permissiontype:0`;
  const end = perPage * 3;
  let call: string;
  switch (source.config) {
    case 'ajax-param':
      call = `var ajaxParam = {${fields}};
$('#${q.unitid}').jpage({ dataStore: typeof dataStore === 'undefined' ? [] : dataStore, proxyUrl: '${proxy}', ajaxParam: ajaxParam, perPage: ${perPage}, groupSize: 3, barPosition: 'bottom', ajaxType: 'POST', dataBefore: '<ul class="list">', dataAfter: '</ul>' });`;
      break;
    default:
      call = `$.ajax({ type: 'POST', url: '${proxy}?startrecord=1&endrecord=${end}&perpage=${perPage}', data: {${fields}}, success: function (xml) { $('#${q.unitid}').jpage({ dataStore: $(xml).find('record'), perPage: ${perPage} }); } });`;
  }
  return `<div class="list" id="${q.unitid}">${island}</div>\n<script type="text/javascript">${call}</script>`;
}

/** What `dataproxy.jsp` answers for records `start`..`end` (1-based, inclusive) of a jpage column. */
export function jpageReply(
  bureau: SimBureau,
  section: SimSection,
  items: SimItem[],
  start: number,
  end: number,
  today: Day,
): string {
  const base = sectionPath(bureau, section, today);
  const style = plainStyle(dateStyle(bureau, items, today));
  const shown = items.slice(Math.max(0, start - 1), Math.max(0, end));
  const next = end < items.length ? `<a href="${JPAGE_PROXY}?startrecord=${end + 1}">` : '';
  return `<?xml version="1.0" encoding="UTF-8"?><datastore><nextgroup><![CDATA[${next}]]></nextgroup><recordset>${shown
    .map((i) => hanwebRecord(base, i, showDate(i.date, style)))
    .join('')}</recordset></datastore>`;
}

/** The reply for a column the endpoint does not know. */
export const EMPTY_DATASTORE =
  '<?xml version="1.0" encoding="UTF-8"?><datastore><nextgroup><![CDATA[]]></nextgroup><recordset></recordset></datastore>';
