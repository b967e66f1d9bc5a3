import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { defaultSettings } from '../config/settings.js';
import { createFetcher } from '../crawl/fetcher.js';
import { chinaDay } from '../domain/day.js';
import { extractSection } from '../extract/extract.js';
import { renderTable } from '../render/table.js';
import { commonOptions, type Io, parseNow, UsageError } from './common.js';

export const extractHelp = `landwatch extract <file|url> [--json] [--now ISO] [--list SEL --date SEL] [--charset LABEL] [--url URL]

Finds the section's item list in one page and prints its items and newest date. Lists written by inline
script are read from the script text; for a list built in the browser it names the data endpoint the page
would call (nothing is called). --url gives a saved file its address, to resolve links and that endpoint.
JSON: { "status", "family", "items": [{ "title", "url", "date" }], "newest", "via", "reason" (when not ok),
"endpoint" (when found) }`;

export async function extractCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      ...commonOptions,
      list: { type: 'string' },
      date: { type: 'string' },
      charset: { type: 'string' },
      url: { type: 'string' },
    },
  });
  if (values.help) {
    io.out(extractHelp);
    return 0;
  }
  const target = positionals[0];
  if (!target) throw new UsageError('extract needs a file path or an http(s) URL');
  const now = parseNow(values.now)();
  let bytes: Uint8Array;
  let contentType: string | null = null;
  let url: string | null = values.url ?? null;
  if (/^https?:\/\//i.test(target)) {
    const res = await createFetcher(defaultSettings().fetch)({ url: target });
    if (res.kind !== 'body') {
      io.err(`${target}: ${res.kind === 'failed' ? `${res.access} (${res.reason})` : 'not modified'}`);
      return 1;
    }
    ({ bytes, contentType } = res);
    url = res.finalUrl;
  } else {
    try {
      bytes = await readFile(target);
    } catch (e) {
      io.err(`${target}: cannot read file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
      return 1;
    }
  }
  const x = extractSection({
    bytes,
    contentType,
    url,
    today: chinaDay(now),
    hints: { list: values.list, date: values.date, charset: values.charset },
  });
  if (values.json) {
    io.out(
      JSON.stringify(
        {
          status: x.status,
          family: x.family,
          items: x.items.map((i) => ({ title: i.title, url: i.url, date: i.date })),
          newest: x.newest,
          via: x.via,
          ...(x.status !== 'ok' && x.reason ? { reason: x.reason } : {}),
          ...(x.endpoint ? { endpoint: x.endpoint } : {}),
          ...(x.newestIndex !== null ? { newestProvenance: x.items[x.newestIndex]?.provenance } : {}),
          ...(x.note ? { note: x.note } : {}),
        },
        null,
        2,
      ),
    );
    return 0;
  }
  io.out(
    `status: ${x.status}   family: ${x.family}   charset: ${x.charset ?? '-'}   items: ${x.items.length}   newest: ${x.newest ?? '-'}   via: ${x.via}`,
  );
  if (x.note) io.out(`note: ${x.note}`);
  if (x.reason === 'script-list') io.out('script-built list: the page fills it in the browser, so no date offline');
  if (x.endpoint) io.out(`endpoint it would call: ${x.endpoint.method} ${x.endpoint.url}\n  form: ${x.endpoint.body}`);
  if (x.items.length > 0)
    io.out(
      renderTable(
        ['date', 'title'],
        x.items.map((i) => [i.date ?? '-', i.title.slice(0, 60)]),
      ),
    );
  const p = x.newestIndex !== null ? x.items[x.newestIndex]?.provenance : null;
  if (p) io.out(`newest read from: ${p.path}  "${p.raw}"`);
  return 0;
}
