import { describe, expect, it } from 'vitest';
import { sameSite } from '../../src/crawl/browser/same-site.js';

describe('sameSite', () => {
  it('takes a province portal and its bureau subdomains for one site', () => {
    expect(sameSite('zrzy.jiangsu.gov.cn', 'www.jiangsu.gov.cn')).toBe(true);
    expect(sameSite('static.example.com.cn', 'www.example.com.cn')).toBe(true);
    expect(sameSite('a.example.org', 'example.org')).toBe(true);
  });

  it('tells other sites apart: analytics, another province, a lookalike suffix', () => {
    expect(sameSite('hm.baidu.com', 'zrzy.jiangsu.gov.cn')).toBe(false);
    expect(sameSite('zrzy.zj.gov.cn', 'zrzy.jiangsu.gov.cn')).toBe(false);
    expect(sameSite('jiangsu.gov.cn.evil.com', 'jiangsu.gov.cn')).toBe(false);
  });

  it('matches addresses exactly', () => {
    expect(sameSite('127.0.0.1', '127.0.0.1')).toBe(true);
    expect(sameSite('127.0.0.2', '127.0.0.1')).toBe(false);
    expect(sameSite('[::1]', '[::1]')).toBe(true);
  });
});
