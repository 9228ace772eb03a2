// Writers of whole lines (corpus/generalisation/README.md) are training material: their labels must be known ones,
// and no line may repeat a test-split or probe line, or training would have seen what is measured. The check compares
// texts without printing any.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { INTENTS, TEXT_RED_FLAGS } from '../../lib/phrasing/types';
import { readCorpus } from './corpus/generalisation/corpus-line';

const DIR = 'tests/phrasing/corpus/generalisation';
const files = readdirSync(DIR).filter((f) => f.endsWith('-writer.jsonl'));
const known = new Set<string>([...INTENTS, ...TEXT_RED_FLAGS]);
const measured = new Set(
  [...readCorpus(`${DIR}/test.jsonl`), ...readCorpus('tests/phrasing/corpus/probe/open.jsonl'), ...readCorpus('tests/phrasing/corpus/probe/sealed.jsonl')].map((l) => l.text),
);

describe('line writers', () => {
  it('has at least one writer file', () => expect(files.length).toBeGreaterThan(0));

  it.each(files)('%s: known labels, unique texts, none from the test split or the probe', (file) => {
    const lines = readCorpus(`${DIR}/${file}`);
    expect(lines.length).toBeGreaterThan(100);
    for (const l of lines) for (const x of [...l.intents, ...l.redFlags]) expect(known.has(x), `${l.id}: ${x}`).toBe(true);
    expect(new Set(lines.map((l) => l.text)).size).toBe(lines.length);
    expect(lines.filter((l) => measured.has(l.text)).length).toBe(0);
  });
});
