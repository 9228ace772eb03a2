/**
 * The message that asks the bank to put an agreed plan in writing. A chat agreement is easy to dispute later; a
 * written confirmation that names every term is what the person can rely on, so the message lists each term the
 * record knows and asks the bank to state the ones it does not.
 */
import { describeOfferSentence } from '../negotiate/describe';
import type { Schedule } from '../negotiate/schedules/schedule';
import type { Currency, Offer } from '../negotiate/types';
import { chineseList, dateText, englishList, money, WAIVER_WORDS, type Lang } from './format';

export interface ConfirmationInput {
  lang: Lang;
  terms: Offer;
  /** The payments of the agreed plan, when Parley could work them out. */
  schedule?: Schedule;
  /** YYYY-MM-DD of the first payment, when known. */
  firstDue?: string;
  references: readonly string[];
  agents: readonly { name?: string; id?: string }[];
}

interface Line {
  /** What the record says about this term. */
  known?: string;
  /** The term's name, asked about when the record does not know it. */
  ask: string;
}

/** How many payments and what they add up to; the plan sentence already gives each payment's amount. */
function paymentsText(schedule: Schedule, currency: Currency, lang: Lang): string | undefined {
  const bills = schedule.payments.filter((p) => p.period >= 1).length;
  const down = schedule.payments.find((p) => p.period === 0);
  if (bills === 0 && !down) return undefined;
  const total = money(schedule.totalPaid, currency, lang);
  if (lang === 'zh') return `${down ? `首付${money(down.total, currency, lang)}，` : ''}${bills > 0 ? `共${bills}期，` : ''}合计还款${total}`;
  const parts = [down ? `${money(down.total, currency, lang)} paid now` : '', bills > 0 ? `${bills} monthly payment${bills === 1 ? '' : 's'}` : ''].filter(Boolean);
  return `${parts.join(' and ')}, ${total} in all`;
}

function chargesText(schedule: Schedule, currency: Currency, lang: Lang): string {
  const fee = schedule.payments.reduce((s, p) => s + p.fee, 0);
  const interest = schedule.payments.reduce((s, p) => s + p.interest, 0);
  const parts: string[] = [];
  if (fee > 0) parts.push(lang === 'zh' ? `手续费共${money(fee, currency, lang)}` : `fees of ${money(fee, currency, lang)} in total`);
  if (interest > 0) parts.push(lang === 'zh' ? `利息共${money(interest, currency, lang)}` : `interest of ${money(interest, currency, lang)} in total`);
  if (parts.length === 0) return lang === 'zh' ? '不收取手续费和利息' : 'no fees and no interest';
  return lang === 'zh' ? parts.join('，') : englishList(parts);
}

function waiversText(terms: Offer, lang: Lang): string | undefined {
  const full = (terms.waives ?? []).map((w) => WAIVER_WORDS[w][lang]);
  const part = (terms.waivesPart ?? []).map((p) => {
    const pct = `${Number((p.share * 100).toFixed(2))}%`;
    return lang === 'zh' ? `${WAIVER_WORDS[p.waiver].zh}减免${pct}` : `${pct} of the ${WAIVER_WORDS[p.waiver].en}`;
  });
  if (full.length === 0 && part.length === 0) return undefined;
  if (lang === 'zh') return [full.length > 0 ? `全额减免${chineseList(full)}` : '', ...part].filter(Boolean).join('，');
  return `waiving ${englishList([...full.map((f) => `all ${f}`), ...part])}`;
}

function agentText(agents: ConfirmationInput['agents'], lang: Lang): string | undefined {
  const named = agents
    .map((a) => {
      const name = a.name?.trim();
      const id = a.id?.trim();
      if (lang === 'zh') return name && id ? `${name}（工号${id}）` : name ? name : id ? `工号${id}` : '';
      return name && id ? `${name} (staff ID ${id})` : name ? name : id ? `staff ID ${id}` : '';
    })
    .filter(Boolean);
  const unique = [...new Set(named)];
  if (unique.length === 0) return undefined;
  return lang === 'zh' ? chineseList(unique) : englishList(unique);
}

function lines(input: ConfirmationInput): Line[] {
  const { lang, terms, schedule } = input;
  const currency = terms.currency ?? 'CNY';
  const zh = lang === 'zh';
  const refs = [...new Set(input.references.map((r) => r.trim()).filter(Boolean))];
  const out: Line[] = [
    { known: describeOfferSentence(terms, lang, schedule), ask: zh ? '还款方案' : 'the plan' },
    { known: schedule ? paymentsText(schedule, currency, lang) : undefined, ask: zh ? '期数和每期金额' : 'the number of payments and the amount of each' },
    { known: schedule ? chargesText(schedule, currency, lang) : undefined, ask: zh ? '手续费、利息等全部费用' : 'every fee and interest charge' },
  ];
  const waived = waiversText(terms, lang);
  out.push(
    waived
      ? { known: waived, ask: '' }
      : { ask: zh ? '是否减免罚息、违约金（如减免，请写明金额）' : 'whether any penalty interest or late fees are waived, and how much' },
  );
  out.push({ known: input.firstDue ? (zh ? `首期还款日${dateText(input.firstDue, lang)}` : `first payment due ${dateText(input.firstDue, lang)}`) : undefined, ask: zh ? '首期还款日' : 'the date the first payment is due' });
  out.push({ known: refs.length > 0 ? (zh ? `受理编号${chineseList(refs)}` : `reference ${englishList(refs)}`) : undefined, ask: zh ? '受理编号' : 'the reference number' });
  const agent = agentText(input.agents, lang);
  out.push({ known: agent ? (zh ? `经办客服${agent}` : `arranged with ${agent}`) : undefined, ask: zh ? '经办客服的姓名和工号' : 'the name and staff ID of the person who arranged it' });
  return out;
}

/** The request, ready to insert into the chat or paste into an email. Nothing in it is sent by Parley. */
export function confirmationRequest(input: ConfirmationInput): string {
  const zh = input.lang === 'zh';
  const all = lines(input);
  const known = all.filter((l) => l.known).map((l) => l.known!);
  const asked = all.filter((l) => !l.known && l.ask).map((l) => l.ask);
  const numbered = known.map((k, i) => `${i + 1}. ${k}`).join('\n');
  if (zh) {
    return [
      '您好，谢谢您的帮助。为了双方都有据可查，请以书面形式（短信、邮件或确认函）确认我们刚才商定的还款安排：',
      numbered,
      asked.length > 0 ? ['以下内容也请在确认中写明：', ...asked.map((a) => `- ${a}`)].join('\n') : undefined,
      '收到后我会妥善保存。请问大约什么时候可以发给我？',
    ]
      .filter(Boolean)
      .join('\n');
  }
  const ask = asked.length > 0 ? ['Please also state:', ...asked.map((a) => `- ${a}`)].join('\n') : undefined;
  return [
    'Thank you for your help. So that we both have a clear record, could you please confirm in writing (email, letter or text message) the repayment arrangement we have just agreed:',
    numbered,
    ask,
    'I will keep it with my records. When can I expect to receive it?',
  ]
    .filter(Boolean)
    .join('\n');
}
