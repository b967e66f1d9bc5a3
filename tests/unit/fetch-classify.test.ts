import { describe, expect, it } from 'vitest';
import { accessForStatus, redirectedToHomepage } from '../../src/crawl/fetcher.js';

describe('what a fetch outcome tells an inspector', () => {
  it('maps statuses to missing, blocked and unreachable', () => {
    expect([404, 410].map(accessForStatus)).toEqual(['missing', 'missing']);
    expect([401, 403, 412, 451].map(accessForStatus)).toEqual(['blocked', 'blocked', 'blocked', 'blocked']);
    expect([500, 503, 400].map(accessForStatus)).toEqual(['unreachable', 'unreachable', 'unreachable']);
  });

  it('takes a 429 for being asked to slow down, not for a site that is down', () => {
    expect(accessForStatus(429)).toBe('blocked');
  });

  it('treats a column that redirects to the site root as moved', () => {
    expect(redirectedToHomepage('http://a.gov.cn/tzgg/', 'http://a.gov.cn/')).toBe(true);
    expect(redirectedToHomepage('http://a.gov.cn/tzgg/', 'http://a.gov.cn/index.html')).toBe(true);
    expect(redirectedToHomepage('http://a.gov.cn/tzgg/', 'http://a.gov.cn/tzgg/index.shtml')).toBe(false);
    expect(redirectedToHomepage('http://a.gov.cn/', 'http://a.gov.cn/index.html')).toBe(false);
    expect(redirectedToHomepage('http://a.gov.cn/tzgg/', 'http://a.gov.cn/tzgg/')).toBe(false);
  });
});
