/**
 * Scam signs in an agent's message. Banks' own chats routinely *warn* about the same things ("请勿向任何人透露验证码",
 * "we will never ask for your PIN"), so a sign only counts in a clause that is not negated, and asking for a secret
 * needs both the secret and a request to hand it over within two clauses of each other ("您收到一条验证码了吧？念给我听").
 * "不要担心" / "don't worry" is not a negation: it is how these scripts calm people down.
 */

import { clauses } from './normalize';
import type { TextRedFlagId } from '../types';

const NEGATION_ZH = /请勿|切勿|勿|不要(?!担心|紧张|着急|害怕|挂)|别(?!担心|紧张|着急|害怕|挂)|不会|不得|禁止|严禁|谨防|警惕|防范|当心|小心|任何人|不存在|所谓|诈骗|骗子|绝不|从不|无需|不需要|不收取|冒充/;
const NEGATION_EN = /\bnever\b|\bdon'?t\b(?! worry)|\bdo not\b(?! worry)|\bwon'?t\b|\bwill not\b|\bshould ?n[o']t\b|\bmust not\b|\bbeware\b|\bbe wary\b|\bbe careful\b|\bscams?\b|at anyone'?s request/;

export function isNegated(clause: string): boolean {
  return NEGATION_ZH.test(clause) || NEGATION_EN.test(clause);
}

const SECRET =
  /验证码|校验码|动态码|动态密码|短信码|密码|(收到|发来|发送)的?(\d|六|四)位(数字|数|码)?|(短信|信息)里的(数字|号码|码)|安全码|cvv|cvc|cvn|卡背面.{0,4}(三|3)位|(三|3)位(数字|安全码)|卡号(?!后[四4六6]位)|有效期|one[- ]time (pass)?code|\botp\b|passcode|password|\bpin\b|security code|verification code|the code\b|(\d|six|four)[- ]digit code|card number|expiry|log-?in details|online banking details/;

const HAND_OVER =
  /提供|告诉|告知|透露|发给|发我|发送给?我|发过来|报一下|报给|报下|说一下|念|读一下|读给|给我|需要您的|(聊天框|对话框|这里|此处|窗口)(里|中)?输入|回复给?我|截图给?我|索要/;
const HAND_OVER_EN =
  /\b(tell|give|send|read|provide|share|text|say)\b( it)?( to)?( me| us)?|\bi('ll| will)? need\b|\bwe need\b|what('s| is) (the|your)|\b(type|enter|put)\b.{0,30}\b(here|(in|into) (the|this) (chat|chat box|window|box))\b|\bask(ing)? for\b/;

const ACCOUNT_STRONG = /安全账户|安全帐户|监管账户|资金监管|safe account|(secure|protected|safe|holding|special|temporary) (holding )?account|safe(ty)? wallet/;
const ACCOUNT_WEAK =
  /保证金|(个人|私人|私)(的)?(银行卡|银行账户|账户|帐户|卡|账号|微信|支付宝)|对私账户|(工作人员|我|我们|专员)的(个人)?(账户|卡|微信|支付宝)|(微信|支付宝)(转账|扫码)|个人银行卡|指定(的)?账户|personal account|my (own )?account|gift cards?|bitcoin|crypto|western union|moneygram|the account below/;
const MOVE_MONEY = /转|汇|打款|打到|存入|缴纳|付款|支付|还款|移到|transfer|move|send|wire|pay|deposit/;

const REMOTE =
  /屏幕共享|共享屏幕|开启共享|打开共享|远程|向日葵|todesk|teamviewer|anydesk|quick ?support|rustdesk|腾讯会议|视频会议|会议软件|\bzoom\b|share (your|the) screen|screen[- ]?shar|remote (access|control|desktop|support|session|app)/;

const REPAIR =
  /征信修复|修复(您的)?(征信|信用)|洗白|(消除|删除|撤掉|撤销|抹掉|清除|铲除|去掉|撤除)(您的|这次的?)?(逾期|不良|征信)(记录)?|(逾期|不良)记录.{0,8}(消除|删除|撤掉|清除|抹掉)|从征信(报告)?上(撤|删|消|去)|铲单|征信(变白|干净)|credit repair|repair (your|the) credit|(remove|erase|wipe|delete|clean|scrub|clear)[a-z]* .{0,40}\b(from|off) (your |the |all )?(three )?(credit|file|report|bureaus?|record)|credit (history|report|file|record) (will be|can be|gets?) (cleaned|cleared|wiped|erased|fixed|repaired)|(erase|wipe|remove) (this|the) (account|default|late payments?)/;
const BORROW_TO_CLEAR = /借(一笔|钱|款).{0,12}(还上|还清|先还)|借钱先还|从.{0,10}平台借|(take out|get) a (short-term |new |payday )?loan/;
const RECORD_CLAIM = /征信|记录|credit|record|file/;

function within(a: number[], b: number[], span: number): boolean {
  return a.some((i) => b.some((j) => Math.abs(i - j) <= span));
}

const ANY_SIGN = [SECRET, ACCOUNT_STRONG, ACCOUNT_WEAK, REMOTE, REPAIR, BORROW_TO_CLEAR];

/** Red flags in a normalize()d message, in TEXT_RED_FLAGS order. */
export function detectRedFlags(normalized: string): TextRedFlagId[] {
  // Most messages carry no sign at all; settle that with a few passes over the whole text before cutting clauses.
  if (!ANY_SIGN.some((re) => re.test(normalized))) return [];
  return detectInClauses(clauses(normalized));
}

function detectInClauses(parts: readonly string[]): TextRedFlagId[] {
  const secretAt: number[] = [];
  const handOverAt: number[] = [];
  let account = false;
  let remote = false;
  let repair = false;
  let borrowAt = -1;
  let recordAt = -1;
  parts.forEach((c, i) => {
    if (isNegated(c)) return;
    if (SECRET.test(c)) secretAt.push(i);
    if (HAND_OVER.test(c) || HAND_OVER_EN.test(c)) handOverAt.push(i);
    if (ACCOUNT_STRONG.test(c) || (ACCOUNT_WEAK.test(c) && MOVE_MONEY.test(c))) account = true;
    if (REMOTE.test(c)) remote = true;
    if (REPAIR.test(c)) repair = true;
    if (BORROW_TO_CLEAR.test(c)) borrowAt = i;
    if (RECORD_CLAIM.test(c)) recordAt = i;
  });
  if (borrowAt >= 0 && recordAt >= 0 && Math.abs(borrowAt - recordAt) <= 2 && repairContext(parts)) repair = true;
  const flags: TextRedFlagId[] = [];
  if (secretAt.length > 0 && within(secretAt, handOverAt, 2)) flags.push('asks-secret');
  if (account) flags.push('safe-account');
  if (remote) flags.push('remote-control');
  if (repair) flags.push('credit-repair');
  return flags;
}

/** Borrowing to pay is ordinary advice; it is a scam sign only when tied to making a record disappear. */
function repairContext(parts: readonly string[]): boolean {
  return parts.some((c) => !isNegated(c) && /洗白|消除|删除|清除|撤掉|变白|干净|wipe|erase|remove|clean|clear (your|the) (record|file|history)/.test(c));
}
