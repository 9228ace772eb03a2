import { describe, expect, it } from 'vitest';
import { FORBIDDEN, PHRASEBOOK, findForbidden, renderPhrase, type GuardCategory } from '../../lib/phrasing/index';
import { fullContext } from './fixtures';

/** Sentences Parley must never suggest, one or more per category, so the scan below is shown to bite. */
const BAD: Array<[GuardCategory, string]> = [
  ['credit-record', '只要我还清，你们能帮我删除征信记录吗？'],
  ['credit-record', '还完以后请帮我把逾期记录消除掉。'],
  ['credit-record', '我想顺便把征信洗白。'],
  ['credit-record', '能不能修复征信？'],
  ['credit-record', 'Please remove the late payments from my credit report.'],
  ['credit-record', 'Can you erase this from my file?'],
  ['credit-record', 'I want you to wipe the default.'],
  ['threat', '不给我减免我就投诉到你们倒闭。'],
  ['threat', '我要起诉你们。'],
  ['threat', '我会把这件事曝光到媒体。'],
  ['threat', "I'll sue you if you don't waive it."],
  ["threat", "I'll report you to the media."],
  ['overstatement', '我绝对还不上了。'],
  ['overstatement', '我现在一分钱都没有。'],
  ['overstatement', '我保证每个月都按时还。'],
  ['overstatement', 'This is guaranteed to work.'],
  ['overstatement', "I promise I'll never miss a payment."],
  ['legal', '法律规定你们必须给我分期。'],
  ['legal', 'You must accept this by law, my lawyer says so.'],
];

describe('forbidden patterns', () => {
  it.each(BAD)('catch a %s example: %s', (category, text) => {
    const hits = findForbidden(text);
    expect(hits.map((h) => h.category)).toContain(category);
  });

  it('every rule catches at least one of the examples', () => {
    for (const rule of FORBIDDEN) {
      expect(BAD.some(([, t]) => rule.re.test(t.normalize('NFKC'))), rule.id).toBe(true);
    }
  });

  it('no phrase template, in either language, hits any rule', () => {
    const hits: string[] = [];
    for (const p of PHRASEBOOK) {
      for (const lang of ['zh', 'en'] as const) {
        for (const h of findForbidden(p[lang])) hits.push(`${p.id}/${lang}: ${h.id} "${h.match}"`);
      }
    }
    expect(hits).toEqual([]);
  });

  it('no rendered phrase hits any rule either (variables and fallbacks included)', () => {
    const hits: string[] = [];
    for (const lang of ['zh', 'en'] as const) {
      for (const ctx of [{ lang }, fullContext(lang)]) {
        for (const p of PHRASEBOOK) {
          const r = renderPhrase(p, ctx);
          for (const h of r ? findForbidden(r.text) : []) hits.push(`${p.id}/${lang}: ${h.id}`);
        }
      }
    }
    expect(hits).toEqual([]);
  });

  it('legitimate wording stays clear: disputing an error, a deposit, asking how reporting works', () => {
    for (const ok of [
      '只有信息有误才能申请异议。',
      '我不会支付服务费或保证金。',
      '办理协商后，这个账户会怎样报送征信？',
      'Only mistakes can be disputed.',
      'How will this account be reported to the credit bureaus?',
    ]) {
      expect(findForbidden(ok), ok).toEqual([]);
    }
  });
});
