import { describe, expect, it } from 'vitest';
import { domainRedFlag, type BankIdentity } from '../../lib/phrasing/index';

const BANKS: BankIdentity[] = [
  { id: 'cmb', names: ['招商银行', 'China Merchants Bank', 'CMB'], domains: ['cmbchina.com'] },
  { id: 'boc', names: ['中国银行', 'Bank of China'], domains: ['boc.cn', 'bankofchina.com'] },
  { id: 'abc', names: ['中国农业银行', 'Agricultural Bank of China'], domains: ['abchina.com'] },
  { id: 'chase', names: ['Chase'], domains: ['chase.com'] },
];

describe('domainRedFlag', () => {
  it('flags a page titled as a bank on a host that is not the bank’s', () => {
    expect(domainRedFlag({ pageHost: 'cmbchina-service.top', pageTitle: '招商银行信用卡 - 协商还款' }, BANKS)).toEqual({
      id: 'lookalike-domain',
      bankId: 'cmb',
      claimedName: '招商银行',
      host: 'cmbchina-service.top',
      source: 'title',
    });
  });

  it('accepts the bank’s own domain and its subdomains', () => {
    for (const host of ['cmbchina.com', 'cc.cmbchina.com', 'WWW.CMBCHINA.COM.', 'https://cc.cmbchina.com:443/chat?x=1']) {
      expect(domainRedFlag({ pageHost: host, pageTitle: '招商银行信用卡' }, BANKS), host).toBeNull();
    }
  });

  it('is not fooled by look-alike hosts that merely contain the domain', () => {
    for (const host of ['cmbchina.com.evil.cn', 'fakecmbchina.com', 'cmbchina.co', 'xn--cmbchina-9k3f.com']) {
      expect(domainRedFlag({ pageHost: host, pageTitle: '招商银行在线客服' }, BANKS)?.bankId, host).toBe('cmb');
    }
  });

  it('names in page text count only beside login or service wording', () => {
    expect(domainRedFlag({ pageHost: 'news.example.com', pageTitle: 'Finance news', pageText: 'Bank of China reported results today.' }, BANKS)).toBeNull();
    expect(
      domainRedFlag({ pageHost: 'secure-login.example.net', pageTitle: 'Sign in', pageText: 'Welcome to Chase online banking. Log in to continue.' }, BANKS),
    ).toMatchObject({ bankId: 'chase', source: 'text' });
  });

  it('prefers the longest name, so a longer bank name is not read as a shorter one inside it', () => {
    expect(domainRedFlag({ pageHost: 'abc-bank.help', pageTitle: 'Agricultural Bank of China credit card help' }, BANKS)?.bankId).toBe('abc');
    expect(domainRedFlag({ pageHost: 'abc-bank.help', pageTitle: '中国农业银行信用卡' }, BANKS)?.bankId).toBe('abc');
  });

  it('a real bank page that mentions another bank is not a look-alike', () => {
    expect(domainRedFlag({ pageHost: 'www.boc.cn', pageTitle: '中国银行 - 支持招商银行卡还款' }, BANKS)).toBeNull();
  });

  it('English names match whole words only', () => {
    expect(domainRedFlag({ pageHost: 'purchase.example.com', pageTitle: 'Purchase history' }, BANKS)).toBeNull();
    expect(domainRedFlag({ pageHost: 'x.example.com', pageTitle: 'chase card services' }, BANKS)?.bankId).toBe('chase');
  });

  it('returns null with nothing to go on', () => {
    expect(domainRedFlag({ pageHost: '', pageTitle: '招商银行' }, BANKS)).toBeNull();
    expect(domainRedFlag({ pageHost: 'example.com' }, BANKS)).toBeNull();
    expect(domainRedFlag({ pageHost: 'example.com', pageTitle: '招商银行' }, [])).toBeNull();
  });
});
