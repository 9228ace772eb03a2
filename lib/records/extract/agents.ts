/**
 * Names and staff ids of the bank's people, from their own messages ("我是客服小王，工号8823", "this is Emma, agent
 * ID 5521", "Emma has joined the chat") and from the sender name the chat displayed. A name is kept only when it
 * looks like a name: function words and team words ("客服中心", "Customer Services") are refused.
 */
import type { AgentRef } from '../types';
import { foldWidth } from './text';

const ZH_ID_RE = /(?:工号|员工号|坐席号|客服编号|客服号)\s*(?:是|为)?\s*[:#]?\s*([A-Za-z]?\d{3,10})(?!\d)/g;
const ZH_NAME_RE =
  /(?:客服|专员|坐席|客户经理|服务经理|顾问)(?:专员|代表)?\s*([\u4e00-\u9fa5]{1,4}?|[A-Za-z][A-Za-z]{1,15})(?=\s*(?:[,，。.!！:：(（]|工号|为您|很高兴|竭诚|$|\s))/g;
const EN_ID_RE = /\b(?:agent|employee|staff|operator|advis[eo]r|representative|rep)\s*(?:id|number|no\.?|#|code)\s*(?:is\s*)?[:#]?\s*([A-Z]?\d{3,10})\b/gi;
const EN_NAME_RE =
  /(?:\b[Tt]his is|\b[Mm]y name is|\bI am|\bI'm|\bI’m|\b[Yy]ou(?:'re| are) (?:now )?(?:chatting|speaking|talking) (?:with|to))\s+([A-Z][a-z]{1,20}(?: [A-Z][a-z]{1,20})?)(?=\s*(?:[,.!;:]|\bfrom\b|\bhere\b|\band\b|\bwith\b|\bspeaking\b|$))/g;
const EN_JOINED_RE = /\b([A-Z][a-z]{1,20}(?: [A-Z][a-z]{1,20})?) (?:has )?joined(?: the)? (?:chat|conversation)\b/g;

// Characters that do not occur in a person's name as written in a chat greeting but do follow "客服".
const ZH_NOT_NAME = /[您你我他她的是为在将会已可能要请问吗呢吧啊哦了和与及或把被让给对从向到就才都也还再又很非常这那此其某每各该心线员部组队统台话务中团机器助手人工智能热服]/;
const EN_NOT_NAME = new Set(
  `Sorry Happy Glad Here Able Unable Afraid Not Going Calling Just Still Really Very Pleased Looking Checking Now Currently
   Your The A An Available Bank Customer Agent Chat Support Team Service Services Card Cards Online Live Virtual Assistant
   Bot Automated System Sure Okay Ok Yes No Hello Hi Thanks Thank Please Writing Reaching Contacting Afraid Aware Also`.split(/\s+/),
);
const GENERIC_AUTHOR = /^(?:客服|在线客服|人工客服|智能客服|客服助手|客服机器人|机器人|系统|系统消息|银行|agent|support|bot|system|bank|customer service|virtual assistant|assistant)$/i;

function zhName(name: string): string | undefined {
  return name && !ZH_NOT_NAME.test(name) ? name : undefined;
}

function enName(name: string): string | undefined {
  const first = name.split(' ')[0]!;
  return EN_NOT_NAME.has(first) || name.split(' ').some((w) => EN_NOT_NAME.has(w)) ? undefined : name;
}

function authorName(author: string | undefined): string | undefined {
  const a = author?.trim();
  if (!a || GENERIC_AUTHOR.test(a)) return undefined;
  if (/^[\u4e00-\u9fa5]{2,4}$/.test(a)) return zhName(a);
  if (/^[A-Z][a-z]{1,20}(?: [A-Z][a-z]{1,20}){0,2}$/.test(a)) return enName(a);
  return undefined;
}

/**
 * People named in one bank-side message. One name and one id in the same message are paired; otherwise each is its
 * own entry. `author` is the sender name the chat displayed, if any.
 */
export function extractAgents(text: string, author?: string): AgentRef[] {
  const t = foldWidth(text);
  const ids = new Set<string>();
  const names = new Set<string>();
  for (const m of t.matchAll(ZH_ID_RE)) ids.add(m[1]!);
  for (const m of t.matchAll(EN_ID_RE)) ids.add(m[1]!);
  for (const m of t.matchAll(ZH_NAME_RE)) {
    const n = /^[A-Za-z]/.test(m[1]!) ? enName(m[1]!) : zhName(m[1]!);
    if (n) names.add(n);
  }
  for (const re of [EN_NAME_RE, EN_JOINED_RE]) {
    for (const m of t.matchAll(re)) {
      const n = enName(m[1]!);
      if (n) names.add(n);
    }
  }
  if (author !== undefined) {
    for (const m of foldWidth(author).matchAll(ZH_NAME_RE)) {
      const n = zhName(m[1]!);
      if (n) names.add(n);
    }
    const a = authorName(author);
    if (a) names.add(a);
  }
  if (names.size === 1 && ids.size === 1) return [{ name: [...names][0]!, id: [...ids][0]! }];
  return [...[...names].map((name) => ({ name })), ...[...ids].map((id) => ({ id }))];
}

/** Merge people across messages: the same id, or the same name with no conflicting id, is one person. */
export function mergeAgents(list: readonly AgentRef[]): AgentRef[] {
  const out: AgentRef[] = [];
  for (const a of list) {
    const same = out.find(
      (o) =>
        (a.id !== undefined && o.id === a.id && (o.name === undefined || a.name === undefined || o.name === a.name)) ||
        (a.name !== undefined && o.name === a.name && (o.id === undefined || a.id === undefined || o.id === a.id)),
    );
    if (!same) {
      out.push({ ...a });
      continue;
    }
    if (same.name === undefined && a.name !== undefined) same.name = a.name;
    if (same.id === undefined && a.id !== undefined) same.id = a.id;
  }
  // A name-only or id-only entry seen before the message that tied them together is now covered by the pair.
  const covers = (p: AgentRef, o: AgentRef) =>
    p !== o && (o.name === undefined || o.name === p.name) && (o.id === undefined || o.id === p.id);
  return out.filter((o) => !out.some((p) => covers(p, o) && (p.name !== o.name || p.id !== o.id)));
}
