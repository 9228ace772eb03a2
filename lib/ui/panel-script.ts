/**
 * The panel's own language, characters included: zh_CN (Simplified), zh_TW (Traditional) or en. Labels follow it
 * through the extension's language pack; sentences built in code (the offer card's plan line, verdict, warnings and
 * ladder reasons, written in Simplified in lib/negotiate) are turned into Traditional here so a Traditional-Chinese
 * panel never shows a Simplified sentence under a Traditional label.
 */
import { toTraditional } from './hant';
import { isTraditionalLocale, type Lang, type Script } from './reply-language';

export interface PanelLanguage {
  lang: Lang;
  script: Script;
}

/** From browser.i18n.getUILanguage(): "zh-TW" → Traditional Chinese, "zh-CN" → Simplified, anything else English. */
export function panelLanguage(locale: string | undefined): PanelLanguage {
  const lang: Lang = (locale ?? '').toLowerCase().startsWith('zh') ? 'zh' : 'en';
  return { lang, script: lang === 'zh' && isTraditionalLocale(locale) ? 'hant' : 'hans' };
}

/** A sentence Parley wrote (in Simplified when Chinese) as the panel shows it. English and Simplified pass unchanged. */
export function inPanelScript(text: string, panel: PanelLanguage): string {
  return panel.lang === 'zh' && panel.script === 'hant' ? toTraditional(text) : text;
}
