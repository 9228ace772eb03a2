/**
 * Preparation: the papers to have ready (catalogue.ts), what the person ticked (state.ts), how the ticks reach the
 * next record's evidence checklist, and the short list of things to know before contacting the bank.
 */
import { debtParts, debtTotal, money } from '../letters/format';
import type { Hardship } from '../letters/types';
import { affordableMonthly } from '../negotiate/budget';
import type { Budget, Debt } from '../negotiate/types';
import { evidenceChecklist } from '../records/evidence';
import type { EvidenceItem } from '../records/types';
import { itemsFor, type Country } from './catalogue';
import type { PrepareState } from './state';

export { itemsFor, PREPARE_ITEMS, type Country, type PrepareItem } from './catalogue';
export { EMPTY_PREPARE, prepareStateSchema, type PrepareState, type PrepareItemState } from './state';

type Lang = 'zh' | 'en';

function tickedItems(state: PrepareState, hardship: Hardship | undefined, country: Country) {
  const ticked = new Map(state.items.filter((i) => i.ticked).map((i) => [i.id, i]));
  return itemsFor(hardship, country).filter((item) => ticked.has(item.id)).map((item) => ({ item, state: ticked.get(item.id)! }));
}

/** The labels of the papers ready, for a letter's list of enclosures (file names stay out of letters). */
export function preparedLabels(state: PrepareState, hardship: Hardship | undefined, country: Country, lang: Lang): string[] {
  return tickedItems(state, hardship, country).map(({ item }) => item.label[lang]);
}

/**
 * The evidence checklist a record starts with: the usual list with what the person has prepared ticked, and the
 * prepared papers the usual list lacks added after it. "Where it is" follows the label so the record says where to
 * find the paper; the paper itself is never stored.
 */
export function preparedEvidence(state: PrepareState, hardship: Hardship | undefined, country: Country, lang: Lang): EvidenceItem[] {
  const ready = tickedItems(state, hardship, country);
  const byId = new Map(ready.map((r) => [r.item.id, r]));
  const label = (base: string, where: string | undefined) => (where?.trim() ? `${base}（${where.trim()}）` : base);
  const list = evidenceChecklist(lang).map((e) => {
    const r = byId.get(e.id);
    return r ? { ...e, label: label(e.label, r.state.where), prepared: true } : e;
  });
  const known = new Set(list.map((e) => e.id));
  for (const r of ready) if (!known.has(r.item.id)) list.push({ id: r.item.id, label: label(r.item.label[lang], r.state.where), prepared: true });
  return list;
}

export interface Step {
  id: 'amount' | 'afford' | 'propose' | 'when' | 'record';
  text: string;
}

/** What to know before contacting the bank, filled with the Plan's figures where it has them. */
export function beforeContact(debt: Debt | undefined, budget: Budget | undefined, lang: Lang, serviceHours?: string): Step[] {
  const zh = lang === 'zh';
  const total = debt ? debtTotal(debt) : 0;
  const spare = budget ? affordableMonthly(budget) : 0;
  const parts = debt ? debtParts(debt, lang) : [];
  const amount =
    debt && total > 0
      ? zh
        ? `准确的欠款金额：${money(total, debt.currency, lang)}${parts.length > 1 ? `（${parts.join('，')}）` : ''}。先在账单或 App 里核对一遍，和银行说的对不上时请对方逐项说明。`
        : `The exact balance: ${money(total, debt.currency, lang)}${parts.length > 1 ? ` (${parts.join(', ')})` : ''}. Check it against your statement or app, and ask the bank to itemise any difference.`
      : zh
        ? '准确的欠款金额和明细（本金、利息、费用、违约金）：在账单、App 或客服处查清后填入计划页。'
        : 'The exact balance and its breakdown (principal, interest, fees, penalties): find it on your statement, in the app or from the bank, and enter it in the Plan.';
  const afford =
    debt && budget && spare > 0
      ? zh
        ? `每月最多能还多少：${money(spare, debt.currency, lang)}（收入减去必要开支和其他还款）。谈的时候不要答应超过这个数的月供。`
        : `What you can pay each month: ${money(spare, debt.currency, lang)} (income less essential costs and other repayments). Do not agree to more than this a month.`
      : zh
        ? '每月最多能还多少：在计划页填写收入、必要开支和其他还款，Parley 会算出来。'
        : 'What you can pay each month: enter your income, essential costs and other repayments in the Plan and Parley works it out.';
  const when = zh
    ? `什么时候联系：越早越好，最好在还款日之前；选工作日，在银行的服务时间内${serviceHours ? `（${serviceHours}）` : '（见银行官网或卡背面）'}，留出足够的时间。`
    : `When to contact them: as early as you can, before the payment is due if possible; on a weekday, within the bank's service hours${serviceHours ? ` (${serviceHours})` : ' (on its website or the back of your card)'}, with time to spare.`;
  return [
    { id: 'amount', text: amount },
    { id: 'afford', text: afford },
    {
      id: 'propose',
      text: zh
        ? '准备提出什么方案：想好开价、目标和底线（下方的书面申请可以从中选一个），以及能否一次性先还一部分。'
        : 'What you will propose: decide your opening ask, your aim and your limit (the written application below can use one), and whether you can pay something up front.',
    },
    { id: 'when', text: when },
    {
      id: 'record',
      text: zh
        ? '记下对方的姓名和工号、受理编号和每一个答复；谈妥后请银行出具书面确认。'
        : "Note the agent's name and staff ID, any reference number and every answer; once terms are agreed, ask for them in writing.",
    },
  ];
}
