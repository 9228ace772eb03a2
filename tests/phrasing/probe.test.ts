// The probe (corpus/probe/README.md): lines from a writer who never read the corpus. Its halves are fixed (a changed
// line would turn the sealed half into a tuned one), and the sealed half's figures are printed in aggregate only.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { INTENTS, TEXT_RED_FLAGS } from '../../lib/phrasing/types';
import { readCorpus } from './corpus/generalisation/corpus-line';

const DIR = 'tests/phrasing/corpus/probe';
const SHA256 = {
  'open.jsonl': '83cafcb79b04984ca46f3bf091079b7ffccca32c7cacd63405f62e5f9042ce1b',
  'sealed.jsonl': 'ffc290eef102d9352f3dc7106fd2a1597c67b8c6e0e878235fd47f291123d4e8',
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
});
