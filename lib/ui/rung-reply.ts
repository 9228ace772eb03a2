import { describeOfferSentence, type Rung } from '../negotiate/index';
import type { Currency } from '../negotiate/types';
import { roundApproximateFigures } from '../phrasing/approximate';

export type RungName = 'opening' | 'target' | 'walkAway';

/**
 * The words for proposing one rung of the ladder: a calm proposal with the user's own figure, never a promise or
 * a threat, written as a person says it (the plan as a clause, not the card's "·" list). Kept short so the person
 * can edit it before sending.
 */
export function rungReply(name: RungName, rung: Rung, _currency: Currency, lang: 'zh' | 'en'): string {
  return roundApproximateFigures(replyText(name, describeOfferSentence(rung.offer, lang, rung.analysis.schedule), rung.offer.kind === 'settlement', lang));
}

function replyText(name: RungName, plan: string, settlement: boolean, lang: 'zh' | 'en'): string {
  // The user's ceiling is never stated: telling the bank the most you can pay is where it will start.
  if (settlement) {
    if (lang === 'zh') {
      return name === 'walkAway'
        ? `我能筹到的钱有限，最多只能${plan}。如果可以，我会尽快安排，也请您出具书面结清证明。`
        : `考虑到我目前的收入情况，我想申请${plan}。如果可以，请给我书面确认，我会按时支付。`;
    }
    return name === 'walkAway'
      ? `What I can raise is limited; the most I can do is ${plan}. If you can agree, I will arrange it promptly — please confirm it in writing.`
      : `Given my current income, I would like to propose ${plan}. If you can agree, please confirm it in writing and I will pay on time.`;
  }
  if (lang === 'zh') {
    if (name === 'opening') return `结合我目前的收支，我想申请${plan}。这样我能稳定地按时还款。`;
    if (name === 'target') return `我仔细算过每月的收支，能否为我办理${plan}？如果可以，我愿意尽快签署协议。`;
    return `我再认真算了一下，最多只能做到${plan}。超过这个数我担心无法持续还款，麻烦您帮我再申请一下。`;
  }
  if (name === 'opening') return `Based on my income and expenses, I would like to ask for ${plan}. That way I can pay reliably every month.`;
  if (name === 'target') return `I have worked through my monthly budget. Could you set me up with ${plan}? If so, I am ready to sign the agreement.`;
  return `I have gone through my budget again: the most I can manage is ${plan}. Beyond that I could not keep up the payments — could you check once more?`;
}
