/**
 * The language replies are written in: the chat's, not the browser's. A Chinese bank's chat gets Chinese replies in
 * an English browser; the other language stays one click away (`flip`). Chinese replies come in Traditional
 * characters when the chat is written in them, or, with no evidence either way, when the browser is set to
 * Traditional Chinese (zh-TW, zh-HK, zh-MO, zh-Hant).
 */

import type { Region } from '../sites/types';
import { scriptEvidence } from './hant';

export type Lang = 'zh' | 'en';
export type Script = 'hans' | 'hant';

export interface ReplyLanguage {
  lang: Lang;
  /** Meaningful for Chinese only. */
  script: Script;
  source: 'chat' | 'bank' | 'browser';
}

const HAN = /[\u3400-\u9fff]/g;
const LATIN_WORD = /[A-Za-z]{2,}/g;

/** Han characters and Latin words in what the bank's side said. */
function tally(texts: readonly string[]): { han: number; latin: number } {
  let han = 0;
  let latin = 0;
  for (const t of texts) {
    han += t.match(HAN)?.length ?? 0;
    latin += t.match(LATIN_WORD)?.length ?? 0;
  }
  return { han, latin };
}

export function isTraditionalLocale(locale: string | undefined): boolean {
  return /^zh[-_](tw|hk|mo|hant)/i.test(locale ?? '');
}

export function browserLang(locale: string | undefined): Lang {
  return (locale ?? '').toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

export interface ReplyLanguageInputs {
  /** The bank's side of the chat (agent and bot lines), newest last; only the last few are read. */
  bankTexts: readonly string[];
  region?: Region | undefined;
  /** browser.i18n.getUILanguage(), e.g. "zh-TW", "en-US". */
  browserLocale?: string | undefined;
}

const RECENT = 12;
// A Chinese sentence is about as long in characters as an English one is in words times two.
const HAN_PER_WORD = 2;

export function replyLanguage({ bankTexts, region, browserLocale }: ReplyLanguageInputs): ReplyLanguage {
  const recent = bankTexts.slice(-RECENT);
  const { han, latin } = tally(recent);
  let lang: Lang | undefined;
  let source: ReplyLanguage['source'] = 'chat';
  if (han >= 4 && han >= latin * HAN_PER_WORD) lang = 'zh';
  else if (latin >= 3 && latin * HAN_PER_WORD > han) lang = 'en';
  if (!lang && (region === 'CN' || region === 'US' || region === 'UK')) {
    lang = region === 'CN' ? 'zh' : 'en';
    source = 'bank';
  }
  if (!lang) {
    lang = browserLang(browserLocale);
    source = 'browser';
  }
  const evidence = scriptEvidence(recent.join('\n'));
  const script: Script =
    evidence.hant > evidence.hans ? 'hant' : evidence.hans > evidence.hant ? 'hans' : isTraditionalLocale(browserLocale) ? 'hant' : 'hans';
  return { lang, script, source };
}

export function otherLang(lang: Lang): Lang {
  return lang === 'zh' ? 'en' : 'zh';
}
