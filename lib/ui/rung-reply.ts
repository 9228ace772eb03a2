import { describeOffer, formatMoney, type Rung } from '../negotiate/index';
import type { Currency } from '../negotiate/types';

export type RungName = 'opening' | 'target' | 'walkAway';

/**
 * The words for proposing one rung of the ladder: a calm proposal with the user's own figure, never a promise or
 * a threat. Kept short so the person can edit it before sending.
 */
export function rungReply(name: RungName, rung: Rung, currency: Currency, lang: 'zh' | 'en'): string {
  const plan = describeOffer(rung.offer, lang, rung.analysis.schedule);
  const monthly = formatMoney(rung.analysis.maxMonthlyPayment, currency, lang);
  if (rung.offer.kind === 'settlement') {
    const amount = formatMoney(rung.analysis.totalPaid, currency, lang);
    if (lang === 'zh') {
      return name === 'walkAway'
        ? `我能筹到的上限是 ${amount}。如果能按这个金额结清（${plan}），我可以尽快安排还款，也请您出具书面结清证明。`
        : `考虑到我目前的收入情况，我想申请一次性结清：${plan}。如果可以，请给我书面确认，我会按时支付。`;
    }
    return name === 'walkAway'
      ? `The most I can raise is ${amount}. If we can settle for that (${plan}), I can arrange payment promptly — please confirm it in writing.`
      : `Given my current income, I would like to propose a settlement: ${plan}. If you can agree, please confirm it in writing and I will pay on time.`;
  }
  if (lang === 'zh') {
    if (name === 'opening') return `结合我目前的收支，我想申请这样的方案：${plan}。这样我每月还 ${monthly}，能够稳定按时还款。`;
    if (name === 'target') return `我每月最多能拿出 ${monthly} 还这笔欠款。能否按 ${plan} 为我办理？我愿意尽快签署协议。`;
    return `我再认真算了一下，最多只能做到 ${plan}（每月 ${monthly}）。超过这个数我担心无法持续还款，麻烦您帮我再申请一下。`;
  }
  if (name === 'opening') return `Based on my income and expenses, I would like to ask for this plan: ${plan}. At ${monthly} a month I can pay reliably.`;
  if (name === 'target') return `I can put ${monthly} a month towards this debt. Could you set it up as ${plan}? I am ready to sign the agreement.`;
  return `I have gone through my budget again: the most I can manage is ${plan} (${monthly} a month). Beyond that I could not keep up the payments — could you check once more?`;
}
