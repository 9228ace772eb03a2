import { readdirSync, readFileSync } from 'node:fs';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { INTENT_LABELS, PHRASEBOOK, RED_FLAG_LABELS, STAGE_LABELS } from '../../lib/phrasing/index';
import { scriptEvidence, toTraditional } from '../../lib/ui/hant';
import { zhTwCatalogue } from './generate-zh-tw';

const convert = OpenCC.Converter({ from: 'cn', to: 'tw' });
const opencc = (s: string) => convert(s).replaceAll('臺', '台');

describe('toTraditional agrees with OpenCC on everything Parley writes in Chinese', () => {
  const strings = [
    ...PHRASEBOOK.map((p) => p.zh),
    ...[STAGE_LABELS, INTENT_LABELS, RED_FLAG_LABELS].flatMap((labels) => Object.values(labels).map((l: { zh: string }) => l.zh)),
    '首月¥1,062.96，之后每月¥1,062.64',
    '我想申请停息挂账分35期，不收手续费，减免违约金',
  ];
  // OpenCC itself writes both 了解 and 瞭解, 盡快 and 儘快 depending on the words around them; both are correct.
  const same = (s: string) => s.replaceAll('瞭', '了').replaceAll('儘', '盡');
  it(`${strings.length} phrasebook and label strings`, () => {
    const wrong = strings.filter((s) => same(toTraditional(s)) !== same(opencc(s))).map((s) => [s, toTraditional(s), opencc(s)]);
    expect(wrong).toEqual([]);
  });

  // The words that go through toTraditional: the phrasebook and the plan wording replies are built from.
  it('covers every character of the phrasebook and the plan wording that OpenCC converts', () => {
    const book = readdirSync('lib/phrasing/phrasebook').map((f) => `lib/phrasing/phrasebook/${f}`);
    // The offer card's own sentences go through it too in a Traditional panel (lib/ui/panel-script.ts).
    const card = ['lib/negotiate/analyze.ts', 'lib/negotiate/verdict.ts', 'lib/negotiate/ladder.ts', 'lib/negotiate/rung-reason.ts'];
    const files = [...book, ...card, 'lib/phrasing/labels.ts', 'lib/negotiate/describe.ts', 'lib/negotiate/plan-figure.ts', 'lib/ui/rung-reply.ts'];
    const missing = new Set<string>();
    for (const f of files) for (const ch of readFileSync(f, 'utf8')) if (/[\u3400-\u9fff]/.test(ch) && opencc(ch) !== ch && toTraditional(ch) === ch) missing.add(ch);
    expect([...missing].join('')).toBe('');
  });
});

describe('scriptEvidence', () => {
  it.each([
    ['请问是什么原因暂时无法按时还款', 'hans'],
    ['請問是什麼原因暫時無法按時還款', 'hant'],
  ])('%s', (text, script) => {
    const e = scriptEvidence(text);
    expect(script === 'hant' ? e.hant > e.hans : e.hans > e.hant).toBe(true);
  });
});

describe('the zh_TW catalogue', () => {
  it('is the zh_CN one in Traditional characters, key for key (regenerate with npx tsx tests/ui/generate-zh-tw.ts)', () => {
    const zhCn = JSON.parse(readFileSync('public/_locales/zh_CN/messages.json', 'utf8'));
    const zhTw = JSON.parse(readFileSync('public/_locales/zh_TW/messages.json', 'utf8'));
    expect(zhTw).toEqual(zhTwCatalogue(zhCn));
  });
});
