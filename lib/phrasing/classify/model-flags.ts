/**
 * When the model may raise a red flag that no cue-pair rule raised (./red-flags.ts raises those on its own). One row
 * a flag: the cues that speak for it, the cues it cannot do without, and the readings that veto it. A false flag
 * tells a person their real bank is a scammer, so the model alone is held to what its cues and vetoes allow.
 */

import { asksIdentifier } from './identity';
import type { ClauseInfo } from './red-flags';
import type { TextRedFlagId } from '../types';

interface ModelFlagRule {
  /**
   * The cues that speak for the flag. Without any of them in a plain clause the model's flag must clear the
   * model-alone confidence as an intent would: "Okay, I'll connect you to a colleague now" scored 0.29 for remote
   * control on its word "connect", over a threshold tuned down to 0.225 by lines whose wording no cue knew.
   */
  cues: readonly string[];
  /**
   * Cues of which one must sit in a plain clause whatever the model says (the evidence gate). Safe-account and
   * credit-repair only (money sent somewhere odd, a record made to vanish): in 5-fold CV on train+dev the model's flags
   * without one were false alarms on balance statements ("that leaves £95 to pay") and on "无权删除" notices, and the
   * gate cost 2 of 620 true flags. Secret requests and remote control are left to the model: gating them cost 12 true
   * flags and saved none, their wording varies most (a code by another name, "let me see your phone").
   */
  evidence?: readonly string[];
  /** Readings of the whole message under which the model alone may not raise the flag. */
  vetoes?: ReadonlyArray<(parts: readonly ClauseInfo[]) => boolean>;
}

const has = (parts: readonly ClauseInfo[], cue: string) => parts.some((p) => p.cues.includes(cue));
const inPlainClause = (parts: readonly ClauseInfo[], cues: readonly string[]) =>
  parts.some((p) => p.scope === 'plain' && cues.some((cue) => p.cues.includes(cue)));

/** Asks for an identifier and names nothing that authorises ("Can you give me your ZIP code?"): an identity check. */
const identifierOnly = (parts: readonly ClauseInfo[]) => asksIdentifier(parts) && !has(parts, 'secret');
/** "验证码您自己保管好，APP里输入即可": the message tells the person to keep the code, it does not ask for it. */
const keepsTheCode = (parts: readonly ClauseInfo[]) => has(parts, 'keep-secret');
/**
 * Downloading the bank's own app ("请下载我行官方APP自行办理") is how a bank sends people to self-service: without a sign
 * of someone else operating the phone it is no remote control (in 5-fold CV on train+dev the model's only false
 * remote-control flags were such lines). A sign said with a negation ("不要点短信里的链接装APK") is no such sign.
 */
const ownAppOnly = (parts: readonly ClauseInfo[]) => has(parts, 'own-app') && !inPlainClause(parts, ['remote', 'operate-for']);

/**
 * A pretext with nothing moved ("您长期逃避还款或涉嫌违法，银行可以移送公安" is a collection warning): the story a
 * safe-account scam tells is only a sign beside a transfer, so the model alone may not flag it.
 */
const pretextAlone = (parts: readonly ClauseInfo[]) =>
  has(parts, 'pretext') && !has(parts, 'move-funds') && !has(parts, 'safe-account') && !has(parts, 'odd-target');

/**
 * "Just tell me a number and a date", 给我报个数，每个月能还多少: with no code, password or shown number named, the
 * number asked for beside a date, an amount or a payment is what the person will pay, a commitment (in 5-fold CV on
 * train+dev the model's one false secret request was such a line).
 */
const PAYMENT_FIGURE =
  /\b(?:date|day|when|each month|a month|per month|monthly|weekly|how much|amount|figure|instal?ments?|payments?)\b|每个?月|多少钱|能还多少|还多少|哪天|几号|日期|金额|还款/;
/** "A number" to choose, not "the number" that exists (the code a scam asks for by another name). */
const A_NUMBER = /\ba (?:number|figure)\b|报个数|给个数|说个数/;
const paymentFigureOnly = (parts: readonly ClauseInfo[]) =>
  !has(parts, 'secret') && !has(parts, 'sms-sent') && !has(parts, 'shown-code') && parts.some((p) => A_NUMBER.test(p.text)) && parts.some((p) => PAYMENT_FIGURE.test(p.text));

export const MODEL_FLAG_RULES: Record<TextRedFlagId, ModelFlagRule> = {
  'asks-secret': { cues: ['secret', 'sms-sent'], vetoes: [identifierOnly, keepsTheCode, paymentFigureOnly] },
  'safe-account': { cues: ['safe-account', 'odd-target', 'pretext', 'move-funds'], evidence: ['safe-account', 'odd-target', 'pretext'], vetoes: [pretextAlone] },
  'remote-control': { cues: ['remote', 'install', 'operate-for'], vetoes: [ownAppOnly] },
  'credit-repair': { cues: ['repair', 'record-gone', 'record-erased', 'borrow'], evidence: ['repair', 'record-gone', 'record-erased', 'borrow'] },
};

export interface ModelFlagInput {
  parts: readonly ClauseInfo[];
  /** The model's probability for the flag, and whether it passes the flag's threshold with some feature behind it. */
  prob: number;
  passes: boolean;
  /** How sure the model must be with none of the flag's cues in a plain clause. */
  modelAlone: number;
  /** false: no evidence gate (the trainer compares). */
  gate: boolean;
}

/** Whether the model alone may raise `flag` on this message. */
export function modelMayFlag(flag: TextRedFlagId, { parts, prob, passes, modelAlone, gate }: ModelFlagInput): boolean {
  const rule = MODEL_FLAG_RULES[flag];
  if (rule.vetoes?.some((veto) => veto(parts))) return false;
  if (gate && rule.evidence && !inPlainClause(parts, rule.evidence)) return false;
  // A message made only of warnings, negations or someone else's words cannot accuse the bank, whatever its words.
  if (!passes || !parts.some((p) => p.scope === 'plain')) return false;
  return prob >= modelAlone || inPlainClause(parts, rule.cues);
}
