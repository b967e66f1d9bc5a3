import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** How often each message reached a stand-in. */
export type Tally = { once: number; twice: number; never: number };

/** A webhook stand-in for the kill loop (`kill-loop.ts`): it answers like 企业微信 and keeps every body. */
export async function startWebhook(): Promise<{ url: string; bodies: string[]; close: () => Promise<void> }> {
  const bodies: string[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (d: Buffer) => {
      body += d.toString();
    });
    req.on('end', () => {
      bodies.push(body);
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"errcode":0,"errmsg":"ok"}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  return { url, bodies, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

export function tally(texts: string[], received: string[]): Tally {
  const t: Tally = { once: 0, twice: 0, never: 0 };
  for (const text of texts) {
    const n = received.filter((r) => r.includes(text)).length;
    if (n === 0) t.never++;
    else if (n === 1) t.once++;
    else t.twice++;
  }
  return t;
}
