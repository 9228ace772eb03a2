// The moment an agent's message arrives: parse it, analyse every offer in it against the user's debt and budget,
// and build the counter-offer ladder. Goal: well under 1 ms per message. Run: npx tsx tests/bench/offer-pipeline.bench.ts
import { analyzeOffer, counterOffers, parseOffer } from '../../lib/negotiate/index';
import type { Budget, Debt } from '../../lib/negotiate/types';
import { corpus, NOW } from '../negotiate/corpus/offers';
import { loadSplit } from '../negotiate/corpus/general/load';

const cnDebt: Debt = { currency: 'CNY', principal: 2860000, interest: 286000, fees: 0, penalties: 102000, market: 'CN' };
const usDebt: Debt = { currency: 'USD', principal: 850000, interest: 60000, fees: 7000, penalties: 3900, market: 'US' };
const budget = (scale: number): Budget => ({ monthlyIncome: 800000 * scale, essentialSpending: 560000 * scale, otherDebtPayments: 120000 * scale, cashNow: 300000 * scale });

// The hand-written corpus and the generalisation corpus (timing only: nothing here tunes the parser).
const all = [...corpus, ...loadSplit('train'), ...loadSplit('dev'), ...loadSplit('test')];
const messages = all.map((entry) => entry.text);
const offerMessages = all.filter((entry) => entry.expect.length > 0).length;

function runOnce(text: string): number {
  const offers = parseOffer(text, { now: NOW });
  let work = 0;
  for (const offer of offers) {
    const us = offer.currency === 'USD' || offer.currency === 'GBP';
    const debt = us ? { ...usDebt, currency: offer.currency! } : cnDebt;
    const b = budget(us ? 0.4 : 1);
    work += analyzeOffer(offer, debt, b, { now: NOW }).totalPaid;
    work += counterOffers(offer, debt, b, undefined, { now: NOW }).target.analysis.totalPaid;
  }
  return work;
}

for (let i = 0; i < 3; i += 1) messages.forEach(runOnce); // warm up the JIT
const times: number[] = [];
for (let round = 0; round < 20; round += 1) {
  for (const text of messages) {
    const start = performance.now();
    runOnce(text);
    times.push(performance.now() - start);
  }
}
times.sort((a, b) => a - b);
const pct = (p: number) => times[Math.min(times.length - 1, Math.ceil((p / 100) * times.length) - 1)]!;
const mean = times.reduce((s, x) => s + x, 0) / times.length;
console.log(`parse + analyse + counter-offers, per message (${messages.length} corpus messages, ${offerMessages} with offers, ${times.length} runs)`);
console.log(`  mean ${(mean * 1000).toFixed(0)} µs   p50 ${(pct(50) * 1000).toFixed(0)} µs   p95 ${(pct(95) * 1000).toFixed(0)} µs   p99 ${(pct(99) * 1000).toFixed(0)} µs   (goal: p95 ≤ 1 ms)`);

// Wall time counts the other processes sharing the CPU. CPU time of this process per message (each message run
// REPEAT times in a row, the total divided) is what the code costs; its p95 is the figure held to the goal.
const REPEAT = 10;
const cpu: number[] = [];
const parseCpu: number[] = [];
for (const text of messages) {
  let c0 = process.cpuUsage();
  for (let k = 0; k < REPEAT; k += 1) runOnce(text);
  let c = process.cpuUsage(c0);
  cpu.push((c.user + c.system) / 1000 / REPEAT);
  c0 = process.cpuUsage();
  for (let k = 0; k < REPEAT; k += 1) parseOffer(text, { now: NOW });
  c = process.cpuUsage(c0);
  parseCpu.push((c.user + c.system) / 1000 / REPEAT);
}
const p95Of = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.ceil(0.95 * xs.length) - 1]!;
const cpuP95 = p95Of(cpu);
console.log(`  CPU time per message: p95 ${(cpuP95 * 1000).toFixed(0)} µs (parse alone p95 ${(p95Of(parseCpu) * 1000).toFixed(0)} µs), max ${(Math.max(...cpu) * 1000).toFixed(0)} µs`);
console.log(`  CPU p95 ${cpuP95 <= 1 ? 'meets' : 'MISSES'} the 1 ms goal; wall p95 ${pct(95) <= 1 ? 'meets' : 'misses'} it on this machine's load`);
