import { describe, expect, it } from 'vitest';
import { extractMentions } from '../../lib/negotiate/parse/index';
import type { Waiver } from '../../lib/negotiate/types';

function waivers(text: string) {
  return extractMentions(text).flatMap((m) => (m.t === 'waiver' && !m.dropped ? [m.waiver] : []));
}

describe('waivers', () => {
  it.each<[string, Waiver[]]>([
    ['减免违约金', ['late-fee']],
    ['免除本期滞纳金', ['late-fee']],
    ['免罚息', ['penalty']],
    ['罚息全部免除', ['penalty']],
    ['免年费', ['fee']],
    ['免手续费', ['fee']],
    ['不收任何手续费', ['fee']],
    ['没有手续费', ['fee']],
    ['延期期间不收取服务费', ['fee']],
    ['超限费可以给您免掉', ['fee']],
    ['免息分6期', ['interest']],
    ['利息全免', ['interest']],
    ['违约金和罚息全部减免', ['late-fee', 'penalty']],
    ['减免违约金及罚息', ['late-fee', 'penalty']],
    ['剩下的利息、罚息和违约金我们都可以免掉', ['interest', 'penalty', 'late-fee']],
    ['违约金也给您免了', ['late-fee']],
    ['這期間不會收取違約金', ['late-fee']],
    ['违约金和late fee都已经waived了', ['late-fee', 'late-fee']],
    ['we can waive late fees', ['late-fee']],
    ['penalty APR removed', ['penalty']],
    ["we'll waive the over-limit fee", ['fee']],
    ['waive late fees and the annual fee', ['late-fee', 'fee']],
    ["I can waive this month's late fee", ['late-fee']],
    ['with the late fees on your last two statements waived', ['late-fee']],
    ['with all default charges refunded', ['late-fee']],
    ['no late fees will be charged', ['late-fee']],
    ['with no interest', ['interest']],
    ['without interest', ['interest']],
    ['interest-free', ['interest']],
    ['with no fees at all', ['fee']],
  ])('%s → %j', (text, expected) => {
    expect(waivers(text)).toEqual(expected);
  });

  it.each([
    '减免部分罚息',
    '减免60%的利息',
    '违约金可以减半',
    'waive 50% of the accrued interest',
    '以免产生罚息',
    '期间利息照常计算',
    '逾期会产生违约金',
    '停息挂账',
    'no further interest will be added',
    'interest will continue to accrue',
    'late fees apply',
  ])('%s → none', (text) => {
    expect(waivers(text)).toEqual([]);
  });

  it('a refused waiver is read but dropped', () => {
    const all = extractMentions('我们无法减免违约金，但可以分12期');
    expect(all.find((m) => m.t === 'waiver')?.dropped).toBe(true);
    expect(all.find((m) => m.t === 'periods')?.dropped).toBe(false);
  });
});
