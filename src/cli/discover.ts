import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { crawlerFor } from '../crawl/crawler.js';
import { bestProposals, type Discovery, discoverSections } from '../crawl/discover.js';
import { chinaDay } from '../domain/day.js';
import { renderTable } from '../render/table.js';
import { commonOptions, configFrom, type Io, parseNow, UsageError } from './common.js';

export const discoverHelp = `landwatch discover <homepage url> [--json] [--yaml --id ID --name NAME --level L --province P]
landwatch discover --all [--config DIR | --bureaus FILE]

Finds a bureau's sections from its homepage (and its 政务公开 / 信息公开目录 pages): link titles (or banner
alt texts) are matched to each category's column titles, and a candidate is confirmed only if its page is
a list whose items fit the category (itemWords in indicators.yaml); columns whose titles name no category
are found by their items. --yaml prints a bureaus.yaml entry; --all proposes the missing sections of every
configured bureau, as additions to review.`;

function table(d: Discovery, names: Map<string, string>): string {
  const rows = d.proposals.map((p) => [
    names.get(p.category) ?? p.category,
    p.confirmed ? '✓' : '?',
    p.confidence.toFixed(2),
    p.evidence.by,
    p.evidence.fit === null ? '-' : p.evidence.fit.toFixed(2),
    p.evidence.linkText,
    p.url,
  ]);
  return `${renderTable(['category', 'list', 'confidence', 'found by', 'item fit', 'link text', 'url'], rows)}\n\n${d.pagesFetched} pages fetched; not found: ${d.notFound.map((k) => names.get(k) ?? k).join('、') || '—'}`;
}

export async function discoverCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      ...commonOptions,
      all: { type: 'boolean', default: false },
      yaml: { type: 'boolean', default: false },
      id: { type: 'string' },
      name: { type: 'string' },
      level: { type: 'string' },
      province: { type: 'string' },
    },
  });
  if (values.help) {
    io.out(discoverHelp);
    return 0;
  }
  const config = configFrom(values);
  const names = new Map(config.categories.map((c) => [c.key, c.name]));
  const fetch = config.settings.fetch;
  const deps = {
    ...crawlerFor(fetch),
    categories: config.categories,
    today: chinaDay(parseNow(values.now)()),
  };
  if (values.all) {
    const additions: Record<string, Record<string, string>> = {};
    for (const bureau of config.bureaus) {
      const have = new Set(bureau.sections.map((s) => s.category));
      const missing = config.categories.map((c) => c.key).filter((k) => !have.has(k));
      if (missing.length === 0) continue;
      const found = bestProposals(await discoverSections(bureau.homepage, deps, missing));
      if (found.size > 0) additions[bureau.id] = Object.fromEntries([...found].map(([k, p]) => [k, p.url]));
    }
    io.out(
      values.json
        ? JSON.stringify(additions, null, 2)
        : `# Proposed additions to bureaus.yaml (sections: per bureau id); review before adding.\n${stringify(additions)}`,
    );
    return 0;
  }
  const homepage = positionals[0];
  if (!homepage || !/^https?:\/\//.test(homepage))
    throw new UsageError('discover needs a homepage URL (http or https), or --all');
  const d = await discoverSections(homepage, deps);
  if (values.json) {
    io.out(JSON.stringify(d, null, 2));
  } else if (values.yaml) {
    const sections = Object.fromEntries([...bestProposals(d)].map(([k, p]) => [k, p.url]));
    io.out(
      stringify({
        bureaus: [
          {
            id: values.id ?? 'new-bureau',
            name: values.name ?? '',
            level: values.level ?? 'county',
            province: values.province ?? '',
            homepage,
            sections,
          },
        ],
      }),
    );
  } else {
    io.out(table(d, names));
  }
  return 0;
}
