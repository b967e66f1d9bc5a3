/**
 * Links as a site builder that publishes static files writes them: relative to the page (`../info/1012/5.htm`
 * from `/xwdt/tzgg.htm`), so the published folder works under any host. Pure.
 */

/** `target` (a path from the root, with its query) from a page in folder `dir` (ending in `/`). */
export function relativePath(dir: string, target: string): string {
  const q = target.indexOf('?');
  const [path, query] = q < 0 ? [target, ''] : [target.slice(0, q), target.slice(q)];
  const from = dir.split('/').filter(Boolean);
  const to = path.split('/').slice(1);
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  const out = `${'../'.repeat(from.length - common)}${to.slice(common).join('/')}${query}`;
  return out === '' ? './' : out;
}

/** `html`'s links to its own site's paths (`<a href="/…">`) written relative to the page at `at` (a path, maybe with a query). */
export function relativeLinks(html: string, at: string): string {
  const path = at.split('?')[0] as string;
  const dir = path.slice(0, path.lastIndexOf('/') + 1);
  return html.replace(/(<a\b[^>]*?\shref=")\/(?!\/)([^"]*)"/g, (_, lead: string, rest: string) => {
    return `${lead}${relativePath(dir, `/${rest}`)}"`;
  });
}
