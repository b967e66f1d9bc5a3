import type http from 'node:http';
import type { SimBureau } from './model.js';

/** How a faulty section fails on the wire. */

/** The per-section anti-bot page: 瑞数 markers and no way through (truth: blocked). */
export function blockedPage(bureau: SimBureau): string {
  return `<html><head><meta r="m" content="${bureau.id}x9"><script r='m'>_$cd=1;</script></head><body></body></html>`;
}

export const UNAVAILABLE = '<html><body>Service Unavailable</body></html>';

/** Headers at once, then a byte a second: no deadline-respecting client ever gets the page. */
export function trickle(res: http.ServerResponse): void {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  res.write('<html><body><ul>');
  const timer = setInterval(() => res.write(' '), 1000);
  res.on('close', () => clearInterval(timer));
}
