/**
 * Forty lines written by hand after the rules were changed, in phrasings no frame in lines.ts produces, scored once
 * and never used to change a rule: `npx tsx tests/negotiate/corpus/general/fresh.ts`. A rough figure for wording the
 * frames did not anticipate (too small for a bar), reported beside the test-split figure.
 */

import { parseOffer } from '../../../../lib/negotiate/index';
import { NOW, type CorpusEntry, type Expected } from '../offers';
import { formatScore, scoreCorpus } from '../score';

const L = (id: string, lang: 'zh' | 'en', text: string, expect: Expected[]): CorpusEntry => ({ id, lang, text, opts: { now: NOW }, expect });

export const FRESH: CorpusEntry[] = [
  L('f01', 'zh', '经过申请，您这笔欠款可以办理个性化分期，分36期，每期手续费0.5%，违约金全免。', [{ kind: 'installment', periods: 36, monthlyFeeRate: 0.005, waives: ['late-fee'] }]),
  L('f02', 'zh', '这样吧，您先付3000元，其余的分18期还，利息按年化8%算。', [{ kind: 'amortized', periods: 18, downPayment: 300000, annualRate: 0.08, currency: 'CNY' }]),
  L('f03', 'zh', '给您争取到的方案：本金分48期偿还，停止计息，罚息减免一半。', [{ kind: 'interest-frozen', periods: 48, waivesPart: [{ waiver: 'penalty', share: 0.5 }] }]),
  L('f04', 'zh', '最后的方案是一次性还12,800元，其余全部核销，需在4月10日前到账。', [{ kind: 'settlement', settlementAmount: 1280000, currency: 'CNY', deadline: '2025-04-10' }]),
  L('f05', 'zh', '可以延后三个月再开始还，之后按24期分摊。', [{ kind: 'deferral', periods: 3 }, { kind: 'installment', periods: 24, afterDeferral: 3 }]),
  L('f06', 'zh', '我們可以給您分24期，每期手續費0.65%，首期手續費一次性收取。', [{ kind: 'installment', periods: 24, monthlyFeeRate: 0.0065, feeCollection: 'upfront' }]),
  L('f07', 'zh', '如果您本月底前还清本金的八成，剩下的就不用还了。', [{ kind: 'settlement', settlementRatio: 0.8, settlementBase: 'principal', deadline: '2025-03-31' }]),
  L('f08', 'en', 'You qualify for our hardship program: 0% APR for 12 months, with payments of $210 per month.', [{ kind: 'amortized', periods: 12, annualRate: 0, monthlyPayment: 21000, currency: 'USD' }]),
  L('f09', 'en', "We're prepared to accept £2,750 as full and final settlement, provided it reaches us by 30 April 2025.", [{ kind: 'settlement', settlementAmount: 275000, currency: 'GBP', deadline: '2025-04-30' }]),
  L('f10', 'en', 'I can put a three-month payment freeze on the account, then set up 24 monthly instalments.', [{ kind: 'deferral', periods: 3 }, { kind: 'installment', periods: 24, afterDeferral: 3 }]),
  L('f11', 'en', 'We can knock 40% off the balance if you pay the rest in one go.', [{ kind: 'settlement', settlementRatio: 0.6 }]),
  L('f12', 'en', "We'll waive half of the late fees and set you up on 18 months at 6.5% APR.", [{ kind: 'amortized', periods: 18, annualRate: 0.065, waivesPart: [{ waiver: 'late-fee', share: 0.5 }] }]),
  L('f13', 'en', 'Put 10% down today and the remaining balance can go over 36 months interest-free.', [{ kind: 'installment', periods: 36, downPaymentRatio: 0.1, waives: ['interest'] }]),
  L('f14', 'zh', '您好，可以每月还1,500元，分20期还清。', [{ kind: 'installment', periods: 20, monthlyPayment: 150000, currency: 'CNY' }]),
  L('f15', 'zh', '經審批，可為您辦理停息掛帳，分五年還款。', [{ kind: 'interest-frozen', periods: 60 }]),
  L('f16', 'en', 'The plan would be 24 payments of roughly $187.', [{ kind: 'installment', periods: 24, monthlyPayment: 18700, currency: 'USD', approximate: ['monthlyPayment'] }]),
  L('f17', 'zh', '可以先还欠款的两成，剩余部分分12期，每期手续费0.7%。', [{ kind: 'installment', periods: 12, downPaymentRatio: 0.2, monthlyFeeRate: 0.007 }]),
  L('f18', 'zh', '违约金可以给您减免一半，罚息全免，本金分24期。', [{ kind: 'installment', periods: 24, waives: ['penalty'], waivesPart: [{ waiver: 'late-fee', share: 0.5 }] }]),
  L('f19', 'en', 'We can offer either 12 months at 4.9% APR or 24 months at 6.9% APR.', [{ kind: 'amortized', periods: 12, annualRate: 0.049 }, { kind: 'amortized', periods: 24, annualRate: 0.069 }]),
  L('f20', 'en', 'Your account can be settled for $3,400, payable in two instalments of $1,700.', [{ kind: 'settlement', settlementAmount: 340000, currency: 'USD', settlementInstallments: 2 }]),
  L('n01', 'zh', '您的个性化分期申请已提交，审批结果会在3-5个工作日内短信通知。', []),
  L('n02', 'zh', '根据合同，逾期会产生每日万分之五的利息。', []),
  L('n03', 'zh', '您上个月还了2000元，目前剩余本金18,650元。', []),
  L('n04', 'zh', '请问您能接受分多少期？每期大概能还多少？', []),
  L('n05', 'zh', '您刚才说每个月只能拿出800，对吧？', []),
  L('n06', 'zh', '我们的客服热线是400-669-5566，工作日8:30-17:30。', []),
  L('n07', 'zh', '工单编号20250310-0087已生成。', []),
  L('n08', 'zh', '逾期超过90天的账户会被移交至第三方催收。', []),
  L('n09', 'en', 'Your account is currently 47 days past due with $312.40 in late fees.', []),
  L('n10', 'en', 'Hardship programs usually run between 6 and 60 months.', []),
  L('n11', 'en', "I'm not able to approve a settlement below 70% of the balance.", []),
  L('n12', 'en', 'The 18-month plan you were on ended in January.', []),
  L('n13', 'en', 'Please call us back on 0345 300 0000 quoting reference 88412.', []),
  L('n14', 'en', "So you're asking for 24 months at 0%? Let me see what I can do.", []),
  L('n15', 'en', 'Last payment received: $150 on February 28.', []),
  L('n16', 'zh', '分期手续费率一般在0.6%到0.75%之间，以审批为准。', []),
  L('n17', 'zh', '您之前的分期方案已于3月1日到期失效。', []),
  L('n18', 'zh', '请在还款日前确保账户余额充足，避免产生违约金。', []),
  L('n19', 'en', 'Our minimum monthly payment is 2% of the balance or $25, whichever is greater.', []),
  L('n20', 'en', 'You have until the 15th to submit your income documents.', []),
];

const isMain = process.argv[1]?.endsWith('fresh.ts');
if (isMain) {
  const score = scoreCorpus(FRESH, (e) => parseOffer(e.text, e.opts));
  for (const m of score.misses) {
    const e = FRESH.find((x) => x.id === m.id)!;
    console.log(`${m.id} ${e.text}\n  expected ${JSON.stringify(m.expected)}\n  got      ${JSON.stringify(m.got)}`);
  }
  console.log(formatScore(score, 'fresh hand-written lines (scored once, never tuned on)'));
}
