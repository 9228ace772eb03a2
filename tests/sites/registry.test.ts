import { describe, expect, it } from 'vitest';
import {
  CHAT_VENDORS,
  FINANCE_SITES,
  findChatVendor,
  findFinanceSite,
  hostMatchesDomain,
  manifestMatchPatterns,
  registryFor,
} from '../../lib/sites/registry';

const REQUIRED_CN = ['cmb', 'icbc', 'ccb', 'boc', 'abc', 'bocom', 'psbc', 'citic', 'ceb', 'cmbc', 'pingan', 'spdb', 'cib', 'cgb', 'hxb', 'alipay', 'jdjr', 'webank'];

describe('site registry', () => {
  it('lists at least 30 Chinese banks and lending platforms and at least 20 US/UK banks, keeping the first ids', () => {
    const ids = new Set(FINANCE_SITES.map((s) => s.id));
    for (const id of REQUIRED_CN) expect(ids, id).toContain(id);
    expect(FINANCE_SITES.filter((s) => s.region === 'CN').length).toBeGreaterThanOrEqual(30);
    expect(FINANCE_SITES.filter((s) => s.region === 'US' || s.region === 'UK').length).toBeGreaterThanOrEqual(20);
  });

  it('uses ids without dots, so a host name (the id of a site the person enabled) can never clash', () => {
    for (const site of FINANCE_SITES) expect(site.id).toMatch(/^[a-z0-9-]+$/);
  });

  it('lists the chat hosts of every vendor an adapter reads, with names in both languages', () => {
    const vendorIds = new Set(CHAT_VENDORS.map((v) => v.id));
    for (const id of ['liveperson', 'salesforce-miaw', 'salesforce-esw', 'genesys', 'nuance', 'dynamics-omnichannel', 'egain', 'zendesk', 'intercom', 'livechat', 'freshchat', 'easemob', 'meiqia', 'qiyu', 'sobot', 'udesk', '7moor', 'live800', '53kf', 'alipay-cs', 'jd-dongdong']) {
      expect(vendorIds, id).toContain(id);
    }
    for (const vendor of CHAT_VENDORS) {
      expect(vendor.name.zh.length, vendor.id).toBeGreaterThan(0);
      expect(vendor.name.en.length, vendor.id).toBeGreaterThan(0);
    }
  });

  it('never lists a shared CDN or a whole marketplace as a vendor host', () => {
    const hosts = CHAT_VENDORS.flatMap((v) => v.hosts);
    for (const broad of ['azureedge.net', 'force.com', 'jd.com', 'qq.com', 'amazonaws.com', 'cloudfront.net', 'salesforce.com']) {
      expect(hosts, broad).not.toContain(broad);
    }
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
    // cschannel.alipay.com is covered by alipay.com, so it adds no pattern of its own.
    expect(patterns).not.toContain('https://cschannel.alipay.com/*');
    expect(patterns).toContain('https://jdcs.jd.com/*');
    expect(patterns).not.toContain('https://*.jd.com/*');
    const domainCount = FINANCE_SITES.flatMap((s) => s.domains).length + CHAT_VENDORS.flatMap((v) => v.hosts).length;
    expect(patterns).toHaveLength((domainCount - 1) * 2);
  });

  it('keeps the demo and fixture hosts out of the store registry', () => {
    const store = registryFor(false);
    const hosts = [...store.sites.flatMap((s) => s.domains), ...store.vendors.flatMap((v) => v.hosts)];
    expect(hosts.filter((h) => h.endsWith('.test'))).toEqual([]);
    expect(manifestMatchPatterns(store.sites, store.vendors).some((p) => p.includes('.test/'))).toBe(false);
    const test = registryFor(true);
    expect(test.sites.map((s) => s.id)).toContain('demobank');
    expect(test.vendors.map((v) => v.id)).toContain('demo-vendor');
    expect(test.sites.length - store.sites.length).toBe(test.sites.filter((s) => s.demo).length);
  });
});
