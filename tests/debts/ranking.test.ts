import { describe, expect, it } from 'vitest';
import type { BookEntry } from '../../lib/debts/book';
import { costOfWaiting } from '../../lib/debts/cost-of-waiting';
import { daysOverdueOn } from '../../lib/debts/figures';
import { overdueStage } from '../../lib/debts/overdue';
import { rankDebts } from '../../lib/debts/ranking';
import type { DebtRow } from '../../lib/debts/types';
import { parseDay } from '../../lib/records/time';
import { debt } from './helpers';

const TODAY = parseDay('2026-11-23')!;
const entry = (row: DebtRow): BookEntry => ({ row, status: row.status });

describe('days overdue against the thresholds', () => {
  it.each([
    ['CN', 0, 0, '未逾期', undefined],
    ['CN', 1, 1, 'M1', 30],
    ['CN', 30, 1, 'M1', 1],
    ['CN', 31, 2, 'M2', 30],
    ['CN', 60, 2, 'M2', 1],
    ['CN', 61, 3, 'M3', 30],
    ['CN', 90, 3, 'M3', 1],
    ['CN', 91, 4, 'M4+', undefined],
    ['US', 29, 1, '逾期不足30天', 1],
    ['US', 30, 2, '逾期30天以上', 150],
    ['US', 180, 4, '逾期180天以上', undefined],
    ['UK', 89, 1, '拖欠', 1],
    ['UK', 90, 2, '欠3个月以上', 90],
    ['UK', 200, 3, '欠6个月以上', undefined],
  ] as const)('%s, %i days: tier %i (%s), next threshold in %s days', (market, days, tier, label, next) => {
    const stage = overdueStage(market, days);
    expect(stage.tier).toBe(tier);
    expect(stage.label.zh).toBe(label);
    expect(stage.next?.days).toBe(next);
    expect(stage.source.zh.length).toBeGreaterThan(0);
  });

  it('keeps counting from the day the person counted while nothing is agreed, and stops once it is', () => {
    const row = debt({ daysOverdue: 45, overdueOn: '2026-11-13' });
    expect(daysOverdueOn(row, TODAY)).toBe(55);
    expect(daysOverdueOn({ ...row, status: 'agreed' }, TODAY)).toBe(45);
    expect(daysOverdueOn({ ...row, daysOverdue: 0 }, TODAY)).toBe(0);
  });
});

describe('what one more day of waiting costs', () => {
  it('a Chinese card with no rate typed: 日息万五 on principal and interest, and the usual late fee, both marked as estimates', () => {
    const w = costOfWaiting(debt());
    // (2,860,000 + 286,000) × 0.0005 = 1,573 fen; late fee 0.5 % × 3,248,000 = 16,240 a month → 541.33 a day.
    expect(w.parts.map((p) => [p.kind, p.estimate])).toEqual([
      ['interest', true],
      ['late-fee', true],
    ]);
    expect(w.perDay).toBe(Math.round(1_573 + 16_240 / 30));
  });

  it('typed rates: a yearly rate is per 360 days, penalty interest on the principal, a typed late fee', () => {
    const w = costOfWaiting(debt({ product: 'loan', rate: { value: 0.18, per: 'year' }, penaltyRate: { value: 0.0002, per: 'day' }, lateFee: 3_000 }));
    expect(w.parts.map((p) => p.kind)).toEqual(['interest', 'penalty', 'late-fee']);
    expect(w.perDay).toBe(Math.round((3_146_000 * 0.18) / 360 + 2_860_000 * 0.0002 + 100));
  });

  it('without a rate (a US loan), the cost is not known rather than too low', () => {
    expect(costOfWaiting(debt({ market: 'US', currency: 'USD', product: 'loan' })).perDay).toBeUndefined();
  });
});

describe('which debt to negotiate first', () => {
  const a = debt({ id: 'a', creditorName: 'A', daysOverdue: 40 }); // M2
  const b = debt({ id: 'b', creditorName: 'B', daysOverdue: 95 }); // M4+
  const c = debt({ id: 'c', creditorName: 'C', daysOverdue: 55 }); // M2, M3 in 6 days
  const d = debt({ id: 'd', creditorName: 'D', daysOverdue: 10, legal: true });
  const e = debt({ id: 'e', creditorName: 'E', daysOverdue: 5, collection: true });
  const f = debt({ id: 'f', creditorName: 'F', daysOverdue: 40, principal: 100_000, interest: 0, penalties: 0 });
  const settled = debt({ id: 's', status: 'paying' });

  it('orders by legal action, then the thresholds (collection counts as the last), then a threshold soon, then daily cost', () => {
    const r = rankDebts([a, b, c, d, e, f, settled].map(entry), TODAY);
    expect(r.ranked.map((x) => x.entry.row.id)).toEqual(['d', 'b', 'e', 'c', 'a', 'f']);
    expect(r.ranked.map((x) => x.rank)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(r.settled.map((x) => x.row.id)).toEqual(['s']);
  });

  it('gives every debt reasons a person can check, with their source', () => {
    const [first] = rankDebts([entry(c)], TODAY).ranked;
    expect(first!.reasons.map((r) => r.kind)).toEqual(['stage', 'next-threshold', 'daily-cost']);
    expect(first!.reasons[0]!.source?.en).toMatch(/Credit Reporting/);
    expect(first!.reasons[1]!.text.en).toBe('M3 in 6 days');
    expect(first!.reasons[2]!.text.zh).toMatch(/每多等一天约多¥\d/);
  });

  it('states the criminal line plainly and points to legal aid only for a large card debt over 3 months', () => {
    const big = debt({ daysOverdue: 100, principal: 6_000_000 });
    const reasons = rankDebts([entry(big)], TODAY).ranked[0]!.reasons;
    const line = reasons.find((r) => r.kind === 'legal-line')!;
    expect(line.text.en).toMatch(/opposite/);
    expect(line.text.en).toMatch(/Legal aid/);
    expect(line.source?.zh).toContain('法释〔2018〕19号');
    expect(rankDebts([entry({ ...big, principal: 4_000_000 })], TODAY).ranked[0]!.reasons.some((r) => r.kind === 'legal-line')).toBe(false);
    expect(rankDebts([entry({ ...big, daysOverdue: 80 })], TODAY).ranked[0]!.reasons.some((r) => r.kind === 'legal-line')).toBe(false);
  });
});

describe('what the stage means depends on the product', () => {
  it('the 90-day line of a card debt (non-performing, collection) is not claimed for a loan or online lending', () => {
    expect(overdueStage('CN', 95, 'card').meaning.zh).toContain('信用卡欠款通常已被列为不良');
    for (const product of ['loan', 'online-lending'] as const) {
      for (const days of [70, 95]) {
        const m = overdueStage('CN', days, product).meaning;
        expect(m.zh).not.toContain('信用卡');
        expect(m.zh).toContain('征信');
      }
    }
    expect(overdueStage('CN', 40, 'loan').meaning).toEqual(overdueStage('CN', 40, 'card').meaning);
  });
});
