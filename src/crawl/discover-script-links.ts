import { collapseSpace } from '../extract/dates.js';
import { jsonInString, type Literal, scriptLiterals } from './script-literals.js';

/**
 * The links a page's menus offer when a script builds them from data in the page (`var navData=[{name,
 * url, children}]`, a CMS's channel JSON with each address a JSON string in `urls`): entries that pair a
 * name with an address, in a list of two or more, children nested. Read, never run. Pure.
 */

/** Keys a menu entry names itself by, and gives its address in, first found first taken. */
const NAME_KEYS = ['name', 'title', 'text', 'label', 'showName', 'chnlName', 'channelName', 'columnName', 'menuName'];
const URL_KEYS = ['url', 'href', 'link', 'urls', 'pcUrl', 'linkUrl', 'chnlUrl', 'channelUrl', 'path'];
/** Flags that hide an entry from the menu the data renders: `showOrNot: 0`, `isShow: false`, `hidden: true`. */
const SHOWN_FLAGS = ['showOrNot', 'isShow', 'show', 'visible', 'display'];
const HIDDEN_FLAGS = ['hidden', 'isHidden', 'hide'];

/** Inline script source read per page: a menu's data is a few tens of kilobytes. */
const SCRIPT_CAP = 256 * 1024;
/** Script types that hold code or data, not a template or a module bundle's text. */
const CODE_TYPE = /^(|text\/javascript|application\/javascript|application\/json|module)$/i;

type Entry = { [key: string]: Literal };

const isEntry = (v: Literal | undefined): v is Entry => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A name without the markup some CMSs keep in it (`<p>政务公开</p>`). */
function plainName(entry: Entry): string {
  for (const key of NAME_KEYS) {
    const v = entry[key];
    if (typeof v !== 'string') continue;
    const name = collapseSpace(v.replace(/<[^>]*>/g, '').replace(/&nbsp;/g, ' ')).trim();
    if (name) return name;
  }
  return '';
}

const ADDRESS = /^(https?:\/\/|\/|\.{1,2}\/|[\w-]+\/|[\w-]+\.s?html?)/i;

/** An entry's address: a string, or a JSON string or object of addresses (`{"pc": "…"}`, pc first). */
function addressOf(entry: Entry): string {
  for (const key of URL_KEYS) {
    const v = entry[key];
    const data = typeof v === 'string' ? (jsonInString(v) ?? v) : v;
    if (typeof data === 'string' && ADDRESS.test(data.trim())) return data.trim();
    if (isEntry(data)) {
      const found = [data.pc, ...Object.values(data)].find((u) => typeof u === 'string' && ADDRESS.test(u.trim()));
      if (typeof found === 'string') return found.trim();
    }
  }
  return '';
}

function hidden(entry: Entry): boolean {
  const off = (v: Literal | undefined) => v === 0 || v === false || v === '0' || v === 'false';
  const on = (v: Literal | undefined) => v === 1 || v === true || v === '1' || v === 'true';
  return SHOWN_FLAGS.some((k) => off(entry[k])) || HIDDEN_FLAGS.some((k) => on(entry[k]));
}

interface MenuEntry {
  name: string;
  address: string;
  list: number;
}

/**
 * The menu entries in a literal: each array of two or more named addresses is one list; sub-lists
 * (`children`, however named) are lists of their own, and a hidden entry's are hidden with it.
 */
function menuEntries(root: Literal): MenuEntry[] {
  const out: MenuEntry[] = [];
  let lists = 0;
  const walk = (v: Literal, depth: number) => {
    if (depth > 12 || v === null || typeof v !== 'object') return;
    if (!Array.isArray(v)) {
      if (!hidden(v)) for (const x of Object.values(v)) walk(x, depth + 1);
      return;
    }
    const linked = v
      .filter((e): e is Entry => isEntry(e) && !hidden(e))
      .map((e) => ({ name: plainName(e), address: addressOf(e) }))
      .filter((e) => e.name && e.address);
    const list = lists++;
    if (linked.length >= 2) out.push(...linked.map((e) => ({ ...e, list })));
    for (const x of v) walk(x, depth + 1);
  };
  walk(root, 0);
  return out;
}

export interface ScriptLink {
  text: string;
  url: string;
  /** The data's list the entry is in, numbered per page. */
  group: string;
}

/** Every same-site link a page's inline script data offers. */
export function scriptDataLinks(html: string, pageUrl: string): ScriptLink[] {
  const base = new URL(pageUrl);
  const out: ScriptLink[] = [];
  const seen = new Set<string>();
  let budget = SCRIPT_CAP;
  let n = 0;
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attrs = m[1] as string;
    const type = attrs.match(/\btype\s*=\s*["']?([^"'\s>]*)/i)?.[1] ?? '';
    const body = m[2] as string;
    if (/\bsrc\s*=/i.test(attrs) || !CODE_TYPE.test(type) || body.length > budget) continue;
    budget -= body.length;
    for (const literal of scriptLiterals(body)) {
      const script = n++;
      for (const e of menuEntries(literal)) {
        let url: URL;
        try {
          url = new URL(e.address, base);
        } catch {
          continue; // An unparseable address is no column.
        }
        url.hash = '';
        const key = `${e.name}|${url.href}`;
        if (url.host !== base.host || !/^https?:$/.test(url.protocol) || seen.has(key)) continue;
        seen.add(key);
        out.push({ text: e.name, url: url.href, group: `${pageUrl}#script${script}.${e.list}` });
      }
    }
  }
  return out;
}
