/**
 * Amounts of money and the part each plays in an offer. Forms: ¥12,000.00, ￥12000, 12000元, 1.2万, 一万二千块, 3千5,
 * RMB 6,000, CNY, $3,500, US$1,200, USD 900, 4,500 dollars, £900, 900 GBP, HK$20,000, €, 1.2k, $3.5k, "3.5 thousand".
 * A bare number is money only where a payment word says so ("每月还800", "pay 6,000 to close the account").
 *
 * The role (down payment, monthly payment, settlement, plan amount, reduction, balance) is read from the words right
 * before and after the figure; the nearest one wins. Values are integer minor units.
 */

import { after, before } from './context';
import type { Ctx, Mention, MoneyRole } from './types';
import type { Currency } from '../types';

const PREFIX = /(us\$|hk\$|\$|¥|£|€|rmb|cny|usd|gbp|eur|hkd|人民币|港币|港元|美元)\s*$/;
const MULT = /^(?:\s*(k)(?![a-z])|\s+(thousand|grand)(?![a-z])|\s*(million|mn)(?![a-z])|\s*(万元|万|千元|千))/;
const SUFFIX = /^\s*(元|块钱|块|圆|美元|美金|英镑|欧元|港币|港元|dollars?(?![a-z])|bucks(?![a-z])|pounds?(?![a-z])|quid(?![a-z])|euros?(?![a-z])|usd(?![a-z])|gbp(?![a-z])|rmb(?![a-z])|cny(?![a-z])|yuan(?![a-z])|hkd(?![a-z])|eur(?![a-z]))/;

function currencyOf(word: string): Currency | undefined {
  switch (word) {
    case '$':
    case 'us$':
    case 'usd':
    case '美元':
    case '美金':
    case 'bucks':
    case 'dollar':
    case 'dollars':
      return 'USD';
    case 'hk$':
    case 'hkd':
    case '港币':
    case '港元':
      return 'HKD';
    case '£':
    case 'gbp':
    case '英镑':
    case 'pound':
    case 'pounds':
    case 'quid':
      return 'GBP';
    case '€':
    case 'eur':
    case 'euro':
    case 'euros':
    case '欧元':
      return 'EUR';
    case '¥':
    case 'rmb':
    case 'cny':
    case '人民币':
    case '元':
    case '块':
    case '块钱':
    case '圆':
    case 'yuan':
      return 'CNY';
    default:
      return undefined;
  }
}

/** Role words before a figure, searched right-to-left: the one nearest the figure decides. */
const PRE_ROLES: Array<[MoneyRole | 'balance' | 'fee', RegExp]> = [
  ['balance', /最低还款额?|最低还款|最低|minimum(?: monthly)?(?: payment| due)?(?: of)?|账单金额|账单|总欠款|欠款|共计|合计|余额|balance(?: of)?|you owe|owe|outstanding|应还(?:款)?(?:金额|总额|款额)|本期应还|total(?: due)?|逾期金额|current(?:ly)?|due/g],
  ['fee', /手续费|服务费|利息|罚息|违约金|(?:每期|每月)本金|fee of|fees of|interest of|charge of|principal of/g],
  ['settle', /一次性(?:还款|偿还|还清|结清|支付|付清|归还|还|付)?|只需(?:要)?(?:还|支付|偿还|归还)?|只要还|仅需(?:还)?|只还|结清金额|结清|settle(?:d)? (?:for|at)|settlement(?: offer| amount| figure)?(?: of| is| at)?|lump[- ]?sum(?: payment)?(?: of)?|one[- ]?(?:time|off) payment(?: of)?|single payment(?: of)?|payoff(?: amount)?(?: of)?|accept(?:ing)?|for (?:a )?total of/g],
  ['down', /首付款?|先还|先行还款|先付|首期先还|定金|down payment(?: of)?|deposit(?: of)?|initial payment(?: of)?|upfront payment(?: of)?/g],
  ['monthly', /(?:每月|每期|每个月)(?:大概|大约|约|只需|需要|只要|最少|至少|固定)?(?:还款额?|应还|需还|还|付|支付|供)?|月供|月还款额?|月付|monthly payments?(?: of)?|(?:fixed|regular|reduced|each|equal) payments?(?: of)?|payments of|installments? of|instalments? of|repayments of/g],
  ['amount', /分期金额|分期本金|本金|将|把|剩余(?:本金|欠款|金额)?的?|剩下的?|其余|the remaining(?: balance of)?|remaining balance of|the rest of|spread|put|plan for/g],
  ['reduction', /减免|少还|优惠|take|knock|reduce (?:it |the balance |your balance )?by|discount of/g],
  ['same', /也就是|即为|即|相当于|约合|that's|that is|i\.e\.|which is|(?:which |that )?comes to|amounting to|works out (?:to|at)|equal to/g],
  ['pay', /(?<![a-z])pay(?:ing)?|paid|还款|还|支付|付|(?<!分期|还款|应还|逾期|欠款|账单)金额(?:是|为)|(?<![a-z])amount (?:is|of)/g],
];

const POST_MONTHLY = /^\s*(?:左右)?\s*(?:(?:\/|每)\s*(?:月|期|month|mo(?![a-z]))|(?:a|per|each|every)\s+month|monthly|a mo(?![a-z])|\/mo(?![a-z]))/;
const POST_DOWN = /^\s*(?:down(?![a-z])|up[- ]?front|now(?![a-z])|first(?![a-z])|as (?:a )?(?:down payment|deposit)|(?:作为|的)?首付(?!比例))|^\s*today,?\s+(?:and|then)\s+(?:the\s+)?(?:remaining|rest|remainder|balance)/;
const POST_AMOUNT = /^\s*(?:的(?:欠款|账单|本金|额度|金额|款项))?\s*(?:可以|可|能)?\s*(?:分成|分|办理分期|申请分期)|^\s*(?:balance\s+)?(?:over|across)\s+(?:\d|[a-z]+\s+(?:months?|years?))|^\s*(?:balance\s+)?(?:on|into) (?:a|an|the)\s+[\w-]*\s*(?:plan|program)/;
const POST_SETTLE = /^\s*(?:即可|就可以|就能|便可|就)?\s*(?:一次性|一次过)?\s*(?:结清|还清|清偿|了结|清还|清数)|^[^.;?!]{0,48}?(?:as (?:a )?(?:full and final |full )?settlement|as (?:payment in full|full and final)|in full and final|to (?:settle|close|resolve|clear)(?![a-z])|settles? the|(?:call|consider|treat|mark)(?:s|ed|ing)? (?:it|this|that|the account|your account|the debt|the balance)(?: as)? (?:settled|closed|square|paid in full)(?![a-z]))/;
/**
 * "两万五可以给您结清", "两万五，可以给您结清": the figure the agent will close the account for, said before the verb. A
 * figure the sentence already named as the balance or a fee ("您的欠款是两万五，可以给您结清吗") stays what it was.
 */
const POST_SETTLE_OFFERED = /^\s*[,，]?\s*(?:我们|我这边|这边|银行|本行|我行)?\s*(?:就|也)?(?:可以|能)?\s*(?:给您|帮您|为您|给你|帮你|跟您|同您)\s*(?:一次性|一次过)?\s*(?:结清|了结|清数)(?![^。；;!?！？]*\d)/;
/** "$2,000 now to close the account": paid now, but as the whole settlement. */
const POST_SETTLE_NEAR = /^\s*(?:now|today|up[- ]?front)?\s*(?:to (?:settle|close|resolve|clear)(?![a-z])|as (?:a )?(?:full and final |full )?settlement)/;
const POST_REDUCTION = /^\s*off(?![a-z])/;
const FEE_SUBJECT = /(?:手续费|服务费|管理费|(?<![a-z])(?:fee|fees|charge|charges))(?:(?!还|付|pay)[^\d$¥£€])*$/;
/** The agent's own rounding: 约, 大概, 左右, about, approximately. */
const APPROX_PRE = /(?:(?<![违合预签契节制公条])约|大概|大致|差不多|(?<![a-z])(?:approximately|approx\.?|about|around|roughly|circa))\s*(?:是|为|在|需|要|还款?|付|支付|:)?\s*$/;
const APPROX_POST = /^\s*(?:左右|上下|(?<![a-z])or so(?![a-z]))/;
const POST_BALANCE = /^\s*(?:balance|outstanding|owed|in arrears|的欠款|欠款|的账单|的本金)/;

function nearestRole(pre: string): MoneyRole | 'balance' | 'fee' | null {
  let best: MoneyRole | 'balance' | 'fee' | null = null;
  let bestEnd = -1;
  for (const [role, re] of PRE_ROLES) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(pre)) !== null) {
      const end = m.index + m[0].length;
      // Ties go to the earlier list entry (balance beats "payment of" in "minimum payment of").
      if (end > bestEnd) {
        bestEnd = end;
        best = role;
      }
    }
  }
  return best;
}

/** Money mentions with currency and role; claims their tokens. */
export function findMoney(ctx: Ctx): Mention[] {
  const { text, tokens } = ctx;
  const out: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (ctx.used[i]) continue;
    const t = tokens[i]!;
    if (!Number.isFinite(t.value) || t.value <= 0 || t.script === 'en') continue;
    let end = t.end;
    let value = t.value;
    let currency: Currency | undefined;
    let curStart: number | undefined;
    let curEnd: number | undefined;
    const pre6 = text.slice(Math.max(0, t.start - 6), t.start);
    const pm = PREFIX.exec(pre6);
    if (pm) {
      currency = currencyOf(pm[1]!);
      curStart = t.start - pm[0].length;
      curEnd = curStart + pm[1]!.length;
    }
    const mm = MULT.exec(text.slice(end, end + 12));
    if (mm) {
      const unit = mm[1] ?? mm[2] ?? mm[3] ?? mm[4]!;
      const factor = unit === 'k' || unit === 'thousand' || unit === 'grand' || unit.startsWith('千') ? 1000 : unit.startsWith('万') ? 1e4 : 1e6;
      if (!(t.scaled && (unit.startsWith('万') || unit.startsWith('千')))) value *= factor;
      end += mm[0].length;
      if (unit.endsWith('元')) {
        currency ??= 'CNY';
        curStart ??= end - 1;
        curEnd ??= end;
      } else if (unit.startsWith('万') && !currency && ctx.hasCJK && !/^\s*(?:港|美|欧|英镑|hk|us)/i.test(text.slice(end, end + 4))) {
        // 3万 in a Chinese message is 30,000 yuan: 万 counts money only in yuan unless another currency follows.
        currency = 'CNY';
        curStart = end - mm[0].length;
        curEnd = end;
      }
    }
    const sm = SUFFIX.exec(text.slice(end, end + 12));
    if (sm) {
      // 港元/美元/欧元 end in 元: the longer word wins, and 元 right after 港/美/欧 is not CNY.
      const word = sm[1]!;
      currency = currencyOf(word) ?? currency;
      curStart = end + sm[0].length - word.length;
      curEnd = end + sm[0].length;
      end += sm[0].length;
    }
    // 1.2万, 两万 arrive as one scaled token, so MULT never sees their 万: the same yuan reading applies.
    const wan = t.scaled && !currency && ctx.hasCJK ? text.indexOf('万', t.start) : -1;
    if (wan >= 0 && wan < t.end && !/^\s*(?:港|美|欧|英镑|hk|us)/i.test(text.slice(end, end + 4))) {
      currency = 'CNY';
      curStart = wan;
      curEnd = wan + 1;
    }
    const pre = before(ctx, t.start - (pm ? pm[0].length : 0), 28);
    const post = after(ctx, end, 60, 'sentence');
    if (/^\s*(?:cents?|pence|p(?![a-z]))(?![a-z])/.test(text.slice(end, end + 8))) {
      ctx.used[i] = 1;
      continue;
    }
    const marked = currency !== undefined || mm !== null || t.scaled;
    let role: MoneyRole | 'balance' | 'fee' | null;
    if (POST_MONTHLY.test(post)) role = 'monthly';
    else if (POST_BALANCE.test(post)) role = 'balance';
    else if (POST_SETTLE_NEAR.test(post)) role = 'settle';
    else if (POST_DOWN.test(post)) role = 'down';
    else if (POST_AMOUNT.test(post)) role = 'amount';
    else if (POST_SETTLE.test(post)) role = 'settle';
    else if (POST_REDUCTION.test(post) && /take|knock/.test(pre)) role = 'reduction';
    else {
      role = nearestRole(pre);
      if (role !== 'balance' && role !== 'fee' && POST_SETTLE_OFFERED.test(post)) role = 'settle';
    }
    // "the fee for the plan is $15 per month", "每期手续费72元": a charge, not the payment.
    if (role !== 'down' && role !== 'settle' && FEE_SUBJECT.test(before(ctx, t.start - (pm ? pm[0].length : 0), 48))) role = 'fee';
    if (!marked) {
      // A bare number is money only after a payment word, and never a tiny one (工号, 第3项).
      if (role === null || role === 'balance' || role === 'fee' || t.value < 10) continue;
      const next = text[end] ?? '';
      if (/[期月年天日号%次个岁点位]/.test(next)) continue;
    }
    ctx.used[i] = 1;
    const minor = Math.round(value * 100);
    if (!Number.isFinite(minor) || minor <= 0 || minor > 1e12) continue;
    // Paying the whole known balance (or more) is not a settlement, just paying in full.
    const balance = ctx.opts.balance;
    if (balance !== undefined && minor >= balance && (role === 'settle' || role === 'pay' || role === 'same')) role = 'other';
    const approx = APPROX_PRE.test(before(ctx, t.start - (pm ? pm[0].length : 0), 18)) || APPROX_POST.test(text.slice(end, end + 8));
    const mention: Mention = {
      t: 'money',
      ...(approx ? { approx: true } : {}),
      ...(/^\s*(?:each|apiece|every time|每期|每次)(?![a-z])/.test(post) ? { each: true } : {}),
      start: pm ? t.start - pm[0].length : t.start,
      end,
      clause: ctx.clauseAt(t.start),
      value: minor,
      role: role === null || role === 'balance' || role === 'fee' ? 'other' : role,
    };
    if (currency) {
      mention.currency = currency;
      mention.curStart = curStart;
      mention.curEnd = curEnd;
    }
    out.push(mention);
  }
  return out;
}
