import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Io } from '../../src/cli/common.js';
import { extractCommand } from '../../src/cli/extract.js';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/pages/${name}`, import.meta.url));

async function run(args: string[]): Promise<{ code: number; out: string }> {
  const lines: string[] = [];
  const io: Io = { out: (t) => lines.push(t), err: (t) => lines.push(t), isTty: false, env: {} };
  const code = await extractCommand([...args, '--now', '2026-11-27T04:00:00Z'], io);
  return { code, out: lines.join('\n') };
}

describe('landwatch extract', () => {
  it('JSON keeps its contract and adds via, reason and the endpoint of a script-built list', async () => {
    const { code, out } = await run([
      fixture('hanweb-jcms-jpage-config.html'),
      '--json',
      '--url',
      'http://zrzy.suqian.example.gov.cn/col/col12345/index.html',
    ]);
    const json = JSON.parse(out);
    expect(code).toBe(0);
    expect(json).toMatchObject({ status: 'unparsed', family: 'hanweb-jcms', items: [], newest: null, via: 'page' });
    expect(json.reason).toBe('script-list');
    expect(json.endpoint.url).toBe(
      'http://zrzy.suqian.example.gov.cn/module/web/jpage/dataproxy.jsp?startrecord=1&endrecord=60&perpage=20',
    );
  });

  it('text mode says the list is script-built and names the call it would make, without making it', async () => {
    const { out } = await run([fixture('hanweb-jcms-jpage-config.html')]);
    expect(out).toMatch(/script-built list/);
    expect(out).toMatch(
      /endpoint it would call: POST http:\/\/zrzy\.suqian\.example\.gov\.cn\/module\/web\/jpage\/dataproxy\.jsp\?/,
    );
    expect(out).toMatch(/form: col=1&appid=1&webid=34&path=\/&columnid=12345&sourceContentType=1&unitid=54321&/);
    expect(out).toMatch(/newest: -/);
  });

  it('a list read from script text says via script and has no reason', async () => {
    const json = JSON.parse((await run([fixture('script-document-write-list.html'), '--json'])).out);
    expect([json.status, json.via, json.reason, json.newest, json.items.length]).toEqual([
      'ok',
      'script',
      undefined,
      '2026-11-24',
      4,
    ]);
    expect(Object.keys(json.items[0])).toEqual(['title', 'url', 'date']);
  });
});
