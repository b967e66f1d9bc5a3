import { parseArgs } from 'node:util';
import { createApp } from '../app/app.js';
import { checkBureauIds } from '../config/bureau-ids.js';
import { STATE_LABELS } from '../render/labels.js';
import { renderTable } from '../render/table.js';
import { openStore } from '../store/store.js';
import { commonOptions, configFrom, crawlerForConfig, dataDir, type Io, parseNow, UsageError } from './common.js';
import { rememberCatalog } from './data-catalog.js';

export const checkHelp = `landwatch check [--config DIR | --bureaus FILE] [--data DIR] [--now ISO] [--json] [--bureau ID]

Checks every watched section once, stores what it saw in the data folder and prints one line per section.
--json prints one JSON object per line: { "bureau", "category", "url", "state", "newest", "ageDays" }.`;

export async function checkCommand(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({ args, options: { ...commonOptions, bureau: { type: 'string' } } });
  if (values.help) {
    io.out(checkHelp);
    return 0;
  }
  const config = configFrom(values);
  const dir = dataDir(values.data, io);
  const store = await openStore(dir);
  rememberCatalog(dir, values, config);
  const crawler = await crawlerForConfig(config);
  const app = createApp({ config, store, ...crawler, now: parseNow(values.now) });
  // Accepted addresses apply here as in the bot: the catalog is the one place that knows them.
  const catalog = app.catalog();
  const unknown = values.bureau === undefined ? undefined : checkBureauIds(config, [values.bureau]);
  if (unknown) throw new UsageError(`--bureau: ${unknown}`);
  const sections = values.bureau ? (catalog.bureau(values.bureau)?.sections ?? []) : catalog.sections;
  const progress = io.isTty && !values.json;
  const { results, relocated } = await app.check({
    sections,
    onSection: (r, done, total) => {
      if (values.json)
        io.out(
          JSON.stringify({
            bureau: r.bureau,
            category: r.category,
            url: r.url,
            state: r.state,
            newest: r.newest,
            ageDays: r.ageDays,
          }),
        );
      else if (progress) process.stderr.write(`\r${bar(done, total)} ${done}/${total}`);
    },
  });
  // A one-off check still leaves its relocation proposals in the outbox for the bot to deliver.
  const { error } = await relocated;
  await crawler.browser?.close();
  if (progress) process.stderr.write('\n');
  if (error) io.err(`relocation search failed: ${error.message}`);
  if (!values.json) {
    const rows = [...results]
      .sort((a, b) => a.bureau.localeCompare(b.bureau) || a.category.localeCompare(b.category))
      .map((r) => [
        r.bureau,
        r.category,
        `${STATE_LABELS[r.state]} (${r.state})`,
        r.newest ?? '-',
        r.ageDays === null ? '-' : String(r.ageDays),
        r.reason ?? '',
      ]);
    io.out(renderTable(['bureau', 'category', 'state', 'newest', 'age', 'note'], rows));
    const counts = new Map<string, number>();
    for (const r of results) counts.set(r.state, (counts.get(r.state) ?? 0) + 1);
    io.out(
      `\n${results.length} sections: ${[...counts].map(([s, n]) => `${s} ${n}`).join(', ')}  (stored in ${store.file})`,
    );
  }
  return 0;
}

function bar(done: number, total: number): string {
  const width = 30;
  const filled = total === 0 ? width : Math.round((done / total) * width);
  return `[${'#'.repeat(filled)}${' '.repeat(width - filled)}]`;
}
