/**
 * Whether a page's subresource comes from the page's own site: the same host, or the same registrable
 * domain (www.js.gov.cn and zrzy.js.gov.cn are one site; hm.baidu.com is not). Pure.
 */

/** Second-level names under which the registrable domain is three labels long (zrzy.jiangsu.gov.cn → jiangsu.gov.cn). */
const SHARED_SECOND_LEVELS = new Set(['gov', 'com', 'net', 'org', 'edu', 'ac', 'mil']);

function registrable(hostname: string): string {
  // An address is its own site; so is a name of one label (localhost).
  if (/^[\d.]+$/.test(hostname) || hostname.includes(':')) return hostname;
  const labels = hostname.replace(/\.$/, '').split('.');
  const keep = labels.length >= 3 && SHARED_SECOND_LEVELS.has(labels[labels.length - 2] as string) ? 3 : 2;
  return labels.slice(-keep).join('.');
}

export function sameSite(a: string, b: string): boolean {
  return a === b || registrable(a.toLowerCase()) === registrable(b.toLowerCase());
}
