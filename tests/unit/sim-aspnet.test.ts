import { describe, expect, it } from 'vitest';
import { aspnetDialect, aspnetTypeId } from '../../src/sim/aspnet-groups.js';
import { listPageSize, type SimBureau, sectionPath, visibleItems } from '../../src/sim/network.js';
import { getPage, serveTemplateSites, TODAY } from '../harness/sim-template-pages.js';

/**
 * The fifteenth template's WebForms behaviour over real HTTP: a site's `/` either is its homepage or sends
 * a 302 to `/Default.aspx`, which is; a `__doPostBack('pager','2')` post to a column's address answers its
 * second list page. The oracle is the generator's items.
 */

const sites = serveTemplateSites('aspnet', { seed: 11, redesignRate: 0 });
const get = (bureau: SimBureau, path: string, form?: string) => getPage(sites.sim, bureau, path, form);

describe('the aspnet template', () => {
  it('serves its homepage at / or behind a 302 to /Default.aspx', async () => {
    const answers = await Promise.all(sites.network.bureaus.map((b) => get(b, '/')));
    expect(answers.some((a) => a.status === 302)).toBe(true);
    expect(answers.some((a) => a.status === 200)).toBe(true);
    for (const [i, a] of answers.entries()) {
      const bureau = sites.network.bureaus[i] as SimBureau;
      if (a.status === 302) expect(a.location).toBe('/Default.aspx');
      const home = a.status === 302 ? await get(bureau, '/Default.aspx') : a;
      expect(home.status).toBe(200);
      expect(home.html).toContain('<title>首页_');
    }
  });

  it('answers a pager postback to a column with the column’s next page', async () => {
    let checked = 0;
    for (const bureau of sites.network.bureaus) {
      // A list the page itself carries (not one a script fetches), longer than a page.
      const section = bureau.sections.find(
        (s) => s.source.kind === 'page' && visibleItems(s, TODAY, 1000).length > listPageSize(bureau),
      );
      if (!section) continue;
      const second = visibleItems(section, TODAY, listPageSize(bureau), 1).map((i) => i.title);
      const at = sectionPath(bureau, section, TODAY);
      const posted = await get(bureau, at, '__EVENTTARGET=pager&__EVENTARGUMENT=2');
      expect(posted.status).toBe(200);
      for (const title of second) expect(posted.html).toContain(title);
      // The same page the pager's query address serves, and not the first page.
      const byQuery = aspnetDialect(bureau.id).list(aspnetTypeId(bureau.id, section.category), 2);
      expect(posted.html).toBe((await get(bureau, byQuery)).html);
      expect(posted.html).not.toBe((await get(bureau, at)).html);
      checked++;
    }
    expect(checked).toBeGreaterThan(3);
  });
});
