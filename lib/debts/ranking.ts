/**
 * Which debt to negotiate first. The order is a list of plain comparisons a person can check, in this order:
 *   1. legal action started or threatened (the person ticked it);
 *   2. how far along the overdue thresholds it is (./overdue.ts), a collection agency's contact counting as the last;
 *   3. a threshold crossed within the next two weeks;
 *   4. what waiting costs per day (./cost-of-waiting.ts), unknown last;
 *   5. the smaller balance (sooner cleared).
 * Debts already agreed, being paid or paid off are not ranked; they are listed with their plan.
 */
import type { Bilingual } from '../negotiate/analyze';
import { formatMoney, formatPercent } from '../negotiate/money';
import type { BookEntry } from './book';
import { costOfWaiting, type WaitingCost } from './cost-of-waiting';
import { daysOverdueOn } from './figures';
import { CN_LARGE_AMOUNT, overdueStage, type OverdueStage, type OverdueTier } from './overdue';
import { debtBalance, type DebtStatus } from './types';

export type ReasonKind = 'legal' | 'collection' | 'stage' | 'next-threshold' | 'daily-cost' | 'rate-unknown' | 'legal-line';

export interface Reason {
  kind: ReasonKind;
  text: Bilingual;
  source?: Bilingual;
}

export interface RankedDebt {
  entry: BookEntry;
  rank: number;
  days: number;
  stage: OverdueStage;
  /** The tier the order uses: the stage's, raised to the last when a collection agency is involved. */
  tier: OverdueTier;
  waiting: WaitingCost;
  reasons: Reason[];
}

export interface Ranking {
  ranked: RankedDebt[];
  /** Agreed, paying or paid off. */
  settled: BookEntry[];
}

/** A threshold this close counts as "soon": two weeks, about the time it takes to get a call back and a decision. */
export const SOON_DAYS = 14;

const SETTLED: ReadonlySet<DebtStatus> = new Set(['agreed', 'paying', 'paid-off']);

function reasonsFor(entry: BookEntry, stage: OverdueStage, waiting: WaitingCost): Reason[] {
  const row = entry.row;
  const money = (m: number, lang: 'zh' | 'en') => formatMoney(m, row.currency, lang);
  const out: Reason[] = [];
  if (row.legal) out.push({ kind: 'legal', text: { zh: '你标记了对方已提起或告知将提起诉讼', en: 'You marked that the creditor has started or announced legal action' } });
  if (row.collection) out.push({ kind: 'collection', text: { zh: '你标记了已有催收机构联系你', en: 'You marked that a collection agency has contacted you' } });
  out.push({ kind: 'stage', text: stage.meaning, source: stage.source });
  if (stage.next && stage.next.days <= SOON_DAYS) {
    out.push({
      kind: 'next-threshold',
      text: { zh: `再过${stage.next.days}天到“${stage.next.label.zh}”`, en: `${stage.next.label.en} in ${stage.next.days} day${stage.next.days === 1 ? '' : 's'}` },
    });
  }
  if (waiting.perDay !== undefined) {
    const parts = waiting.parts.map((p) => {
      if (p.kind === 'late-fee') {
        return {
          zh: `违约金每月${money(p.basis, 'zh')}${p.estimate ? '（按最低还款额10%的5%估算）' : ''}`,
          en: `a late fee of ${money(p.basis, 'en')} a month${p.estimate ? ' (estimated: 5 % of a 10 % minimum payment)' : ''}`,
        };
      }
      const what = p.kind === 'interest' ? { zh: '利息', en: 'interest' } : { zh: '罚息', en: 'penalty interest' };
      return {
        zh: `${what.zh}：${money(p.basis, 'zh')} × 日${formatPercent(p.rate!, 'zh', 3)}${p.estimate ? '（未填利率，按日息万分之五估算）' : ''}`,
        en: `${what.en}: ${money(p.basis, 'en')} × ${formatPercent(p.rate!, 'en', 3)} a day${p.estimate ? ' (no rate entered: the usual 0.05 % a day)' : ''}`,
      };
    });
    out.push({
      kind: 'daily-cost',
      text: {
        zh: `每多等一天约多${money(waiting.perDay, 'zh')}（${parts.map((p) => p.zh).join('；')}）`,
        en: `Each day of waiting adds about ${money(waiting.perDay, 'en')} (${parts.map((p) => p.en).join('; ')})`,
      },
    });
  } else {
    out.push({ kind: 'rate-unknown', text: { zh: '没有填写利率，算不出等待的成本', en: 'No rate entered, so the cost of waiting is not known' } });
  }
  if (row.market === 'CN' && row.currency === 'CNY' && row.product === 'card' && stage.days > 90 && row.principal >= CN_LARGE_AMOUNT) {
    out.push({
      kind: 'legal-line',
      text: {
        zh: '本金5万元以上、逾期超过3个月：司法解释认定“恶意透支”还要求以非法占有为目的、并经银行两次有效催收后超过3个月仍不归还；在被追诉前全额还款的通常不再追究。像你这样主动协商还款，恰恰相反。有疑问可以咨询法律援助。',
        en: 'Principal of ¥50,000 or more and over 3 months overdue: for "malicious overdraft" the courts also require intent to take the money and no repayment for 3 months after two effective collection demands; repaying in full before prosecution normally ends it. Negotiating to repay, as you are, is the opposite. Legal aid can explain more.',
      },
      source: { zh: '最高人民法院、最高人民检察院 法释〔2018〕19号', en: 'Supreme People’s Court and Procuratorate interpretation 法释〔2018〕19号' },
    });
  }
  return out;
}

export function rankDebts(book: readonly BookEntry[], today: number): Ranking {
  const settled: BookEntry[] = [];
  const open: RankedDebt[] = [];
  for (const entry of book) {
    if (SETTLED.has(entry.status)) {
      settled.push(entry);
      continue;
    }
    const days = daysOverdueOn(entry.row, today, entry.status);
    const stage = overdueStage(entry.row.market, days, entry.row.product);
    const tier: OverdueTier = entry.row.collection ? 4 : stage.tier;
    const waiting = costOfWaiting(entry.row);
    open.push({ entry, rank: 0, days, stage, tier, waiting, reasons: reasonsFor(entry, stage, waiting) });
  }
  const soon = (r: RankedDebt) => (r.stage.next !== undefined && r.stage.next.days <= SOON_DAYS ? 1 : 0);
  open.sort(
    (a, b) =>
      Number(Boolean(b.entry.row.legal)) - Number(Boolean(a.entry.row.legal)) ||
      b.tier - a.tier ||
      soon(b) - soon(a) ||
      (b.waiting.perDay ?? -1) - (a.waiting.perDay ?? -1) ||
      debtBalance(a.entry.row) - debtBalance(b.entry.row) ||
      (a.entry.row.id < b.entry.row.id ? -1 : 1),
  );
  open.forEach((r, i) => (r.rank = i + 1));
  return { ranked: open, settled };
}
