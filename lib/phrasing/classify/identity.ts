/**
 * Identity check or secret request? Decided by WHAT the agent asks for, not by the purpose it gives:
 *  - an identity check asks for something that identifies the person but cannot move money or open the account:
 *    name, date of birth, the phone, e-mail or address on file, a postcode, the last 4 digits of a card or account,
 *    the last digits of an ID number, answers to security questions, "are you the cardholder?";
 *  - a secret request asks for something that authorises: a one-time/SMS code, a password, a PIN, the CVV, the full
 *    card number or its expiry, online-banking log-in details. A real bank never needs these typed into a chat.
 * "To verify your identity, send me the code" asks for a secret: it is a red flag and NOT an identity check, whatever
 * it says it is for. A message that asks for both kinds of thing carries both labels. The corpus README's labelling
 * guide states the same rule for people labelling lines.
 */

import type { ClauseInfo } from './red-flags';

export const IDENTIFIER =
  /姓名|全名|名字|出生(日期|年月)|生日|(身份证|证件)(号码?|号)?的?(后|末)(四|4|六|6)位|(卡号|账号|卡|账户|尾号)的?(后|末)(四|4)位|尾号(是|为)?(多少|几)|(预留|登记|注册|绑定|留的|留存)的?(手机|电话|号码|邮箱|地址)|手机号(码)?(是|为)?(多少|哪个)|家庭住址|居住地址|通讯地址|邮编|(持卡人)?本人(吗|么|呢)|是否(为)?(持卡人)?本人|持卡人本人|名下吗|安全问题|预留问题|full name|your name|date of birth|\bdob\b|birthday|last (4|four|6|six)\b|ending in|post ?code|\bzip\b|address (on file|we have|on the account)|which address|(email|e-mail|phone|mobile)( address| number)? (on file|registered|on the account)|registered (phone|mobile|email|number|address)|security questions?|memorable (word|place|date)|maiden name|account holder|cardholder|sort code|account number|name on the (card|account)/;

/** Whether the message asks for an identifying detail, outside the clauses that ask for a secret. */
export function asksIdentifier(parts: readonly ClauseInfo[]): boolean {
  return parts.some((p) => p.scope === 'plain' && !p.cues.includes('secret') && IDENTIFIER.test(p.text));
}
