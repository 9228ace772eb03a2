import { describe, expect, it } from 'vitest';
import {
  CHAT_VENDORS,
  FINANCE_SITES,
  findChatVendor,
  findFinanceSite,
  hostMatchesDomain,
  manifestMatchPatterns,
} from '../../lib/sites/registry';

const REQUIRED_CN = ['cmb', 'icbc', 'ccb', 'boc', 'abc', 'bocom', 'psbc', 'citic', 'ceb', 'cmbc', 'pingan', 'spdb', 'cib', 'cgb', 'hxb', 'alipay', 'jdjr', 'webank'];

describe('site registry', () => {
  it('lists the 18 major Chinese banks and platforms and at least 12 US/UK banks', () => {
    const ids = new Set(FINANCE_SITES.map((s) => s.id));
    for (const id of REQUIRED_CN) expect(ids, id).toContain(id);
    expect(FINANCE_SITES.filter((s) => s.region === 'US' || s.region === 'UK').length).toBeGreaterThanOrEqual(12);
  });

  it('has unique ids and names in both languages', () => {
    const ids = FINANCE_SITES.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const site of FINANCE_SITES) {
      expect(site.name.zh.length, site.id).toBeGreaterThan(0);
      expect(site.name.en.length, site.id).toBeGreaterThan(0);
      expect(site.domains.length, site.id).toBeGreaterThan(0);
    }
  });

  it('never lists a domain twice, across banks and vendors', () => {
    const all = [...FINANCE_SITES.flatMap((s) => s.domains), ...CHAT_VENDORS.flatMap((v) => v.hosts)];
    expect(new Set(all).size).toBe(all.length);
  });

  it.each([
    ['cmbchina.com', 'cmbchina.com', true],
    ['www.cmbchina.com', 'cmbchina.com', true],
    ['CS.CMBCHINA.COM.', 'cmbchina.com', true],
    ['evilcmbchina.com', 'cmbchina.com', false],
    ['cmbchina.com.evil.cn', 'cmbchina.com', false],
    ['jd.com', 'jr.jd.com', false],
  ])('hostMatchesDomain(%s, %s) is %s', (host, domain, expected) => {
    expect(hostMatchesDomain(host, domain)).toBe(expected);
  });

  it('finds banks and vendors by host', () => {
    expect(findFinanceSite('creditcard.cmbchina.com')?.id).toBe('cmb');
    expect(findFinanceSite('www.jd.com')).toBeUndefined();
    expect(findFinanceSite('demobank.test')?.demo).toBe(true);
    expect(findChatVendor('webchat.7moor.com')?.id).toBe('7moor');
    expect(findChatVendor('example.com')).toBeUndefined();
  });

  it('generates HTTPS-only match patterns covering each domain and its subdomains, never all URLs', () => {
    const patterns = manifestMatchPatterns();
    expect(patterns).toContain('https://cmbchina.com/*');
    expect(patterns).toContain('https://*.cmbchina.com/*');
    expect(patterns).toContain('https://*.demobank.test/*');
    expect(patterns.some((p) => p.includes('<all_urls>') || p.startsWith('*://*/') || p === 'https://*/*')).toBe(false);
    expect(patterns.every((p) => p.startsWith('https://'))).toBe(true);
    const domainCount = FINANCE_SITES.flatMap((s) => s.domains).length + CHAT_VENDORS.flatMap((v) => v.hosts).length;
    expect(patterns).toHaveLength(domainCount * 2);
  });
});
