import { describe, expect, it } from 'vitest';
import { decideOwnership, linkParameterUrl, type OwnershipEvidence } from '../../lib/sites/ownership';
import { findChatVendor, findFinanceSite } from '../../lib/sites/registry';

const rules = {
  findSite: findFinanceSite,
  isVendorHost: (host: string) => findChatVendor(host) !== undefined,
  userOrigins: ['https://www.smallcreditunion.example'],
};

const CMB = 'https://www.cmbchina.com/kefu/';
const SHOP = 'https://shop.example.com/cart';
const MOOR = 'https://webchat.7moor.com/wapchat.html?accessId=abc';

describe('decideOwnership', () => {
  it.each<[string, OwnershipEvidence, string, string]>([
    ['a bank page itself', { frameUrl: CMB, tabUrl: CMB, isTopFrame: true }, 'cmb', 'page'],
    ['a vendor frame inside a bank page', { frameUrl: MOOR, tabUrl: CMB }, 'cmb', 'page'],
    ['a vendor frame whose page only the ancestry names', { frameUrl: MOOR, ancestorOrigins: ['https://www.cmbchina.com'] }, 'cmb', 'page'],
    ['a vendor frame nested two deep in a bank page', { frameUrl: MOOR, ancestorOrigins: ['https://kefu.cmbchina.com', 'https://www.cmbchina.com'] }, 'cmb', 'page'],
    ['an about:blank frame of a bank page', { frameUrl: 'about:blank', tabUrl: CMB }, 'cmb', 'page'],
    ['an about:srcdoc frame of a bank page', { frameUrl: 'about:srcdoc', ancestorOrigins: ['https://www.chase.com'] }, 'chase', 'page'],
    ['a standalone vendor page opened from a bank', { frameUrl: MOOR, tabUrl: MOOR, isTopFrame: true, referrer: 'https://www.bankcomm.com/' }, 'bocom', 'referrer'],
    ['a standalone vendor page with only a fromUrl', { frameUrl: `${MOOR}&fromUrl=${encodeURIComponent('https://www.psbc.com/cn/')}`, tabUrl: `${MOOR}&fromUrl=${encodeURIComponent('https://www.psbc.com/cn/')}`, isTopFrame: true }, 'psbc', 'link'],
    ['JD Dongdong opened from JD Finance', { frameUrl: 'https://jdcs.jd.com/index.action', tabUrl: 'https://jdcs.jd.com/index.action', isTopFrame: true, referrer: 'https://jr.jd.com/' }, 'jdjr', 'referrer'],
    ['a site the person enabled', { frameUrl: 'https://www.smallcreditunion.example/help', tabUrl: 'https://www.smallcreditunion.example/help', isTopFrame: true }, 'www.smallcreditunion.example', 'page'],
    ['a vendor frame on a site the person enabled', { frameUrl: MOOR, tabUrl: 'https://www.smallcreditunion.example/' }, 'www.smallcreditunion.example', 'page'],
    ['a bank frame embedded elsewhere', { frameUrl: 'https://chat.citicbank.com/x', ancestorOrigins: ['https://partner.example'] }, 'citic', 'frame'],
  ])('gives %s to its bank', (_label, evidence, siteId, via) => {
    const verdict = decideOwnership(evidence, rules);
    expect(verdict).toMatchObject({ ok: true, owner: { id: siteId, via } });
  });

  it.each<[string, OwnershipEvidence, string]>([
    ['no frame address', {}, 'no frame'],
    ['a plain-http frame', { frameUrl: 'http://www.cmbchina.com/', tabUrl: 'http://www.cmbchina.com/' }, 'frame is not https'],
    ['a vendor frame on a page nobody can see', { frameUrl: MOOR }, 'page unknown'],
    ['an https frame in a plain-http page', { frameUrl: MOOR, ancestorOrigins: ['http://www.cmbchina.com'] }, 'page is not https'],
    ['a vendor frame on a shop', { frameUrl: MOOR, tabUrl: SHOP }, 'not a finance site'],
    ['a vendor frame on a shop (ancestry only)', { frameUrl: MOOR, ancestorOrigins: ['https://shop.example.com'] }, 'not a finance site'],
    ['an unknown frame on a bank page', { frameUrl: 'https://ads.example.com/x', tabUrl: CMB }, 'frame host not in registry'],
    ['about:blank on a shop', { frameUrl: 'about:blank', tabUrl: SHOP }, 'not a finance site'],
    ['a look-alike of a bank', { frameUrl: 'https://evilcmbchina.com/', tabUrl: 'https://evilcmbchina.com/', isTopFrame: true }, 'not a finance site'],
    ['an unknown frame inside a vendor page', { frameUrl: 'https://ads.example.com/x', ancestorOrigins: ['https://webchat.7moor.com'], referrer: 'https://www.cmbchina.com/' }, 'frame host not in registry'],
    ['a vendor page opened from a shop, whatever its fromUrl says', { frameUrl: `${MOOR}&fromUrl=https%3A%2F%2Fwww.cmbchina.com%2F`, tabUrl: `${MOOR}&fromUrl=https%3A%2F%2Fwww.cmbchina.com%2F`, isTopFrame: true, referrer: SHOP }, 'opened from a site that is not a bank'],
    ['a vendor page opened directly', { frameUrl: MOOR, tabUrl: MOOR, isTopFrame: true }, 'no bank behind this vendor page'],
    ['JD Dongdong opened from the JD mall', { frameUrl: 'https://jdcs.jd.com/index.action', tabUrl: 'https://jdcs.jd.com/index.action', isTopFrame: true, referrer: 'https://item.jd.com/1.html' }, 'opened from a site that is not a bank'],
    ['a vendor page whose fromUrl is plain http', { frameUrl: `${MOOR}&fromUrl=http://www.cmbchina.com/`, tabUrl: `${MOOR}&fromUrl=http://www.cmbchina.com/`, isTopFrame: true }, 'no bank behind this vendor page'],
  ])('refuses %s', (_label, evidence, reason) => {
    expect(decideOwnership(evidence, rules)).toEqual({ ok: false, reason });
  });

  it('trusts the tab address over the ancestry the frame reports', () => {
    const verdict = decideOwnership({ frameUrl: MOOR, tabUrl: SHOP, ancestorOrigins: ['https://www.cmbchina.com'] }, rules);
    expect(verdict).toEqual({ ok: false, reason: 'not a finance site' });
  });
});

describe('linkParameterUrl', () => {
  it.each([
    ['https://v.example/chat?fromUrl=https%3A%2F%2Fwww.ccb.com%2Fcn%2F', 'https://www.ccb.com/cn/'],
    ['https://v.example/chat?enterurl=https%253A%252F%252Fwww.ccb.com%252F', 'https://www.ccb.com/'],
    ['https://v.example/chat?FROMURL=https://www.ccb.com/', 'https://www.ccb.com/'],
    ['https://v.example/chat?fromUrl=javascript:alert(1)', undefined],
    ['https://v.example/chat?q=https://www.ccb.com/', undefined],
  ])('reads %s', (url, expected) => {
    expect(linkParameterUrl(new URL(url))?.href).toBe(expected);
  });
});
