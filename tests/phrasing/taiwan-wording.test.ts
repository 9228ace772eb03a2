// A Taiwan or Hong Kong agent writes the same moves in other words as well as other characters: 裝置 for 设备, 稽核
// for 审核, 不支援 for 不支持, 點選 for 点击, 描述檔案 for 描述文件. Whatever the script, a line must read the same:
// every Simplified Chinese line of the train and dev corpora, converted as a Taiwan or Hong Kong writer (OpenCC's
// cn→twp phrases, cn→hk characters) would write it, raises the same red flags and the same lexicon intents. Before
// Taiwan's words were normalised, 129 of 5,672 such lines read differently (a refusal "不支援减免" went unseen).
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { intentScores } from '../../lib/phrasing/classify/intent-scores';
import { normalize } from '../../lib/phrasing/classify/normalize';
import { detectRedFlags } from '../../lib/phrasing/classify/red-flags';
import { readCorpus } from './corpus/generalisation/corpus-line';
import { trainLines } from './corpus/generalisation/splits';

const toTaiwan = OpenCC.Converter({ from: 'cn', to: 'twp' });
const toHongKong = OpenCC.Converter({ from: 'cn', to: 'hk' });

/** What the rules read in a line: its red flags and the intents the lexicon speaks for. */
function reading(text: string): string {
  const n = normalize(text);
  const scores = intentScores(n) as Record<string, number>;
  return [...detectRedFlags(n), ...Object.keys(scores).filter((k) => (scores[k] ?? 0) >= 1)].sort().join(',');
}

const simplified = [...trainLines(), ...readCorpus('tests/phrasing/corpus/generalisation/dev.jsonl')].filter(
  (l) => l.lang === 'zh' && l.script === 'hans',
);

describe('a line reads the same in Taiwan and Hong Kong wording', () => {
  it('has Simplified lines to convert', () => expect(simplified.length).toBeGreaterThan(1000));

  it.each([
    ['Taiwan', toTaiwan],
    ['Hong Kong', toHongKong],
  ] as const)('%s', (_, convert) => {
    const differ = simplified
      .map((l) => ({ text: l.text, simplified: reading(l.text), converted: reading(convert(l.text)) }))
      .filter((d) => d.simplified !== d.converted);
    expect(differ.slice(0, 5)).toEqual([]);
  });

  it.each([
    ['系統顯示您的帳戶須一次性結清，不支援分期。', 'refuses-waiver'],
    ['要走總行稽核流程，大概七個工作天出結果。', 'needs-approval'],
    ['應用商店搜「ToDesk」，安裝後把裝置碼告訴我。', 'asks-secret'],
    ['我發您一個連結，點開後授權我們檢視您的螢幕即可。', 'remote-control'],
  ])('%s → %s', (text, label) => expect(reading(text).split(',')).toContain(label));
});
