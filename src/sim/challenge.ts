import { fnv1a } from '../domain/hash.js';
import type { SimBureau } from './model.js';

/**
 * A 瑞数-like cookie challenge in front of a whole host. A request without a valid cookie gets HTTP 412
 * and a page whose inline script computes the cookie (arithmetic over numbers that change with every
 * challenge, so only running the script yields it), sets it and reloads. A cookie is good for `ttlMs`
 * and `maxRequests`, then the host challenges again.
 */

export const CHALLENGE_COOKIE = 'FSSBBIl1UgzbN7N80T';
/** The script every challenge page loads, as 瑞数 pages do (`r='m'`). */
export const CHALLENGE_SCRIPT_PATH = '/4QbVtADbnLVIc/c.FxJzG50F.js';

export interface ChallengeOptions {
  /** How long a cookie stays good. */
  ttlMs: number;
  /** How many requests a cookie is good for. */
  maxRequests: number;
}

export const DEFAULT_CHALLENGE: ChallengeOptions = { ttlMs: 10 * 60_000, maxRequests: 200 };

/** The numbers of challenge `n` on a host. */
function numbers(bureau: SimBureau, n: number): number[] {
  return [0, 1, 2, 3].map((k) => 1 + (fnv1a(`${bureau.id}:${n}:${k}`) % 99_991));
}

/** What the challenge script computes: the same arithmetic, here and in the page. */
export function cookieValue(bureau: SimBureau, n: number): string {
  let s = 0;
  numbers(bureau, n).forEach((a, i) => {
    s = (s * 31 + a * (i + 7)) % 1_000_003;
  });
  return `${[...bureau.id].reverse().join('')}_${s.toString(36)}`;
}

function challengePage(bureau: SimBureau, n: number): string {
  return `<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta id="${bureau.id}${n}" content="${fnv1a(`m:${bureau.id}:${n}`).toString(36)}" r="m">
<script type="text/javascript" r='m' src="${CHALLENGE_SCRIPT_PATH}"></script>
<script type="text/javascript">(function(){var a=[${numbers(bureau, n).join(',')}];var s=0;for(var i=0;i<a.length;i++){s=(s*31+a[i]*(i+7))%1000003;}
var t='${bureau.id}'.split('').reverse().join('')+'_'+s.toString(36);document.cookie='${CHALLENGE_COOKIE}='+t+'; path=/';location.reload();})();</script>
</head><body></body></html>`;
}

function cookieFrom(header: string | undefined): string | null {
  for (const part of (header ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === CHALLENGE_COOKIE) return value.join('=');
  }
  return null;
}

/** The challenges a server has issued and the cookies they granted. */
export class CookieGate {
  private issued = 0;
  private readonly granted = new Map<string, { at: number; uses: number }>();
  /** Challenges answered with a 412 so far. */
  challenges = 0;

  constructor(
    private readonly options: ChallengeOptions = DEFAULT_CHALLENGE,
    private readonly now: () => number = Date.now,
  ) {}

  /** Null when the request may pass; else the 412 page to send. */
  check(bureau: SimBureau, cookieHeader: string | undefined): string | null {
    const value = cookieFrom(cookieHeader);
    const grant = value ? this.granted.get(`${bureau.id}|${value}`) : undefined;
    if (grant && this.now() - grant.at < this.options.ttlMs && grant.uses < this.options.maxRequests) {
      grant.uses++;
      return null;
    }
    const n = this.issued++;
    this.challenges++;
    // A client that never answers would grow the table forever: forget expired grants now and then.
    if (this.granted.size > 10_000) {
      for (const [k, g] of this.granted) if (this.now() - g.at >= this.options.ttlMs) this.granted.delete(k);
    }
    this.granted.set(`${bureau.id}|${cookieValue(bureau, n)}`, { at: this.now(), uses: 0 });
    return challengePage(bureau, n);
  }
}
