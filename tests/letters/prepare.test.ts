import { describe, expect, it } from 'vitest';
import { HARDSHIPS } from '../../lib/phrasing/types';
import { beforeContact, itemsFor, preparedEvidence, preparedLabels, PREPARE_ITEMS, prepareStateSchema, type Country } from '../../lib/prepare/index';
import { DEFAULT_EVIDENCE_CHECKLIST } from '../../lib/records/evidence';
import { letterProblems } from '../../lib/letters/index';

const COUNTRIES: Country[] = ['CN', 'US', 'UK'];
const ALL = [...HARDSHIPS, 'other'] as const;

describe('preparation catalogue', () => {
  for (const country of COUNTRIES)
    for (const hardship of ALL)
      it(`${country} · ${hardship}: the common papers, at least one for the cause, each with a reason, ids unique`, () => {
        const items = itemsFor(hardship, country);
        const ids = items.map((i) => i.id);
        expect(new Set(ids).size).toBe(ids.length);
        for (const id of ['debt-statement', 'income-statement', 'bank-statement', 'budget', 'hardship-statement']) expect(ids).toContain(id);
        expect(items.some((i) => i.hardships?.includes(hardship))).toBe(true);
        for (const i of items) for (const lang of ['zh', 'en'] as const) {
          expect(i.label[lang].length).toBeGreaterThan(3);
          expect(i.why[lang].length).toBeGreaterThan(8);
        }
      });

  it('gives the UK the SFS budget and the others the plain one', () => {
    expect(itemsFor('illness', 'UK').find((i) => i.id === 'budget')!.label.en).toMatch(/Standard Financial Statement/);
    expect(itemsFor('illness', 'CN').find((i) => i.id === 'budget')!.label.en).not.toMatch(/Standard Financial Statement/);
    expect(itemsFor(undefined, 'US').every((i) => !i.hardships)).toBe(true);
  });

  it('every id it shares with the record checklist is one the checklist has', () => {
    const known = new Set(DEFAULT_EVIDENCE_CHECKLIST.map((e) => e.id));
    const shared = PREPARE_ITEMS.filter((i) => known.has(i.id)).map((i) => i.id);
    expect(new Set(shared).size).toBeGreaterThanOrEqual(8);
  });
});

describe('prepared papers feed the next record', () => {
  const state = {
    items: [
      { id: 'income-statement', ticked: true, where: '工资条-2026.pdf' },
      { id: 'job-search', ticked: true },
      { id: 'bank-statement', ticked: false, where: 'ignored.pdf' },
      { id: 'medical-certificate', ticked: true },
    ],
  };

  it('ticks the matching checklist lines, adds the others, names where each paper is', () => {
    const list = preparedEvidence(state, 'unemployment', 'CN', 'zh');
    expect(list.find((e) => e.id === 'income-statement')).toEqual({ id: 'income-statement', label: '收入证明或工资流水（工资条-2026.pdf）', prepared: true });
    expect(list.find((e) => e.id === 'bank-statement')!.prepared).toBe(false);
    expect(list.at(-1)).toEqual({ id: 'job-search', label: '求职记录或新工作的录用通知', prepared: true });
    // A paper ticked for another hardship does not follow the person into this one.
    expect(list.find((e) => e.id === 'medical-certificate')!.prepared).toBe(false);
    expect(list.filter((e) => e.prepared)).toHaveLength(2);
  });

  it('lists only ticked papers for a letter, without file names', () => {
    expect(preparedLabels(state, 'unemployment', 'UK', 'en')).toEqual(['Recent payslips or other proof of income', 'Job applications or a new job offer']);
  });

  it('nothing ticked leaves the usual unticked list', () => {
    expect(preparedEvidence({ items: [] }, undefined, 'US', 'en').every((e) => !e.prepared)).toBe(true);
  });

  it('the stored state is checked', () => {
    expect(prepareStateSchema.safeParse(state).success).toBe(true);
    expect(prepareStateSchema.safeParse({ items: [{ id: '', ticked: true }] }).success).toBe(false);
    expect(prepareStateSchema.safeParse({ items: [{ id: 'x', ticked: 'yes' }] }).success).toBe(false);
  });
});

describe('before contacting the bank', () => {
  const debt = { currency: 'CNY' as const, principal: 4_800_000, interest: 320_000, fees: 0, penalties: 95_000, market: 'CN' as const };
  const budget = { monthlyIncome: 900_000, essentialSpending: 560_000, otherDebtPayments: 120_000, cashNow: 0 };
  for (const lang of ['zh', 'en'] as const)
    for (const [name, d, b, hours] of [
      ['figures and hours', debt, budget, '9:00–21:00'],
      ['no figures', undefined, undefined, undefined],
      ['debt but nothing spare', debt, { ...budget, monthlyIncome: 0 }, undefined],
    ] as const)
      it(`${lang} · ${name}`, () => {
        const steps = beforeContact(d, b, lang, hours);
        expect(steps.map((s) => s.id)).toEqual(['amount', 'afford', 'propose', 'when', 'record']);
        for (const s of steps) expect(letterProblems(s.text)).toEqual([]);
        const text = steps.map((s) => s.text).join('\n');
        if (d) expect(text).toContain('¥52,150.00');
        if (name === 'figures and hours') expect(text).toContain('¥2,200.00');
        if (hours) expect(text).toContain(hours);
        else expect(text).toMatch(lang === 'zh' ? /官网/ : /website/);
      });
});
