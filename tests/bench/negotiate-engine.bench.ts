/**
 * Per-call timing of the negotiation engine: `npx tsx tests/bench/negotiate-engine.bench.ts`.
 * The side panel re-runs analyse + counterOffers on every parsed agent message, so both must stay well under 1 ms.
 */

import { performance } from 'node:perf_hooks';
import { analyzeOffer, counterOffers, type Budget, type Debt, type Offer } from '../../lib/negotiate/index';

const debt: Debt = { currency: 'CNY', principal: 5000000, interest: 300000, fees: 20000, penalties: 150000, market: 'CN' };
const budget: Budget = { monthlyIncome: 800000, essentialSpending: 450000, otherDebtPayments: 50000, cashNow: 200000 };

const scenarios: Array<[string, Offer, Debt]> = [
  ['installment 12 x 0.60%', { kind: 'installment', periods: 12, monthlyFeeRate: 0.006 }, debt],
  ['installment 24 x 0.75% up', { kind: 'installment', periods: 24, monthlyFeeRate: 0.0075, feeCollection: 'upfront' }, debt],
  ['interest-frozen 60', { kind: 'interest-frozen', periods: 60, waives: ['penalty'] }, debt],
  ['amortized 36 @ 9.9%', { kind: 'amortized', periods: 36, annualRate: 0.099 }, { ...debt, market: 'US', currency: 'USD' }],
  ['deferral 3', { kind: 'deferral', periods: 3 }, debt],
  ['settlement 70%, 1 part', { kind: 'settlement', settlementRatio: 0.7 }, debt],
];

const ITERATIONS = 3000;
const WARMUP = 500;

function measure(fn: () => unknown): { mean: number; p95: number; max: number } {
  for (let i = 0; i < WARMUP; i++) fn();
  const samples = new Float64Array(ITERATIONS);
  for (let i = 0; i < ITERATIONS; i++) {
    const t0 = performance.now();
    fn();
    samples[i] = performance.now() - t0;
  }
  const sorted = Array.from(samples).sort((a, b) => a - b);
  const mean = sorted.reduce((a, b) => a + b, 0) / sorted.length;
  return { mean, p95: sorted[Math.floor(sorted.length * 0.95)] ?? 0, max: sorted[sorted.length - 1] ?? 0 };
}

const ms = (x: number) => `${(x * 1000).toFixed(1).padStart(7)} µs`;
console.log(`negotiate engine — ${ITERATIONS} calls per row after ${WARMUP} warm-up calls (Node ${process.version})`);
console.log(`${'scenario'.padEnd(26)}${'step'.padEnd(24)}${'mean'.padStart(10)}${'p95'.padStart(11)}${'max'.padStart(11)}`);
let worstP95 = 0;
for (const [name, offer, d] of scenarios) {
  const rows: Array<[string, () => unknown]> = [
    ['analyzeOffer', () => analyzeOffer(offer, d, budget, { now: '2025-01-01' })],
    ['counterOffers', () => counterOffers(offer, d, budget)],
    ['analyze + counterOffers', () => {
      analyzeOffer(offer, d, budget, { now: '2025-01-01' });
      return counterOffers(offer, d, budget);
    }],
  ];
  for (const [step, fn] of rows) {
    const r = measure(fn);
    if (step === 'analyze + counterOffers') worstP95 = Math.max(worstP95, r.p95);
    console.log(`${name.padEnd(26)}${step.padEnd(24)}${ms(r.mean)} ${ms(r.p95)} ${ms(r.max)}`);
  }
}
console.log(`worst p95 of analyse + counterOffers: ${(worstP95 * 1000).toFixed(1)} µs (goal: well under 1000 µs)`);
