import { describe, expect, it } from 'vitest';
import type { Profile } from '../../lib/db/database';
import type { Message } from '../../lib/db/types';
import { latestOffer, suggestionsFor } from '../../lib/ui/suggestion-context';

const line = (seq: number, role: Message['role'], text: string): Message => ({ id: `s:${seq}`, sessionId: 's', seq, role, text, at: seq });
const chat = [
  line(0, 'agent', '身份已核实。请问是什么原因暂时无法按时还款呢？'),
];
const CJK = /[\u3400-\u9fff]/;
const base = { messages: chat, session: undefined, profile: undefined, pinned: [], userPhrases: [], limit: 5 };

describe('suggestions: replies in the chat’s language, labels in the panel’s', () => {
  const cases: { name: string; lang: 'zh' | 'en'; labelLang: 'zh' | 'en'; script?: 'hans' | 'hant'; textCjk: boolean; whyCjk: boolean; hant?: boolean }[] = [
    { name: 'Chinese chat, English panel', lang: 'zh', labelLang: 'en', textCjk: true, whyCjk: false },
    { name: 'English replies, Chinese panel', lang: 'en', labelLang: 'zh', textCjk: false, whyCjk: true },
    { name: 'Traditional chat', lang: 'zh', labelLang: 'zh', script: 'hant', textCjk: true, whyCjk: true, hant: true },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const out = suggestionsFor({ ...base, lang: c.lang, labelLang: c.labelLang, ...(c.script ? { script: c.script } : {}) });
      expect(out.length).toBeGreaterThan(0);
      for (const s of out) {
        expect(CJK.test(s.text), s.text).toBe(c.textCjk);
        // The label is in the panel's language; the agent's own words it quotes are the chat's.
        const label = s.why.replace(/ \("[^"]*"\)|（“[^”]*”）/g, '');
        expect(CJK.test(label), s.why).toBe(c.whyCjk);
        if (c.hant) expect(s.text).not.toMatch(/[们这还请问为么]/);
      }
    });
  }
});

describe('latestOffer reads an offer that names no currency in the chat’s, not the Plan’s', () => {
  const profile = { debt: { currency: 'USD' } } as Profile;
  const offer = [line(0, 'agent', '分24期，每期手续费0.75%。')];
  it.each([
    [undefined, 'USD'],
    ['CNY', 'CNY'],
  ] as const)('chat currency %s → %s', (currency, want) => {
    expect(latestOffer(offer, profile, 400, currency ?? profile.debt.currency)?.currency).toBe(want);
  });
});
