// The probe (corpus/probe/README.md): lines from a writer who never read the corpus. Its halves are fixed (a changed
// line would turn the sealed half into a tuned one), and the sealed half's figures are printed in aggregate only.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { INTENTS, TEXT_RED_FLAGS } from '../../lib/phrasing/types';
import { readCorpus } from './corpus/generalisation/corpus-line';
import { trainLines } from './corpus/generalisation/splits';

const DIR = 'tests/phrasing/corpus/probe';
const SHA256 = {
  'open.jsonl': '83cafcb79b04984ca46f3bf091079b7ffccca32c7cacd63405f62e5f9042ce1b',
  'sealed.jsonl': 'ffc290eef102d9352f3dc7106fd2a1597c67b8c6e0e878235fd47f291123d4e8',
  // A second writer's lines, sealed whole (README "A second probe").
  'tenth-writer.jsonl': '118dbd062c57a7714a2331403d579603b25814eee6bd43fd9fb8eb7dc3432e4d',
};

describe('probe corpus', () => {
  it.each(Object.entries(SHA256))('%s is unchanged since it was split', (file, sha) => {
    expect(createHash('sha256').update(readFileSync(`${DIR}/${file}`)).digest('hex')).toBe(sha);
  });

  it('uses only known labels and shares no line between its halves', () => {
    const open = readCorpus(`${DIR}/open.jsonl`);
    const sealed = readCorpus(`${DIR}/sealed.jsonl`);
    const known = new Set<string>([...INTENTS, ...TEXT_RED_FLAGS]);
    for (const l of [...open, ...sealed]) for (const x of [...l.intents, ...l.redFlags]) expect(known.has(x), x).toBe(true);
    const openTexts = new Set(open.map((l) => l.text));
    expect(sealed.filter((l) => openTexts.has(l.text))).toEqual([]);
    expect(open.length + sealed.length).toBe(435);
  });

  it('keeps the tenth writer apart from every other corpus', () => {
    const tenth = readCorpus(`${DIR}/tenth-writer.jsonl`);
    expect(tenth.length).toBe(360);
    const known = new Set<string>([...INTENTS, ...TEXT_RED_FLAGS]);
    for (const l of tenth) for (const x of [...l.intents, ...l.redFlags]) expect(known.has(x), x).toBe(true);
    const elsewhere = new Set(
      ['open.jsonl', 'sealed.jsonl'].flatMap((f) => readCorpus(`${DIR}/${f}`)).concat(
        trainLines(),
        ['dev.jsonl', 'test.jsonl'].flatMap((f) => readCorpus(`tests/phrasing/corpus/generalisation/${f}`)),
      ).map((l) => l.text),
    );
    // A stock phrase ("Is there anything else I can help with?") may be written by two hands; a longer line may not.
    expect(tenth.filter((l) => l.text.length > 60 && elsewhere.has(l.text))).toEqual([]);
    expect(tenth.filter((l) => elsewhere.has(l.text)).length).toBeLessThanOrEqual(3);
  });
});
