import { describe, expect, it } from 'vitest';
import { draftLetter, LETTER_KINDS, letterLang, letterProblems, type LetterInput, type LetterKind, type Proposal } from '../../lib/letters/index';
import { analyzeOffer } from '../../lib/negotiate/index';
import type { Budget, Debt } from '../../lib/negotiate/types';

const CN_DEBT: Debt = { currency: 'CNY', principal: 4_800_000, interest: 320_000, fees: 0, penalties: 95_000, market: 'CN' };
const US_DEBT: Debt = { currency: 'USD', principal: 820_000, interest: 64_000, fees: 3_900, penalties: 0, market: 'US' };
const ZERO_DEBT: Debt = { currency: 'GBP', principal: 0, interest: 0, fees: 0, penalties: 0, market: 'UK' };
const BUDGET: Budget = { monthlyIncome: 900_000, essentialSpending: 560_000, otherDebtPayments: 120_000, cashNow: 300_000 };
const TIGHT: Budget = { monthlyIncome: 300_000, essentialSpending: 300_000, otherDebtPayments: 0, cashNow: 0 };

const debtFor = (kind: LetterKind, zero: boolean): Debt => (zero ? { ...ZERO_DEBT, currency: kind.startsWith('cn') ? 'CNY' : kind === 'us-hardship' ? 'USD' : 'GBP' } : kind.startsWith('cn') ? CN_DEBT : kind === 'us-hardship' ? US_DEBT : { ...US_DEBT, currency: 'GBP', market: 'UK' });

function proposals(debt: Debt): [string, Proposal][] {
  const offer = { kind: 'installment' as const, periods: 36, monthlyFeeRate: 0.005, amount: debt.principal || 1_000_000, currency: debt.currency };
  const schedule = analyzeOffer(offer, debt.principal > 0 ? debt : { ...debt, principal: 1_000_000 }, BUDGET).schedule;
  return [
    ['plan', { type: 'plan', offer, schedule }],
    ['plan without schedule', { type: 'plan', offer: { kind: 'interest-frozen', periods: 48, currency: debt.currency } }],
    ['typed', { type: 'typed', text: '每月还 1500 元，先还 12 个月再看 / £150 a month for a year' }],
    ['budget', { type: 'budget' }],
  ];
}

const OPTIONALS: [string, Partial<LetterInput>][] = [
  ['nothing optional', {}],
  [
    'everything',
    {
      name: '王小明 Alex Wang',
      bankName: '招商银行 Example Bank',
      account: '4821',
      since: '2026-08-15',
      recovery: '预计明年3月入职新公司 / starting a new job in March',
      ownWords: '今年8月公司裁员，我失去了工作。\n\n\n\n目前在找新工作。 I was made redundant in August.',
      hardship: 'unemployment',
    },
  ],
  ['month only, other hardship', { since: '2026-09', hardship: 'other' }],
  ['words for the date', { since: '去年年底 / late last year', hardship: 'illness' }],
  ['blank typed fields', { name: '  ', bankName: '', account: ' ', ownWords: ' \n ', recovery: '' }],
];

const EVIDENCE = [[], ['失业证明或离职证明', 'Recent bank statements']];

describe('letters: every kind, every combination of present and missing values', () => {
  for (const kind of LETTER_KINDS) {
    for (const zero of [false, true]) {
      const debt = debtFor(kind, zero);
      for (const [pName, proposal] of proposals(debt)) {
        for (const [oName, optional] of OPTIONALS) {
          for (const evidence of EVIDENCE) {
            for (const budget of [BUDGET, TIGHT]) {
              const name = `${kind} · ${zero ? 'no balance' : 'balance'} · ${pName} · ${oName} · ${evidence.length} papers · ${budget === TIGHT ? 'tight' : 'spare'}`;
              it(name, () => {
                const input: LetterInput = { kind, today: '2026-12-04', debt, budget, proposal, evidence, ...optional };
                const text = draftLetter(input);
                expect(letterProblems(text)).toEqual([]);
                // Words the person typed are kept as typed.
                const own = optional.ownWords?.trim();
                if (own) for (const line of own.split(/\n+/)) expect(text).toContain(line.trim());
                if (optional.recovery) expect(text).toContain(optional.recovery);
                if (optional.account?.trim()) expect(text).toContain(optional.account.trim());
                else expect(text).not.toMatch(/尾号|account ending/);
                if (optional.name?.trim()) expect(text).toContain(optional.name.trim());
                if (proposal.type === 'typed') expect(text).toContain(proposal.text);
                for (const e of evidence) expect(text).toContain(e);
                if (evidence.length === 0) expect(text).not.toMatch(/附件|Enclosed|Evidence I can/);
                if (!zero) expect(text).toMatch(letterLang(kind) === 'zh' ? /48,000\.00/ : /8,200\.00/);
                // Never promised, never claimed.
                expect(text).not.toMatch(/guarantee|保证|承诺|删除|remove.*credit|征信记录|legal right|违法|起诉/i);
                expect(text.includes('undefined')).toBe(false);
              });
            }
          }
        }
      }
    }
  }
});

describe('letters: content', () => {
  const base: LetterInput = { kind: 'cn-instalment', today: '2026-12-04', debt: CN_DEBT, budget: BUDGET, proposal: { type: 'budget' }, evidence: [] };

  it('a Chinese application itemises the debt and the monthly budget from the Plan', () => {
    const text = draftLetter(base);
    expect(text.split('\n')[0]).toBe('个性化分期还款申请书');
    expect(text).toContain('欠款合计¥52,150.00，其中本金¥48,000.00，利息¥3,200.00，违约金和罚息¥950.00');
    expect(text).toContain('每月收入¥9,000.00，必要生活开支¥5,600.00，偿还其他债务¥1,200.00');
    expect(text).toContain('约为¥2,200.00');
    expect(text).toContain('¥3,000.00');
    expect(text).toContain('2026年12月4日');
  });

  it('names each Chinese kind in its title and its request', () => {
    expect(draftLetter({ ...base, kind: 'cn-suspend' })).toMatch(/^停息挂账分期还款申请书[\s\S]*停止计收利息/);
    expect(draftLetter({ ...base, kind: 'cn-reduction' })).toMatch(/^罚息及违约金减免申请书[\s\S]*减免逾期产生的罚息和违约金/);
    const statement = draftLetter({ ...base, kind: 'cn-statement' });
    expect(statement).toMatch(/^困难情况说明/);
    expect(statement).not.toContain('申请事项');
  });

  it('numbers the Chinese sections without gaps when some are left out', () => {
    const text = draftLetter({ ...base, evidence: [] });
    const heads = [...text.matchAll(/^([一二三四五六])、/gm)].map((m) => m[1]);
    expect(heads).toEqual(['一', '二', '三']);
    const full = draftLetter({ ...base, ownWords: '经过', evidence: ['收入证明'] });
    expect([...full.matchAll(/^([一二三四五六])、/gm)].map((m) => m[1])).toEqual(['一', '二', '三', '四', '五']);
  });

  it('a plan rung is written as a plan with its payments', () => {
    const offer = { kind: 'installment' as const, periods: 36, monthlyFeeRate: 0.005, currency: 'CNY' as const };
    const schedule = analyzeOffer(offer, CN_DEBT, BUDGET).schedule;
    const text = draftLetter({ ...base, proposal: { type: 'plan', offer, schedule } });
    expect(text).toMatch(/本人申请的还款安排：分36期/);
  });

  it('a US letter is dated the American way and lists the budget', () => {
    const text = draftLetter({ ...base, kind: 'us-hardship', debt: US_DEBT, hardship: 'illness', since: '2026-07-01' });
    expect(text.split('\n')[0]).toBe('December 4, 2026');
    expect(text).toContain('Since July 1, 2026, I have been affected by an illness or injury');
    expect(text).toContain('- Left each month for this account: $2,200.00');
    expect(text).toContain('monthly payments of no more than $2,200.00');
  });

  it('a UK summary uses the SFS headings entered and totals them instead of the Plan total', () => {
    const uk: Debt = { ...US_DEBT, currency: 'GBP', market: 'UK' };
    const text = draftLetter({ ...base, kind: 'uk-statement', debt: uk, sfs: { home: 250_000, utilities: 40_000, 'food-housekeeping': 120_000 } });
    expect(text).toContain('Fixed costs\n  Home and contents: £2,500.00\n  Utilities: £400.00\nFlexible costs\n  Food and housekeeping: £1,200.00');
    expect(text).toContain('Total expenditure: £4,100.00');
    expect(text).toContain('Available each month: £3,700.00');
    expect(text).not.toContain('not itemised');
    const plain = draftLetter({ ...base, kind: 'uk-statement', debt: uk });
    expect(plain).toContain('Essential living costs (not itemised): £5,600.00');
    expect(plain).not.toContain('Fixed costs');
  });

  it('the problem finder catches what a broken template would leave', () => {
    expect(letterProblems('本人undefined')).toContain('undefined');
    expect(letterProblems('Balance: \n\nnext')).toContain('empty after label');
    expect(letterProblems('金额：。')).toContain('empty after label');
    expect(letterProblems('Hello ${name}')).toContain('slot');
    expect(letterProblems('收入¥NaN')).toContain('NaN');
    expect(letterProblems('a, .')).toContain('empty list item');
    expect(letterProblems('a\n\n\nb')).toContain('blank lines');
    expect(letterProblems('Enclosed:\n- a')).toEqual([]);
  });
});
