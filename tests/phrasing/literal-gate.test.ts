import { describe, expect, it } from 'vitest';
import { INTENT_CUES } from '../../lib/phrasing/classify/intent-lexicon';
import { containingAll, LiteralGate, requiredLiterals, topAlternatives } from '../../lib/phrasing/classify/literal-gate';
import { normalize } from '../../lib/phrasing/classify/normalize';
import { AGENT_UTTERANCES } from './corpus/agent-utterances';

const sorted = (xs: readonly string[] | null) => (xs === null ? null : [...xs].sort());

describe('requiredLiterals', () => {
  // A pattern may be skipped on a text that lacks all of these strings.
  const skippable: Array<[RegExp, string[]]> = [
    [/验证码|动态码/, ['动态码', '验证码']],
    [/credit repair/, ['credit repair']],
    [/\bpay (it )?in full/, ['in full']],
    [/(四|4)位/, ['位']],
    [/[，,]好/, ['好']],
    [/(上|影响)(到)?(征信|信用记录|信用)/, ['信用', '征信']], // 信用记录 contains 信用
    [/x|(?:y|z)w/, ['w', 'x']],
    [/\.(?!\d)/, ['.']],
    [/\u4e00x\?/, ['一x?']],
    [/^(您好|你好)[!！]*$/, ['你好', '您好']],
    [/a+b{2,}/, ['a']],
    [/(?<![不没])能(减免|免除)/, ['免除', '减免']], // the longer literals are kept
    [/{x}/, ['{x}']],
  ];
  // Patterns that must always run: some match contains no literal the analysis can name.
  const alwaysRun: RegExp[] = [
    /a?b*/, // optional only
    /^$/, // matches the empty text
    /^(您好)?$/,
    /x{0,3}/,
    /\d+/,
    /./,
    /[^a]/, // negated class
    /[a-z]+/, // a range
    /foo|\d/, // one alternative without a literal
    /foo|/, // an empty alternative
    /(?=foo)/, // a lookahead consumes nothing
    /(a)\1/, // a backreference
    /(?<n>foo)\k<n>/,
    /foo/i, // case-insensitive: "FOO" matches too
    /[\w.]/,
  ];

  it.each(skippable)('%s needs one of its literals', (re, literals) => {
    expect(sorted(requiredLiterals(re))).toEqual(literals);
  });

  it.each(alwaysRun.map((re) => [re]))('%s may match any text', (re) => {
    expect(requiredLiterals(re)).toBeNull();
  });
});

describe('topAlternatives', () => {
  it.each([
    [/a|b(c|d)|e/, ['a', 'b(c|d)', 'e']],
    [/[|]x|\|y|z/, ['[|]x', '\\|y', 'z']], // a bar in a class or escaped splits nothing
    [/(?<=a|b)c|d/, ['(?<=a|b)c', 'd']],
    [/[\]|]q|r/, ['[\\]|]q', 'r']],
    [/^x|y$/, ['^x', 'y$']],
  ] as const)('%s splits into %j', (re, alternatives) => {
    expect(topAlternatives(re)).toEqual(alternatives);
  });

  it.each([[/abc/], [/(a|b)c/], [/(a)\1|b/], [/(?<n>a)|b/], [/(?<m>x)\k<m>|b/]])('%s is run whole', (re) => {
    expect(topAlternatives(re)).toBeNull();
  });
});

describe('LiteralGate', () => {
  const secret = /验证码|动态码/;
  const pin = /\bpin\b/;
  const term = /\d+期/;
  const greeting = /^(您好)?$/;
  const gate = new LiteralGate([secret, pin, term, greeting]);

  it.each([
    [secret, '请提供验证码', true],
    [secret, 'zz验证码', true], // the literal after characters that start none
    [secret, '码验证码', true],
    [secret, '动态码', true], // the whole text
    [secret, '验证一下', false], // the first two characters alone are not the literal
    [secret, '验证', false],
    [pin, 'your pin', true],
    [pin, 'pinned', true], // may: the literal is there, the regex decides
    [pin, 'p i n', false],
    [term, '分12期', true],
    [term, '分12月', false],
    [greeting, 'anything at all', true], // always runs
    [greeting, '', true],
  ] as const)('%s on "%s": may match = %s', (re, text, may) => {
    expect(gate.may(re, text)).toBe(may);
  });

  it('answers test() as the regex does, and passes regexes it was not built with', () => {
    expect(gate.test(pin, 'pinned')).toBe(false);
    expect(gate.test(pin, 'your pin?')).toBe(true);
    expect(gate.may(/never seen/, 'x')).toBe(true);
  });

  it('never skips a lexicon cue that matches (every cue on the agent corpus)', () => {
    const cues = Object.values(INTENT_CUES).flatMap((cs) => cs.map(([re]) => re));
    const lexicon = new LiteralGate(cues);
    let matched = 0;
    for (const u of AGENT_UTTERANCES) {
      const text = normalize(u.text);
      for (const re of cues) {
        if (!re.test(text)) continue;
        matched++;
        expect(lexicon.may(re, text), `${re.source.slice(0, 60)} on ${text}`).toBe(true);
      }
    }
    expect(matched).toBeGreaterThan(100);
  });

  it('answers for a part of the text from the scan of the whole, as a scan of the part would', () => {
    const cues = Object.values(INTENT_CUES).flatMap((cs) => cs.map(([re]) => re));
    const whole = new LiteralGate(cues);
    const alone = new LiteralGate(cues);
    let parts = 0;
    for (const u of AGENT_UTTERANCES.slice(0, 150)) {
      const text = normalize(u.text);
      for (const [start, end] of [[0, text.length >> 1], [text.length >> 2, text.length], [3, text.length - 3]] as const) {
        if (end <= start) continue;
        parts++;
        // The whole is scanned first, then asked about each part; the other gate scans the part on its own.
        whole.maskFor(text);
        expect(Array.from(whole.maskWithin(text, start, end))).toEqual(Array.from(alone.maskFor(text.slice(start, end))));
      }
    }
    expect(parts).toBeGreaterThan(300);
  });

  it('answers test() exactly as every lexicon cue does, run whole or one alternative at a time, on the whole text and its parts', () => {
    const cues = Object.values(INTENT_CUES).flatMap((cs) => cs.map(([re]) => re));
    const gate = new LiteralGate(cues);
    const split = cues.filter((re) => topAlternatives(re) !== null).length;
    expect(split).toBeGreaterThan(50);
    let matched = 0;
    for (const u of AGENT_UTTERANCES) {
      const text = normalize(u.text);
      const half = text.length >> 1;
      cues.forEach((re, k) => {
        const whole = re.test(text);
        if (whole) matched++;
        expect(gate.test(re, text), `${re.source.slice(0, 60)} on ${text}`).toBe(whole);
        const mask = gate.maskWithin(text, 0, half);
        expect(gate.testWith(mask, k, text.slice(0, half)), `${re.source.slice(0, 60)} on ${text.slice(0, half)}`).toBe(re.test(text.slice(0, half)));
      });
    }
    expect(matched).toBeGreaterThan(100);
  });

  it('runs a regex with pieces only where every piece may match, and never skips one that matches', () => {
    const near = containingAll(/(?:fee|plan)[^.]{0,20}(?:declined|refused)|(?:declined|refused)[^.]{0,20}(?:fee|plan)/, [/fee|plan/, /declined|refused/]);
    const gate = new LiteralGate([near]);
    expect(gate.may(near, 'your plan is ready')).toBe(false); // a relief and no refusal: not run
    expect(gate.may(near, 'the payment was declined')).toBe(false); // a refusal and no relief
    expect(gate.test(near, 'the fee reversal was declined')).toBe(true);
    expect(gate.test(near, 'the plan is fine. it was declined elsewhere, long after that')).toBe(false); // run, and the regex decides
    expect(new LiteralGate([/fee/]).may(/fee/, 'no fee')).toBe(true); // pieces belong to the regex they were given for
  });
});
