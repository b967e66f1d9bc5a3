import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { CHALLENGE_COOKIE, CookieGate } from '../../src/sim/challenge.js';
import { generateNetwork } from '../../src/sim/network.js';

/** The cookie comes only from running the challenge page's script; it lapses after its time. */

const bureau = generateNetwork({ seed: 3, size: 2, origin: '2026-11-27' }).bureaus[0];

function solve(page: string): string {
  let cookie = '';
  const context = vm.createContext({
    document: {
      set cookie(v: string) {
        cookie = v.split(';')[0] ?? '';
      },
    },
    location: { reload: () => undefined },
  });
  new vm.Script(page.match(/<script type="text\/javascript">([\s\S]*?)<\/script>/)?.[1] ?? '').runInContext(context);
  return cookie;
}

describe('the cookie challenge', () => {
  it('lets a solved cookie through until its time is up, and each challenge asks for another value', () => {
    if (!bureau) throw new Error('no bureau generated');
    let now = 0;
    const gate = new CookieGate({ ttlMs: 1000, maxRequests: 100 }, () => now);
    const first = gate.check(bureau, undefined) ?? '';
    const cookie = solve(first);
    expect(cookie.startsWith(`${CHALLENGE_COOKIE}=`)).toBe(true);
    expect(gate.check(bureau, `a=1; ${cookie}`)).toBeNull();
    now = 999;
    expect(gate.check(bureau, cookie)).toBeNull();
    now = 1000;
    const second = gate.check(bureau, cookie) ?? '';
    expect(second).toContain('location.reload()');
    expect(solve(second)).not.toBe(cookie);
    expect(gate.check(bureau, `${CHALLENGE_COOKIE}=guess`)).not.toBeNull();
  });
});
