/**
 * What the transcript already settles: the agent's name and ID and a reference number (said by the agent), whether
 * written confirmation was promised, and what the customer has already asked for. Suggestions use it to stop asking
 * for something twice and to fill {agentName}/{agentId}/{referenceNo} without the user typing them.
 */

import { normalize } from './classify/normalize';
import type { ChatLine } from './types';

export type FactId = 'agent-name' | 'agent-id' | 'reference' | 'written' | 'breakdown' | 'record' | 'supervisor';

export interface TranscriptFacts {
  agentName?: string;
  agentId?: string;
  referenceNo?: string;
  /** Facts the agent has provided. */
  obtained: FactId[];
  /** Facts the customer has asked for (whether or not answered). */
  asked: FactId[];
}

const NAME_ZH = /我是(?:[\u4e00-\u9fff]{0,6}?(?:客服|专员|坐席|经理|工作人员|顾问))?([\u4e00-\u9fff]{2,3}|小[\u4e00-\u9fff])(?=[，,。.!！\s]|工号|$)/;
const NAME_EN = /\b(?:my name is|this is|you're chatting with|you are chatting with|you're speaking (?:to|with)|i'm|i am)\s+([A-Z][a-z]{1,15})\b/;
const NOT_NAMES = new Set(['Afraid', 'Sorry', 'Not', 'Able', 'Happy', 'Going', 'Here', 'Just', 'Glad', 'Unable', 'The', 'Your', 'Card', 'Calling', 'Checking']);
const ZH_NOT_NAMES = /^(客服|专员|银行|工号|信用|您的|在线|人工|本人|协商|今天|这边)/;

const AGENT_ID = /(?:工号|坐席号|员工号)[:：是为\s]*([a-z0-9][a-z0-9-]{1,15})/i;
const AGENT_ID_EN = /\b(?:agent|employee|staff|operator|advisor|adviser)\s*(?:id|number|no\.?|#)\s*(?:is|:|#)?\s*([a-z0-9][a-z0-9-]{1,15})/i;
const REFERENCE = /(?:受理编号|受理号|工单号|工单编号|申请编号|业务编号|流水号|案件号|服务单号|编号)[:：是为\s]*([a-z0-9][a-z0-9-]{3,31})/i;
const REFERENCE_EN = /\b(?:reference|ref|case|ticket|confirmation|complaint)\s*(?:number|no\.?|#|id)?\s*(?:is|:|#)?\s*([a-z0-9][a-z0-9-]{2,31})/i;

const WRITTEN_PROMISE = /(?:短信|邮件|书面|纸质|协议|确认函)[^，。,.]{0,10}(?:发送|发给|寄|通知|下发)|(?:发送|下发|寄送)[^，。,.]{0,10}(?:短信|邮件|书面|协议|确认函)|(?:send|email|mail|post)\s+(?:you\s+)?(?:a |the )?(?:written|letter|confirmation|agreement|copy)|in writing/i;

const NOTED = /已(经)?(为您)?(记录|备注|登记)|记录在案|(noted|recorded|logged) (it |this |that )?(on|in|against) (your|the) (account|file|notes)|i'?ve (made a note|noted|logged)|(request|this) has been (logged|noted|recorded)/i;

const ASKED: Array<[FactId, RegExp]> = [
  ['agent-name', /怎么称呼|您的(?:名字|姓名)|贵姓|your name|who (?:am i|i'm) speaking/],
  ['agent-id', /工号|坐席号|员工号|agent (?:id|number)|employee (?:id|number)|staff (?:id|number)/],
  ['reference', /编号|受理号|工单号|流水号|reference|case number|ticket number|ref number/],
  ['written', /书面|短信确认|确认短信|确认函|发一份|协议文本|in writing|written|confirmation (?:letter|email)|email me|send me (?:a|the) (?:letter|copy|confirmation)/],
  ['breakdown', /明细|构成|分别是多少|本金.{0,6}利息|breakdown|itemi[sz]e|how much (?:of|is) (?:that|it) (?:is )?(?:interest|fees)/],
  ['record', /记录下来|备注|登记|记录在案|note (?:this|it|that) on|on record|record (?:this|my|that)/],
  ['supervisor', /主管|上级|领导|经理|supervisor|manager|team leader/],
];

function clean(value: string): string {
  return value.replace(/[-]+$/, '');
}

export function extractFacts(messages: readonly ChatLine[] | undefined): TranscriptFacts {
  const facts: TranscriptFacts = { obtained: [], asked: [] };
  if (!messages) return facts;
  const add = (list: FactId[], id: FactId) => {
    if (!list.includes(id)) list.push(id);
  };
  for (const line of messages) {
    if (typeof line?.text !== 'string') continue;
    const raw = line.text.normalize('NFKC');
    if (line.role === 'agent' || line.role === 'bot') {
      const zh = NAME_ZH.exec(raw);
      if (zh?.[1] && !ZH_NOT_NAMES.test(zh[1])) facts.agentName = zh[1];
      const en = NAME_EN.exec(raw);
      if (en?.[1] && !NOT_NAMES.has(en[1])) facts.agentName = en[1];
      const id = AGENT_ID.exec(raw) ?? AGENT_ID_EN.exec(raw);
      if (id?.[1] && /\d/.test(id[1])) facts.agentId = clean(id[1]).toUpperCase();
      const ref = REFERENCE.exec(raw) ?? REFERENCE_EN.exec(raw);
      if (ref?.[1] && /\d/.test(ref[1]) && !/^工号/.test(ref[0])) facts.referenceNo = clean(ref[1]).toUpperCase();
      if (WRITTEN_PROMISE.test(raw)) add(facts.obtained, 'written');
      if (NOTED.test(raw)) add(facts.obtained, 'record');
    } else if (line.role === 'customer') {
      const text = normalize(line.text);
      for (const [fact, re] of ASKED) if (re.test(text)) add(facts.asked, fact);
    }
  }
  if (facts.agentName) add(facts.obtained, 'agent-name');
  if (facts.agentId) add(facts.obtained, 'agent-id');
  // A reference number is itself the record that the request was made.
  if (facts.referenceNo) {
    add(facts.obtained, 'reference');
    add(facts.obtained, 'record');
  }
  return facts;
}
