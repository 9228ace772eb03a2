// @vitest-environment jsdom
// A Traditional-Chinese panel (zh_TW language pack, zh-TW browser): every sentence the offer card shows — plan line,
// verdict, warnings, the agent's figure, ladder notes and reasons, replies — is in Traditional characters, like its
// labels. The scan finds any character OpenCC would still convert to Traditional.
import { readFileSync } from 'node:fs';
import * as OpenCC from 'opencc-js';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OfferCard } from '../../components/offer/OfferCard';
import type { Profile } from '../../lib/db/database';
import { parseOffer } from '../../lib/negotiate/index';
import type { Offer } from '../../lib/negotiate/types';
import { inPanelScript, panelLanguage } from '../../lib/ui/panel-script';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

type Entry = { message: string; placeholders?: Record<string, { content: string }> };
const catalogue = (locale: string) => JSON.parse(readFileSync(`public/_locales/${locale}/messages.json`, 'utf8')) as Record<string, Entry>;
const zhTw = catalogue('zh_TW');
function getMessage(key: string, substitutions?: string | string[]): string {
  const entry = zhTw[key];
  if (!entry) return '';
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  return entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (_all, name: string) =>
    (entry.placeholders?.[name.toLowerCase()]?.content ?? '').replace(/\$(\d)/g, (_m, n: string) => subs[Number(n) - 1] ?? ''),
  );
}

const convert = OpenCC.Converter({ from: 'cn', to: 'tw' });
/** Characters OpenCC turns into something else: Simplified-only ones (台 stays, as people in Taiwan write it). */
function simplifiedOnly(text: string): string[] {
  const found = new Set<string>();
  for (const ch of text) if (/[\u3400-\u9fff]/.test(ch) && ch !== '台' && convert(ch) !== ch) found.add(ch);
  return [...found];
}

const profile: Profile = {
  id: 'me',
  updatedAt: 0,
  debt: { currency: 'CNY', principal: 2_860_000, interest: 286_000, fees: 0, penalties: 102_000, market: 'CN' },
  budget: { monthlyIncome: 800_000, essentialSpending: 560_000, otherDebtPayments: 120_000, cashNow: 200_000 },
};
const tight: Profile = { ...profile, budget: { monthlyIncome: 400_000, essentialSpending: 390_000, otherDebtPayments: 0, cashNow: 0 } };

const said = (text: string): Offer => parseOffer(text, { currency: 'CNY' }).find((o) => o.kind !== 'deferral')!;

let root: Root | undefined;
let container: HTMLElement;
beforeEach(() => {
  fakeBrowser.i18n.getMessage = getMessage as typeof fakeBrowser.i18n.getMessage;
  fakeBrowser.i18n.getUILanguage = () => 'zh-TW';
});
afterEach(() => {
  act(() => root?.unmount());
  container?.remove();
});

function renderText(offer: Offer, p: Profile | undefined, budgetNote?: string): { text: string; el: HTMLElement } {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  act(() => root!.render(<OfferCard offer={offer} profile={p} lang="zh" onInsert={async () => true} budgetNote={budgetNote} />));
  const labels = Array.from(container.querySelectorAll('[aria-label]')).map((e) => e.getAttribute('aria-label'));
  const fields = Array.from(container.querySelectorAll('textarea, input')).map((e) => (e as HTMLInputElement).value);
  return { text: [container.textContent, ...labels, ...fields].join('\n'), el: container };
}

describe('the offer card in a Traditional-Chinese panel', () => {
  it.each<[string, () => Offer, Profile | undefined]>([
    ['an over-budget instalment plan with the full ladder and warnings', () => ({ kind: 'installment', periods: 24, monthlyFeeRate: 0.0075, amount: 3_248_000, currency: 'CNY' }), profile],
    ['a plan stated with the agent’s rounded figure (约)', () => said('可以为您办理分24期，每期手续费0.75%，每月约¥1,596.93'), profile],
    ['a settlement', () => ({ kind: 'settlement', settlementRatio: 0.7, currency: 'CNY' }), profile],
    ['a plan after a deferral, as one package', () => parseOffer('可以先延期3个月，之后分12期还款，免除违约金', { currency: 'CNY' }).find((o) => o.kind !== 'deferral')!, profile],
    ['nothing affordable: the ladder’s notes', () => ({ kind: 'installment', periods: 24, monthlyFeeRate: 0.0075, currency: 'CNY' }), tight],
    ['a plan beyond 60 periods', () => ({ kind: 'interest-frozen', periods: 84, currency: 'CNY' }), profile],
    ['an offer judged without the person’s figures', () => ({ kind: 'installment', periods: 24, monthlyFeeRate: 0.0075, amount: 3_248_000, currency: 'CNY' }), undefined],
  ])('%s: no Simplified-only character anywhere on the card', (_name, offer, p) => {
    const { text, el } = renderText(offer(), p);
    // The card rendered its sentences (so the scan read something): a plan line and, with figures, reasons.
    expect(el.querySelector('.offer-card__plan')?.textContent?.length).toBeGreaterThan(3);
    if (p) expect(el.querySelectorAll('.rung__why').length).toBeGreaterThan(0);
    expect(text).toMatch(/[\u4e00-\u9fff]{4}/);
    expect(simplifiedOnly(text)).toEqual([]);
  });

  it('the budget left after another bank\'s agreed plan is said in Traditional characters too', () => {
    const note = '扣除与示范银行（信用卡）谈妥的每月¥1,062.96后，你每月可还的¥1,200.00中还剩¥137.04可用于这笔欠款。';
    const { text, el } = renderText({ kind: 'installment', periods: 24, monthlyFeeRate: 0.0075, amount: 3_248_000, currency: 'CNY' }, profile, note);
    expect(el.querySelector('[data-testid="budget-note"]')?.textContent).toContain('¥137.04');
    expect(simplifiedOnly(text)).toEqual([]);
  });

  it('the same card in a Simplified panel keeps Simplified sentences (the scan can fail)', () => {
    fakeBrowser.i18n.getUILanguage = () => 'zh-CN';
    const { text } = renderText({ kind: 'installment', periods: 24, monthlyFeeRate: 0.0075, amount: 3_248_000, currency: 'CNY' }, profile);
    expect(simplifiedOnly(text).length).toBeGreaterThan(0);
  });
});

describe('panelLanguage and inPanelScript', () => {
  it.each([
    ['zh-TW', 'zh', 'hant'],
    ['zh-HK', 'zh', 'hant'],
    ['zh-Hant', 'zh', 'hant'],
    ['zh-CN', 'zh', 'hans'],
    ['zh', 'zh', 'hans'],
    ['en-US', 'en', 'hans'],
    [undefined, 'en', 'hans'],
  ])('%s → %s %s', (locale, lang, script) => {
    expect(panelLanguage(locale)).toEqual({ lang, script });
  });

  it.each([
    ['zh', 'hant', '每月超出预算 ¥397', '每月超出預算 ¥397'],
    ['zh', 'hans', '每月超出预算 ¥397', '每月超出预算 ¥397'],
    ['en', 'hant', '¥397 a month over your budget', '¥397 a month over your budget'],
  ] as const)('%s %s: %s → %s', (lang, script, input, out) => {
    expect(inPanelScript(input, { lang, script })).toBe(out);
  });
});
