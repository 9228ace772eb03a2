import { describe, expect, it } from 'vitest';
import { decideOwnership, type OwnershipEvidence, type OwnershipVerdict } from '../../lib/sites/ownership';
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
    // rel=noreferrer link from anywhere: the parameter is the linker's word, not the browser's.
    ['a standalone vendor page with only a fromUrl naming a bank', { frameUrl: `${MOOR}&fromUrl=${encodeURIComponent('https://www.psbc.com/cn/')}`, tabUrl: `${MOOR}&fromUrl=${encodeURIComponent('https://www.psbc.com/cn/')}`, isTopFrame: true }, 'no bank behind this vendor page'],
    ['a vendor frame whose own address names a bank in enterurl', { frameUrl: `${MOOR}&enterurl=https%3A%2F%2Fwww.ccb.com%2F`, ancestorOrigins: ['https://webchat.7moor.com'] }, 'no bank behind this vendor page'],
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

/**
 * Every combination of the evidence that can name a bank: the tab's address, the frame's ancestry, the referrer and
 * a link parameter. The properties hold for all of them, so a new path through decideOwnership cannot quietly let a
 * parameter or a shop decide.
 */
describe('decideOwnership over every combination of evidence', () => {
  const BANK = 'https://www.cmbchina.com/kefu/';
  const OTHER_BANK = 'https://www.ccb.com/';
  const VENDOR_PAGE = 'https://webchat.7moor.com/wapchat.html?accessId=abc';
  const tabs = { none: undefined, bank: BANK, shop: SHOP, vendor: VENDOR_PAGE } as const;
  const ancestries = { none: [], bank: ['https://www.cmbchina.com'], shop: ['https://shop.example.com'], vendor: ['https://webchat.7moor.com'] } as const;
  const referrers = { none: undefined, bank: BANK, shop: SHOP, vendor: VENDOR_PAGE } as const;
  const parameters = { none: '', bank: `&fromUrl=${encodeURIComponent(OTHER_BANK)}`, shop: `&fromUrl=${encodeURIComponent(SHOP)}` } as const;
  const frames = { vendor: (p: string) => `${VENDOR_PAGE}${p}`, blank: () => 'about:blank' } as const;

  type Case = { label: string; evidence: OwnershipEvidence; withoutParameter: OwnershipEvidence; tab: keyof typeof tabs; ancestry: keyof typeof ancestries; referrer: keyof typeof referrers; parameter: keyof typeof parameters };
  const cases: Case[] = [];
  for (const frame of Object.keys(frames) as (keyof typeof frames)[])
    for (const tab of Object.keys(tabs) as (keyof typeof tabs)[])
      for (const ancestry of Object.keys(ancestries) as (keyof typeof ancestries)[])
        for (const referrer of Object.keys(referrers) as (keyof typeof referrers)[])
          for (const parameter of Object.keys(parameters) as (keyof typeof parameters)[]) {
            const build = (p: string): OwnershipEvidence => {
              const frameUrl = frames[frame](p);
              // A standalone vendor page is its own tab; a framed chat has the page (or nothing) as its tab.
              const tabUrl = tab === 'vendor' ? `${VENDOR_PAGE}${p}` : tabs[tab];
              return {
                frameUrl,
                ...(tabUrl ? { tabUrl } : {}),
                isTopFrame: tab === 'vendor' && frame === 'vendor' && ancestry === 'none',
                ancestorOrigins: [...ancestries[ancestry]],
                ...(referrers[referrer] ? { referrer: referrers[referrer] } : {}),
              };
            };
            cases.push({ label: `${frame} frame, tab ${tab}, ancestry ${ancestry}, referrer ${referrer}, parameter ${parameter}`, evidence: build(parameters[parameter]), withoutParameter: build(''), tab, ancestry, referrer, parameter });
          }

  const decide = (e: OwnershipEvidence): OwnershipVerdict => decideOwnership(e, rules);

  it('covers every combination', () => {
    expect(cases).toHaveLength(2 * 4 * 4 * 4 * 3);
  });

  it.each(cases.map((c) => [c.label, c] as const))('%s: a link parameter never changes the verdict', (_label, c) => {
    expect(decide(c.evidence)).toEqual(decide(c.withoutParameter));
  });

  const shopOnTop = cases.filter((c) => c.tab === 'shop' || (c.tab === 'none' && c.ancestry === 'shop'));
  it.each(shopOnTop.map((c) => [c.label, c] as const))('%s: a shop at the top is never a bank', (_label, c) => {
    expect(decide(c.evidence).ok).toBe(false);
  });

  it.each(cases.map((c) => [c.label, c] as const))('%s: a bank is named only by evidence the browser supplies', (_label, c) => {
    const verdict = decide(c.evidence);
    if (!verdict.ok) {
      expect(verdict.reason).toBeTruthy();
      return;
    }
    expect(verdict.owner.id).toBe('cmb');
    const byPage = c.tab === 'bank' || (c.tab === 'none' && c.ancestry === 'bank');
    const vendorOnTop = c.tab === 'vendor' || (c.tab === 'none' && c.ancestry === 'vendor');
    const byReferrer = vendorOnTop && c.referrer === 'bank';
    expect(byPage || byReferrer).toBe(true);
    expect(verdict.owner.via).toBe(byPage ? 'page' : 'referrer');
  });
});
