import { createHash, timingSafeEqual } from 'node:crypto';
import { isIP } from 'node:net';

/**
 * Who may read the dashboard: anyone on this machine when it listens on loopback; a holder of the token
 * (DASHBOARD_TOKEN) when it listens anywhere else, or whenever a token is set.
 */

export function isLoopback(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  if (h === 'localhost' || h === '::1') return true;
  return isIP(h) === 4 && h.startsWith('127.');
}

/** A token that is too easy to guess is refused at start-up, not discovered later. */
export const MIN_TOKEN_LENGTH = 16;

export class DashboardAccessError extends Error {
  override name = 'DashboardAccessError' as const;
}

/** The token to require, or null on loopback without one; throws when a non-loopback host has none. */
export function requiredToken(host: string, token: string | undefined): string | null {
  const t = token?.trim() ?? '';
  if (t.length > 0 && t.length < MIN_TOKEN_LENGTH) {
    throw new DashboardAccessError(
      `DASHBOARD_TOKEN is too short (${t.length} characters; at least ${MIN_TOKEN_LENGTH})`,
    );
  }
  if (t.length > 0) return t;
  if (isLoopback(host)) return null;
  throw new DashboardAccessError(
    `dashboard: host ${host} is not loopback, so DASHBOARD_TOKEN must be set (refusing to serve without it)`,
  );
}

/** Compares digests of equal length, so the time taken says nothing about how much of a guess was right. */
export function tokenMatches(expected: string, given: string | null | undefined): boolean {
  if (!given) return false;
  const a = createHash('sha256').update(expected).digest();
  const b = createHash('sha256').update(given).digest();
  return timingSafeEqual(a, b);
}

/** The token a request carries: `Authorization: Bearer …` or `?token=…`. */
export function presentedToken(authorization: string | undefined, query: string | undefined): string | null {
  const bearer = authorization?.match(/^Bearer\s+(.+)$/i)?.[1]?.trim();
  return bearer || query || null;
}
