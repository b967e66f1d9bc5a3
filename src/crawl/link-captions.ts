import type { AnyNode, Element } from 'domhandler';
import { isTag, isText } from 'domhandler';

/** What a link or a block says of itself in text: its caption, less counts and dates, and a block's 更多. Pure. */

export const MORE = /^(更多|more|查看更多|\+|>>|》)/i;
/** A 更多 at the end of a caption's text. */
export const MORE_TAIL = /(更多|more|查看更多)?\s*(\+|>>|》|>)?$/i;
/**
 * What a tile or tree entry adds after its title: an item count (9, (9), 【9】, 9条) or a last update
 * (2026-12-01). A caption of digits alone (12345, 12336) is a title.
 */
const CAPTION_TAIL =
  /^(.*[^\d\s\-/.:：])\s*(?:[(（【[]\s*\d+\s*(?:条|篇)?\s*[)）】\]]|\d+\s*(?:条|篇)?|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})$/;

/** A link's caption less a trailing item count or date, when what is left is a title of two characters or more. */
export function captionTitle(caption: string): string {
  const title = caption.match(CAPTION_TAIL)?.[1]?.trim();
  return title && title.length >= 2 ? title : caption;
}

/** An image's alt that only says it is an image (图标, 图片, icon1): no caption. */
const PLACEHOLDER_ALT = /^(?:图标|图片|图像|icon|ico|img|image|pic|logo|banner)\s*\d*$/i;

export function textOf(node: AnyNode): string {
  if (isText(node)) return node.data;
  if (!isTag(node) || node.name === 'script' || node.name === 'style') return '';
  if (node.name === 'img') {
    const alt = node.attribs.alt ?? node.attribs.title ?? '';
    return PLACEHOLDER_ALT.test(alt.trim()) ? '' : alt;
  }
  return node.children.map(textOf).join('');
}

/** A 目录 entry's number before its title, in an element of its own (0203, 01): no part of the title. */
const CATALOGUE_CODE = /^\s*\d{2,8}\s*$/;

/** A link's visible text, less a catalogue number that leads it in an element of its own. */
export function captionText(a: Element): string {
  const [first, ...rest] = a.children.filter((c) => !isText(c) || c.data.trim() !== '');
  const tail = rest.map(textOf).join('');
  return first && isTag(first) && CATALOGUE_CODE.test(textOf(first)) && tail.trim().length >= 2 ? tail : textOf(a);
}

export function textWithoutLinks(node: AnyNode): string {
  if (isTag(node) && (node.name === 'a' || node.name === 'ul')) return '';
  return isTag(node) ? node.children.map(textWithoutLinks).join('') : textOf(node);
}
