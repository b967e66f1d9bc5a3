/**
 * HTML built only through the `html` tag: every interpolated value is escaped unless it is already
 * `Html` made by this tag, so scraped text (bureau names, item titles, URLs) can never become markup.
 */

export class Html {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

type Value = Html | string | number | null | undefined | false | readonly Value[];

export function escapeHtml(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function render(v: Value): string {
  if (v === null || v === undefined || v === false) return '';
  if (v instanceof Html) return v.text;
  if (Array.isArray(v)) return v.map(render).join('');
  return escapeHtml(String(v));
}

export function html(strings: TemplateStringsArray, ...values: Value[]): Html {
  let out = strings[0] ?? '';
  values.forEach((v, i) => {
    out += render(v) + (strings[i + 1] ?? '');
  });
  return new Html(out);
}

/** A link to a bureau's own site: only http(s) addresses, never sending our URL (a token) as referrer. */
export function outLink(text: string, url: string | null | undefined): Html {
  if (!url || !/^https?:\/\//i.test(url)) return html`${text}`;
  return html`<a href="${url}" rel="noopener noreferrer nofollow" target="_blank">${text}</a>`;
}

export interface Layout {
  lang: 'zh-CN' | 'en';
  title: string;
  nav: { href: string; label: string; current: boolean }[];
  /** The same page in the other language. */
  switchLang: { href: string; label: string };
  body: Html;
}

export function layout(p: Layout): string {
  return `<!DOCTYPE html>${html`<html lang="${p.lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${p.title} · landwatch</title><link rel="stylesheet" href="/style.css"></head>
<body><header><nav>${p.nav.map(
    (n) => html`<a href="${n.href}"${n.current ? html` aria-current="page"` : ''}>${n.label}</a>`,
  )}<a class="lang" href="${p.switchLang.href}">${p.switchLang.label}</a></nav></header>
<main><h1>${p.title}</h1>${p.body}</main></body></html>`}`;
}

/** Small, no framework, no external assets; tables scroll sideways on a phone instead of squeezing. */
export const STYLE = `
@font-face{font-family:"landwatch-cjk";src:url(/font/cjk.otf) format("opentype");font-display:swap;unicode-range:U+2E80-9FFF,U+F900-FAFF,U+FE30-FE4F,U+FF00-FFEF}
*{box-sizing:border-box}
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI","Noto Sans CJK SC","PingFang SC","Microsoft YaHei","landwatch-cjk",sans-serif;color:#1d2733;background:#f5f7fa;line-height:1.5}
header{background:#1f4e79;position:sticky;top:0;z-index:1}
nav{display:flex;flex-wrap:wrap;gap:.25rem;max-width:1100px;margin:0 auto;padding:.4rem .6rem}
nav a{color:#fff;text-decoration:none;padding:.35rem .6rem;border-radius:4px}
nav a[aria-current]{background:#2d66a5}
nav a.lang{margin-left:auto;opacity:.85}
main{max-width:1100px;margin:0 auto;padding:.6rem .8rem 2rem}
h1{font-size:1.3rem;margin:.6rem 0}
h2{font-size:1.1rem;margin:1.2rem 0 .4rem}
.scroll{overflow-x:auto;-webkit-overflow-scrolling:touch;background:#fff;border-radius:6px;box-shadow:0 1px 2px #0002}
table{border-collapse:collapse;width:100%;font-size:.92rem}
th,td{padding:.4rem .55rem;border-bottom:1px solid #e3e8ee;text-align:left;vertical-align:top}
th{background:#eef2f7;position:sticky;top:0;white-space:nowrap}
td.num{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}
tr.vetoed td{background:#fff4f0}
.up{color:#2e7d32}.down{color:#c62828}
.state{display:inline-block;padding:0 .4rem;border-radius:3px;font-size:.85rem;white-space:nowrap}
.s-fresh{background:#e3f3e6}.s-due{background:#fff2cc}.s-stale{background:#f8cbad}.s-blank,.s-missing{background:#e7e6e6}
.s-undated{background:#fde9d9}.s-unreachable,.s-blocked,.s-unparsed{background:#ddebf7}
form.filter{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center;margin:.4rem 0 .8rem}
form.filter select,form.filter button{font-size:1rem;padding:.3rem .5rem}
.tabs a{margin-right:.6rem}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(320px,1fr));gap:.8rem}
figure{margin:0;background:#fff;border-radius:6px;padding:.4rem;box-shadow:0 1px 2px #0002}
figure img{width:100%;height:auto;display:block}
figcaption{font-size:.9rem}
.muted{color:#5b6b7b;font-size:.9rem}
.why{min-width:14rem}
td.name{min-width:9em}
@media (max-width:600px){th,td{padding:.35rem .4rem;font-size:.85rem}.hide-narrow{display:none}}
`;
