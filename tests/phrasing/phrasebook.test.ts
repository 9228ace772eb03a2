import { describe, expect, it } from 'vitest';
import {
  HARDSHIPS,
  INTENTS,
  PHRASEBOOK,
  RED_FLAGS,
  STAGES,
  VARIABLES,
  getPhrase,
  isHardshipId,
  templateVariables,
  type Lang,
} from '../../lib/phrasing/index';
import { CONDITIONS } from '../../lib/phrasing/conditions';

const LANGS: Lang[] = ['zh', 'en'];
const CJK = /[\u3400-\u9fff]/;

describe('phrasebook wording', () => {
  it('reads as a person writes: no "您们", no name tacked on after a Chinese sentence, no space before a percent sign', () => {
    const zh = PHRASEBOOK.map((p) => p.zh);
    expect(zh.filter((text) => text.includes('您们'))).toEqual([]);
    expect(zh.filter((text) => /，\{agentName\}\]?。/.test(text))).toEqual([]);
    expect(PHRASEBOOK.flatMap((p) => [p.zh, p.en]).filter((text) => /\d \s*%/.test(text))).toEqual([]);
  });
});

describe('phrasebook structure', () => {
  it('has at least 80 phrases, each with both languages', () => {
    const both = PHRASEBOOK.filter((p) => p.zh.trim() !== '' && p.en.trim() !== '');
    expect(both.length).toBe(PHRASEBOOK.length);
    expect(both.length).toBeGreaterThanOrEqual(80);
  });

  it('ids are unique, stable-looking and resolvable', () => {
    const ids = PHRASEBOOK.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(id).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
      expect(getPhrase(id)?.id).toBe(id);
    }
    expect(getPhrase('no.such.phrase')).toBeUndefined();
  });

  it('every stage has at least 4 phrases in each language', () => {
    for (const stage of STAGES) {
      for (const lang of LANGS) {
        const n = PHRASEBOOK.filter((p) => p.stage === stage && p[lang].trim() !== '').length;
        expect(n, `${stage}/${lang}`).toBeGreaterThanOrEqual(4);
      }
    }
  });

  it('every hardship reason has an explanation and a proof phrase', () => {
    for (const h of HARDSHIPS) {
      const own = PHRASEBOOK.filter((p) => p.hardship?.includes(h));
      expect(own.some((p) => p.intents.includes('asks-reason')), `${h} explain`).toBe(true);
      expect(own.some((p) => p.intents.includes('asks-proof')), `${h} proof`).toBe(true);
      for (const p of own) expect(p.stage).toBe('hardship');
    }
  });

  it('declares only known stages, intents, red flags, hardships and conditions', () => {
    for (const p of PHRASEBOOK) {
      expect(STAGES).toContain(p.stage);
      for (const i of p.intents) expect(INTENTS).toContain(i);
      for (const f of p.redFlags ?? []) expect(RED_FLAGS).toContain(f);
      for (const h of p.hardship ?? []) expect(isHardshipId(h)).toBe(true);
      for (const c of p.when ?? []) expect(CONDITIONS).toContain(c);
      for (const v of p.requires ?? []) expect(Object.keys(VARIABLES)).toContain(v);
      if (p.weight !== undefined) expect(p.weight >= 0 && p.weight <= 10).toBe(true);
      expect(p.tags.length).toBeGreaterThan(0);
    }
  });

  it('every intent is answered by some phrase and every red flag has a safety reply', () => {
    for (const i of INTENTS) expect(PHRASEBOOK.some((p) => p.stage !== 'safety' && p.intents.includes(i)), i).toBe(true);
    for (const f of RED_FLAGS) expect(PHRASEBOOK.some((p) => p.stage === 'safety' && p.redFlags?.includes(f)), f).toBe(true);
    for (const p of PHRASEBOOK.filter((x) => x.stage === 'safety')) expect(p.redFlags?.length ?? 0).toBeGreaterThan(0);
  });

  it('templates use only declared variables, the same set in both languages, with balanced syntax', () => {
    for (const p of PHRASEBOOK) {
      const zh = templateVariables(p.zh).sort();
      const en = templateVariables(p.en).sort();
      expect(en, p.id).toEqual(zh);
      for (const v of zh) expect(Object.keys(VARIABLES), `${p.id}: ${v}`).toContain(v);
      for (const lang of LANGS) {
        const stripped = p[lang].replace(/\{[A-Za-z]+\}/g, '');
        expect(stripped, `${p.id}/${lang} stray braces`).not.toMatch(/[{}]/);
        expect(p[lang].split('[').length, `${p.id}/${lang} brackets`).toBe(p[lang].split(']').length);
        expect(p[lang], `${p.id}/${lang} nested optional`).not.toMatch(/\[[^\]]*\[/);
      }
    }
  });

  it('Chinese templates are Chinese and English templates are English', () => {
    for (const p of PHRASEBOOK) {
      expect(p.zh, p.id).toMatch(CJK);
      expect(p.en, p.id).not.toMatch(CJK);
    }
  });

  it('the personalised-instalment route cites Article 70 and the 60-period cap in both languages', () => {
    const art = PHRASEBOOK.filter((p) => p.stage === 'refusal' && /第七十条/.test(p.zh));
    expect(art.length).toBeGreaterThan(0);
    for (const p of art) {
      expect(p.zh).toMatch(/《商业银行信用卡业务监督管理办法》/);
      expect(p.zh).toMatch(/60期/);
      expect(p.en).toMatch(/Article 70/);
      expect(p.en).toMatch(/60 months/);
    }
  });

  it('every variable used by some template is declared, and every declared one is used', () => {
    const used = new Set(PHRASEBOOK.flatMap((p) => templateVariables(p.zh)));
    expect([...used].sort()).toEqual(Object.keys(VARIABLES).sort());
  });
});
