import { describe, expect, it } from 'vitest';
import { confirmationRequest, letterProblems, type ConfirmationInput } from '../../lib/letters/index';
import { analyzeOffer } from '../../lib/negotiate/index';
import type { Offer } from '../../lib/negotiate/types';

const DEBT = { currency: 'CNY' as const, principal: 3_000_000, interest: 0, fees: 0, penalties: 0, market: 'CN' as const };
const BUDGET = { monthlyIncome: 800_000, essentialSpending: 500_000, otherDebtPayments: 0, cashNow: 100_000 };

const OFFERS: [string, Offer][] = [
  ['instalment with waivers', { kind: 'installment', periods: 24, monthlyFeeRate: 0.0075, currency: 'CNY', waives: ['penalty', 'late-fee'] }],
  ['interest frozen, part waiver', { kind: 'interest-frozen', periods: 60, currency: 'CNY', waivesPart: [{ waiver: 'late-fee', share: 0.5 }] }],
  ['settlement', { kind: 'settlement', settlementAmount: 1_800_000, currency: 'CNY' }],
  ['down payment', { kind: 'installment', periods: 12, downPayment: 300_000, monthlyFeeRate: 0.006, currency: 'CNY' }],
];

describe('written confirmation request: every combination of what the record knows', () => {
  for (const lang of ['zh', 'en'] as const)
    for (const [name, terms] of OFFERS)
      for (const withSchedule of [true, false])
        for (const firstDue of [undefined, '2027-01-05'])
          for (const references of [[], ['HX20261204'], ['HX1', ' HX1 ', 'T-9']])
            for (const agents of [[], [{ name: '李娜', id: '8823' }], [{ id: '1024' }, { name: 'Sam' }, { name: ' ', id: ' ' }]])
              it(`${lang} · ${name} · ${withSchedule ? 'schedule' : 'no schedule'} · ${firstDue ?? 'no date'} · ${references.length} refs · ${agents.length} agents`, () => {
                const input: ConfirmationInput = { lang, terms, firstDue, references, agents };
                if (withSchedule) input.schedule = analyzeOffer(terms, DEBT, BUDGET).schedule;
                const text = confirmationRequest(input);
                expect(letterProblems(text)).toEqual([]);
                const zh = lang === 'zh';
                // Each term is either stated or asked for, never silently dropped.
                if (firstDue) expect(text).toContain(zh ? '2027年1月5日' : '5 January 2027');
                else expect(text).toContain(zh ? '首期还款日' : 'the date the first payment is due');
                for (const r of references) expect(text).toContain(r.trim());
                if (references.length === 0) expect(text).toContain(zh ? '- 受理编号' : '- the reference number');
                if (references.length === 3) expect(text.match(/HX1\b/g)).toHaveLength(1);
                if (agents.length === 1) expect(text).toContain(zh ? '李娜（工号8823）' : '李娜 (staff ID 8823)');
                if (agents.length === 0) expect(text).toContain(zh ? '姓名和工号' : 'staff ID of the person');
                if (agents.length === 3) expect(text).toContain(zh ? '工号1024、Sam' : 'staff ID 1024 and Sam');
                if (terms.waives) expect(text).toContain(zh ? '全额减免罚息、违约金' : 'waiving all penalty interest and all late fees');
                if (terms.waivesPart) expect(text).toContain(zh ? '违约金减免50%' : '50% of the late fees');
                if (!terms.waives && !terms.waivesPart) expect(text).toMatch(zh ? /是否减免/ : /whether any penalty/);
                if (withSchedule) expect(text).toMatch(zh ? /合计还款¥/ : /in all/);
                else expect(text).toContain(zh ? '期数和每期金额' : 'the number of payments and the amount of each');
                expect(text).not.toMatch(/guarantee|保证|删除/i);
              });
});

describe('written confirmation request: wording', () => {
  it('asks for a written copy and lists the known terms in order', () => {
    const terms: Offer = { kind: 'installment', periods: 24, monthlyFeeRate: 0.0075, currency: 'CNY', waives: ['penalty'] };
    const text = confirmationRequest({
      lang: 'zh',
      terms,
      schedule: analyzeOffer(terms, DEBT, BUDGET).schedule,
      firstDue: '2027-01-05',
      references: ['HX2026'],
      agents: [{ name: '李娜', id: '8823' }],
    });
    const lines = text.split('\n');
    expect(lines[0]).toMatch(/书面形式/);
    expect(lines.slice(1, 8).map((l) => l.slice(0, 3))).toEqual(['1. ', '2. ', '3. ', '4. ', '5. ', '6. ', '7. ']);
    expect(text).toContain('3. 手续费共¥5,400.00');
    expect(text).toContain('6. 受理编号HX2026');
    expect(text).not.toContain('也请在确认中写明');
  });
});

describe('confirmation context from a record', () => {
  const base = { id: 's', url: 'https://demobank.test/', siteId: 'demobank', vendor: 'generic', startedAt: 1 };
  it('prefers the stored terms and merges every reference and agent without repeats', async () => {
    const { confirmationContext } = await import('../../lib/letters/from-record');
    const ctx = confirmationContext(
      {
        ...base,
        agentName: '李娜',
        agents: [{ name: '李娜', id: '8823' }],
        references: [{ kind: 'ticket', value: 'HX1', confirmed: true }],
        agreedTerms: { kind: 'installment', periods: 24, confirmed: true, confirmedOn: '2026-12-01' },
      },
      { references: [{ kind: 'ticket', value: 'HX1 ', confirmed: false }, { kind: 'case', value: 'C-7', confirmed: false }], agents: [{ id: '8823' }, { name: 'Sam' }] },
      { messageId: 'm', referenceNo: 'HX2', offer: { kind: 'installment', periods: 12 } },
    );
    expect(ctx.terms).toEqual({ kind: 'installment', periods: 24 });
    expect(ctx.fromChat).toBe(false);
    expect(ctx.references).toEqual(['HX1', 'HX2', 'C-7']);
    expect(ctx.agents).toEqual([{ name: '李娜', id: '8823' }, { name: 'Sam' }]);
  });

  it('uses the plan the bank confirmed in the chat until terms are stored', async () => {
    const { confirmationContext } = await import('../../lib/letters/from-record');
    const ctx = confirmationContext(base, { references: [], agents: [] }, { messageId: 'm', referenceNo: 'HX2', offer: { kind: 'installment', periods: 12 } });
    expect(ctx).toEqual({ terms: { kind: 'installment', periods: 12 }, fromChat: true, references: ['HX2'], agents: [] });
    expect(confirmationContext(base, { references: [], agents: [] }).terms).toBeUndefined();
  });
});
