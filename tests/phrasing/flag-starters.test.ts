import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FLAG_STARTERS, pairCues, ruleFlags, type ClauseInfo } from '../../lib/phrasing/classify/red-flags';

// Every cue clauseCues() can give, read from its source so that a cue added later is covered without editing this test.
const source = readFileSync(new URL('../../lib/phrasing/classify/red-flags.ts', import.meta.url), 'utf8');
const ALL_CUES = [...new Set([...source.matchAll(/cues\.push\('([a-z-]+)'\)/g)].map((m) => m[1] as string))];
const OTHERS = ALL_CUES.filter((c) => !FLAG_STARTERS.has(c));
/** Cues that take a clause out of a rule (a secret kept, the bank's own app): left out where a flag must rise. */
const PARTNERS = OTHERS.filter((c) => c !== 'keep-secret' && c !== 'own-app');

// Clause texts that satisfy the rules' own text tests (a read-back to me, a code named, a session, a scan): the
// cue pairs, not the words, must be what is missing.
const TEXTS = ['read it to me, the code on the screen', 'scan the code to link the session', '念给我那个号码', '连接会话，扫一下'];

describe('the cues every red-flag rule starts from (FLAG_STARTERS)', () => {
  it('names only cues that clauseCues gives', () => {
    expect(ALL_CUES.length).toBeGreaterThan(25);
    for (const c of FLAG_STARTERS) expect(ALL_CUES).toContain(c);
  });

  it('no rule raises a flag from all the other cues together, in clauses side by side', () => {
    const parts: ClauseInfo[] = TEXTS.map((text) => ({ text, scope: 'plain', cues: [...PARTNERS] }));
    expect(pairCues(parts)).toEqual([]);
  });

  it.each([...FLAG_STARTERS].map((c) => [c]))('%s with the other cues beside it can start a flag, and ruleFlags agrees with the rules', (starter) => {
    const parts: ClauseInfo[] = TEXTS.map((text) => ({ text, scope: 'plain', cues: [...PARTNERS, starter] }));
    const flags = pairCues(parts);
    expect(flags.length).toBeGreaterThan(0);
    expect(ruleFlags(parts)).toEqual(flags);
  });

  it('a starter in a negated or warning clause alone lets nothing through', () => {
    const parts: ClauseInfo[] = [{ text: '我们不会让您安装任何软件', scope: 'neg', cues: ['install', 'remote'] }];
    expect(ruleFlags(parts)).toEqual([]);
  });
});
