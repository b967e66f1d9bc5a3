import type { Day } from '../domain/types.js';
import type { SimBureau, SimItem, SimListSource } from './model.js';
import { dateStyle, plainStyle, showDate } from './page-dates.js';
import { articleUrl } from './page-lists.js';

/**
 * TRS script lists: the rows are literal strings a script writes with `document.write`, or a literal
 * array of records a loop writes. No row is in the markup until a script runs.
 */

type ScriptList = Extract<SimListSource, { kind: 'script' }>;

/** A JavaScript single-quoted string literal. */
export function jsString(s: string): string {
  return `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/<\//g, '<\\/')}'`;
}

export function scriptListBody(
  bureau: SimBureau,
  source: ScriptList,
  base: string,
  items: SimItem[],
  today: Day,
): string {
  const style = plainStyle(dateStyle(bureau, items, today));
  const date = (i: SimItem) => showDate(i.date, style);
  if (source.form === 'document-write') {
    const rows = items
      .map(
        (i) =>
          `document.write(${jsString(`<li><a href="${articleUrl(base, i)}" target="_blank">${i.title}</a><span>${date(i)}</span></li>`)});`,
      )
      .join('\n');
    return `<ul class="list">\n<script type="text/javascript">\n${rows}\n</script>\n</ul>`;
  }
  const records = items
    .map((i) => `{title:${jsString(i.title)},url:${jsString(articleUrl(base, i))},time:${jsString(date(i))}}`)
    .join(',\n');
  return `<ul class="list" id="docList">
<script type="text/javascript">
var list=[${records}];
for (var i = 0; i < list.length; i++) {
  document.write('<li><a href="' + list[i].url + '" target="_blank">' + list[i].title + '</a><span>' + list[i].time + '</span></li>');
}
</script>
</ul>`;
}
