import { describe, expect, it } from 'vitest';
import { extractMentions } from '../../lib/negotiate/parse/index';
import type { Currency } from '../../lib/negotiate/types';

function money(text: string, opts = {}) {
  return extractMentions(text, opts).flatMap((m) =>
    m.t === 'money' ? [{ text: text.slice(m.start, m.end), value: m.value, currency: m.currency, role: m.role }] : [],
  );
}

describe('money forms → minor units and currency', () => {
  it.each<[string, number, Currency | undefined]>([
    ['¥12,000.00', 1200000, 'CNY'],
    ['￥12000', 1200000, 'CNY'],
    ['12000元', 1200000, 'CNY'],
    ['1.2万元', 1200000, 'CNY'],
    ['欠款1.2万', 1200000, 'CNY'],
    ['一万二千块', 1200000, 'CNY'],
    ['两万块钱', 2000000, 'CNY'],
    ['三千五百元', 350000, 'CNY'],
    ['一千零五十块', 105000, 'CNY'],
    ['714.67元', 71467, 'CNY'],
    ['RMB 6,000', 600000, 'CNY'],
    ['CNY12000', 1200000, 'CNY'],
    ['人民币8000', 800000, 'CNY'],
    ['$3,500', 350000, 'USD'],
    ['US$1,200', 120000, 'USD'],
    ['USD 900', 90000, 'USD'],
    ['4,500 dollars', 450000, 'USD'],
    ['50美元', 5000, 'USD'],
    ['£900', 90000, 'GBP'],
    ['900 GBP', 90000, 'GBP'],
    ['300 pounds', 30000, 'GBP'],
    ['HK$20,000', 2000000, 'HKD'],
    ['5000港元', 500000, 'HKD'],
    ['€750', 75000, 'EUR'],
    ['$1.2k', 120000, 'USD'],
    ['$3.5K', 350000, 'USD'],
    ['3.5 thousand dollars', 350000, 'USD'],
    ['$5 grand', 500000, 'USD'],
    ['$2,875.40', 287540, 'USD'],
  ])('%s → %d %s', (text, value, currency) => {
    const found = money(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ value, currency });
  });

  it('needs a payment word before a bare number, and ignores small ones', () => {
    expect(money('工号3307为您服务')).toEqual([]);
    expect(money('您的订单号是88412907')).toEqual([]);
    expect(money('每月还800')).toMatchObject([{ value: 80000, role: 'monthly', currency: undefined }]);
    expect(money('pay 6,000 to close the account')).toMatchObject([{ value: 600000, role: 'settle' }]);
  });
});

describe('the part a figure plays', () => {
  it.each([
    ['首付2000元', 'down'],
    ['先还3千5', 'down'],
    ['$500 down, then', 'down'],
    ['Pay $600 today and the remaining balance', 'down'],
    ['每月还款约550元', 'monthly'],
    ['每期应还714.67元', 'monthly'],
    ['月供1200元', 'monthly'],
    ['$250 per month', 'monthly'],
    ['$95/month', 'monthly'],
    ['24 payments of £180', 'monthly'],
    ['36 monthly payments of $310', 'monthly'],
    ['剩余10000元分24期', 'amount'],
    ['把逾期金额9800元分成10期', 'amount'],
    ['欠款1.2万分12期', 'amount'],
    ['spread the remaining $4,800 over 16 months', 'amount'],
    ['一次性还款7200元', 'settle'],
    ['还款8500元即可结清全部欠款', 'settle'],
    ['三千五百元一次性结清', 'settle'],
    ['a one-time payment of £2,400 as full and final settlement', 'settle'],
    ['The settlement amount is $2,875.40', 'settle'],
    ["we'd accept $3.5k in three monthly installments to settle the debt", 'settle'],
    ['take $1,500 off the balance', 'reduction'],
    ['也就是6000元', 'same'],
    ["that's $2,250", 'same'],
    ['which comes to $3,150', 'same'],
    ['最低还款额1280元', 'other'],
    ['Your minimum payment of $35', 'other'],
    ['Your current balance is $8,420.17', 'other'],
    ['the $9,800 balance', 'other'],
    ['两万块钱的欠款', 'other'],
    ['减免违约金及罚息共计2300元', 'other'],
  ])('%s → %s', (text, role) => {
    expect(money(text)[0]?.role).toBe(role);
  });
});
