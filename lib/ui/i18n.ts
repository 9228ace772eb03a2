import { browser } from 'wxt/browser';
import en from '../../public/_locales/en/messages.json';
import { panelLanguage } from './panel-script';
import type { Script } from './reply-language';

export type MessageKey = keyof typeof en;
export type Lang = 'zh' | 'en';

/** UI strings come from the browser's i18n catalogue so the panel follows the browser's language. */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || en[key].message;
}

export function uiLang(): Lang {
  return browser.i18n.getUILanguage().toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

/** The panel's characters: Traditional for a zh-TW/zh-HK browser (the zh_TW language pack), else Simplified. */
export function uiScript(): Script {
  return panelLanguage(browser.i18n.getUILanguage()).script;
}

// One formatter per language: toLocaleTimeString builds a new one on every call, which showed up as the largest cost of
// rendering transcript rows while scrolling a long session.
const timeFormats: Partial<Record<Lang, Intl.DateTimeFormat>> = {};

export function formatTime(epochMs: number, lang: Lang): string {
  const format = (timeFormats[lang] ??= new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', { hour: '2-digit', minute: '2-digit' }));
  return format.format(new Date(epochMs));
}

export function formatDateTime(epochMs: number, lang: Lang): string {
  return new Date(epochMs).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  });
}

/** "1 message", "2 messages": the language pack has no plural rules, so the one case is a key of its own. */
export function messagesLabel(count: number): string {
  return count === 1 ? t('messagesCountOne') : t('messagesCount', String(count));
}
