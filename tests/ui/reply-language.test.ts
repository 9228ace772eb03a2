import { describe, expect, it } from 'vitest';
import { replyLanguage, type ReplyLanguage } from '../../lib/ui/reply-language';

describe('replyLanguage: the chat’s language, not the browser’s', () => {
  const cases: { name: string; bankTexts: string[]; region?: 'CN' | 'US' | 'UK' | 'TEST'; browser: string; want: ReplyLanguage }[] = [
    { name: 'a Chinese chat in an English browser', bankTexts: ['您好，请问是什么原因暂时无法按时还款呢？'], region: 'CN', browser: 'en-US', want: { lang: 'zh', script: 'hans', source: 'chat' } },
    { name: 'an English chat in a Chinese browser', bankTexts: ['Hi, how can I help you with your card today?'], region: 'TEST', browser: 'zh-CN', want: { lang: 'en', script: 'hans', source: 'chat' } },
    { name: 'an English chat quoting yuan amounts', bankTexts: ['We can offer 24 months with a monthly fee of 0.75%, about ¥1,597.01 a month.'], browser: 'zh-CN', want: { lang: 'en', script: 'hans', source: 'chat' } },
    { name: 'a Traditional chat', bankTexts: ['您好，請問是什麼原因暫時無法按時還款呢？'], region: 'CN', browser: 'en-US', want: { lang: 'zh', script: 'hant', source: 'chat' } },
    { name: 'a Simplified chat in a Traditional browser stays Simplified', bankTexts: ['您好，请问是什么原因暂时无法按时还款呢？'], browser: 'zh-TW', want: { lang: 'zh', script: 'hans', source: 'chat' } },
    { name: 'nothing said yet at a Chinese bank', bankTexts: [], region: 'CN', browser: 'en-GB', want: { lang: 'zh', script: 'hans', source: 'bank' } },
    { name: 'nothing said yet at a UK bank', bankTexts: ['OK'], region: 'UK', browser: 'zh-CN', want: { lang: 'en', script: 'hans', source: 'bank' } },
    { name: 'nothing known: the browser, Traditional', bankTexts: [], region: 'TEST', browser: 'zh-HK', want: { lang: 'zh', script: 'hant', source: 'browser' } },
    { name: 'nothing known: the browser, English', bankTexts: ['👍'], browser: 'en-US', want: { lang: 'en', script: 'hans', source: 'browser' } },
    { name: 'a bilingual bot greeting leans to the larger share', bankTexts: ['您好，欢迎使用在线客服，请问有什么可以帮您 Welcome'], browser: 'en-US', want: { lang: 'zh', script: 'hans', source: 'chat' } },
  ];
  for (const c of cases) {
    it(c.name, () => {
      expect(replyLanguage({ bankTexts: c.bankTexts, region: c.region, browserLocale: c.browser })).toEqual(c.want);
    });
  }
});
