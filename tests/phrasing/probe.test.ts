// The probe (corpus/probe/README.md): lines from a writer who never read the corpus. Its halves are fixed (a changed
// line would turn the sealed half into a tuned one), and the sealed half's figures are printed in aggregate only.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { INTENTS, TEXT_RED_FLAGS } from '../../lib/phrasing/types';
import { readCorpus } from './corpus/generalisation/corpus-line';
import { trainLines } from './corpus/generalisation/splits';

const DIR = 'tests/phrasing/corpus/probe';
const GEN = 'tests/phrasing/corpus/generalisation';
const SHA256 = {
  'open.jsonl': '83cafcb79b04984ca46f3bf091079b7ffccca32c7cacd63405f62e5f9042ce1b',
  'sealed.jsonl': 'ffc290eef102d9352f3dc7106fd2a1597c67b8c6e0e878235fd47f291123d4e8',
  // A second writer's lines, sealed whole (README "A second probe").
  'tenth-writer.jsonl': '118dbd062c57a7714a2331403d579603b25814eee6bd43fd9fb8eb7dc3432e4d',
  // A scam-heavy writer's lines, kept out of training (README "A third probe").
  'fourteenth-writer.jsonl': 'c0267dfa06dd419a1ea6159ded8b9e0881f24b823ae049caa6cd3e7dee067fbe',
  // Writers read after their first contact (README "Read probes"): rules were written from their misses.
  'fifteenth-writer.jsonl': 'dd7e835a56f629945379ce8e9051f7031bd7f3323ee3d40c4c8ff40f25f545a0',
  'sixteenth-writer.jsonl': '12f9832604511f82c011cffc3ea05687e9c85f15468fae13425735bcec6146e3',
  'seventeenth-writer.jsonl': 'a81215187a64b10172bc08dc184540138acaedaf7c64d57fa6e0ef69c76428dc',
  'eighteenth-writer.jsonl': '895bc4551d879ed6ed98dbc15828b90288dbd1498b8a073587e8346a8154b49b',
  'nineteenth-writer.jsonl': '0f95a81b330b1b4fe71815d50942b7a652ffc3bb016f30e517be9f6ad92c0794',
  'twentieth-writer.jsonl': '494b365a13c60df20036a3cf09ae11c0e2a4021d13e0b88343c00dd9c415fffe',
  'twenty-first-writer.jsonl': '568c939a9797e46a7e2e9f30a182ec02b23bfd6595906c22be9bb452813e1b0e',
  'twenty-second-writer.jsonl': 'd890be031ff3b179e3eb51238d617b69e57a6a60547565118d50add906b5ad62',
  'twenty-third-writer.jsonl': 'a04bff5598ca41dd4b6f4cdb9f6ff640ff59f5c2ae9dd5e8a69d06b4c3026579',
  'twenty-fourth-writer.jsonl': '0c94ebe10d9b65f662d117e4b40731919be45c7fee353ae1cdf2b4d59e9c47ba',
  'twenty-fifth-writer.jsonl': '23af63129bbe7168e401a479e4f8219afbaded640cd26c31d7dc4ba022689cfc',
  'twenty-sixth-writer.jsonl': '8e157f1ebf93d64d0b03b256d316c110fd45f050455b981f1593d71f7ed769ec',
  'twenty-seventh-writer.jsonl': '951629f6b67168671e2ab8a5e8b86008431d3ce25b7f149e1d4420fc3113bc8e',
  'twenty-eighth-writer.jsonl': '73d9abb5da366f94dcf979a66faf0808d51f357b1bfe5487f91575ec440acdba',
  'twenty-ninth-writer.jsonl': 'e237994aa35bc108cb56aa79db1211bdac6d6338050865f18b087db3a2591081',
  'thirtieth-writer.jsonl': 'e6bcb734445b74f4de85ea6526c8f660109e069e1ffff78534537458082d36a7',
  'thirty-first-writer.jsonl': '557187dc0d7dbdd17bf2a8bd34203511f53dbdd5979280f5465d9247a7e9faf8',
  'thirty-second-writer.jsonl': '7e3514ae82bf5fac3a903f1f4c0d2d890a56418d9f0afe3518912a727e0e2e91',
  'thirty-third-writer.jsonl': 'a29f5e06d516acc17897999344b8925e5142453cb4d0a8a8ba6117980651d620',
  'thirty-fourth-writer.jsonl': '5550e71a0945f86cb9c67b32de387c9e354bc00509bc762f2979267206e351c2',
  'thirty-fifth-writer.jsonl': '2ee63611677450830fa4a37eb5c585bb3cf753a5415e23dab5aeb3fb1aadec0b',
  'thirty-sixth-writer.jsonl': '34041fd5a4fb55e32e45cbc8c303caa99299be3a55ae356ca1320655eb5d4b3c',
  'thirty-ninth-writer.jsonl': '0dab50dfcad049b0a1a90de9740b1a2ea4de673d997e9d289fd62731b2130f2d',
  'fortieth-writer.jsonl': '8b87f65823295acfa0626b4bcfb7f451580f46f685d2761a2171abbe8f90b63f',
  'forty-first-writer.jsonl': '89f4b97a136ba07282be80a7e05b90eb3193706f6f5e96c70990874d8173c31e',
  'forty-second-writer.jsonl': '2c8fdd2cd4abd8907e3f9e1e56623c4e20d26b230d3c6333d6755bddc8de1727',
  'forty-fifth-writer.jsonl': '02d9ad022f3d1fb025b760d3ea9209586fa48e5670a43e030b421cd6f6d270c3',
  'forty-sixth-writer.jsonl': '3d7acd837441314bb4d2304b4b3b071fe2f9e70508a2e507f2351b04334e1c16',
  'forty-seventh-writer.jsonl': '1967c4b2ebc49bacf3cb2aa08b20bad5ef724b742348c4a4267c0f19a38d1274',
  'forty-eighth-writer.jsonl': '802fbd736c32d86bfdfbc7afaab4129373c09ffb795a4247c963db289865afef',
  'fifty-first-writer.jsonl': '6eac707bd0a1684d4deefc277c9b3f649aab024437b9a457f67cc2b5ae4b4d96',
  'fifty-second-writer.jsonl': '252e24e6d6be02df41db3869f69060ef00a64140c4a4bed161d4e1522b0188f0',
  'fifty-third-writer.jsonl': '81a82588d77f54f97be84afe1fd6ce94543b6c366352076bb7926c27ec24b90c',
  // Two writers sealed at first contact (README "A fourth sealed probe"): scored in aggregate only, never read.
  'thirty-seventh-writer.jsonl': 'a446386f34bd44cf5a1932283387551e98f4e7268273ffab0b8c4556893ec3e3',
  'thirty-eighth-writer.jsonl': '1229805395bd7443e9df37ba77d82153e43d0e005139da3ab747ebb82521b0ab',
  // Two more sealed at first contact (README "A fifth sealed probe"): scored in aggregate only, never read.
  'forty-third-writer.jsonl': '11e2056950af0eba4d13e2df05d637e1ca9ddef33d9ba1ca97ef318947e9661d',
  'forty-fourth-writer.jsonl': '02c24cb3cea15a77796da2344edf669ed45bd52ca7f72d9ef43915e95b2828aa',
  // Two more sealed at first contact (README "A sixth sealed probe"): scored in aggregate only, never read.
  'forty-ninth-writer.jsonl': 'c54a50dd32b7a1cf997479cc0b9727c8e3a4dce81d6b89f15efa64c6999532e6',
  'fiftieth-writer.jsonl': '0efa0f26d86e1fb42f3936f92986fcd99a223b5771a14eae01bf4da6e0b8bcbf',
  // One more sealed at first contact (README "A seventh sealed probe"): scored in aggregate only, never read.
  'fifty-fourth-writer.jsonl': '598c1c1958a16284b161b2201a5c8c313cb03b828eeeb263ccf14345508a37c3',
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

  it.each([
    ['tenth-writer.jsonl', 360],
    ['fourteenth-writer.jsonl', 300],
    ['fifteenth-writer.jsonl', 320],
    ['sixteenth-writer.jsonl', 320],
    ['seventeenth-writer.jsonl', 320],
    ['eighteenth-writer.jsonl', 320],
    ['nineteenth-writer.jsonl', 300],
    ['twentieth-writer.jsonl', 300],
    ['twenty-first-writer.jsonl', 300],
    ['twenty-second-writer.jsonl', 300],
    ['twenty-third-writer.jsonl', 299],
    ['twenty-fourth-writer.jsonl', 300],
    ['twenty-fifth-writer.jsonl', 299],
    ['twenty-sixth-writer.jsonl', 300],
    ['twenty-seventh-writer.jsonl', 300],
    ['twenty-eighth-writer.jsonl', 300],
    ['twenty-ninth-writer.jsonl', 300],
    ['thirtieth-writer.jsonl', 300],
    ['thirty-first-writer.jsonl', 300],
    ['thirty-second-writer.jsonl', 298],
    ['thirty-third-writer.jsonl', 300],
    ['thirty-fourth-writer.jsonl', 300],
    ['thirty-fifth-writer.jsonl', 299],
    ['thirty-sixth-writer.jsonl', 300],
    ['thirty-seventh-writer.jsonl', 298],
    ['thirty-eighth-writer.jsonl', 299],
    ['thirty-ninth-writer.jsonl', 299],
    ['fortieth-writer.jsonl', 299],
    ['forty-first-writer.jsonl', 297],
    ['forty-second-writer.jsonl', 300],
    ['forty-third-writer.jsonl', 296],
    ['forty-fourth-writer.jsonl', 299],
    ['forty-fifth-writer.jsonl', 300],
    ['forty-sixth-writer.jsonl', 300],
    ['forty-seventh-writer.jsonl', 296],
    ['forty-eighth-writer.jsonl', 299],
    ['forty-ninth-writer.jsonl', 298],
    ['fiftieth-writer.jsonl', 296],
    ['fifty-first-writer.jsonl', 299],
    ['fifty-second-writer.jsonl', 300],
    ['fifty-third-writer.jsonl', 297],
    ['fifty-fourth-writer.jsonl', 298],
    ['fifty-fifth-writer.jsonl', 297],
  ] as const)('keeps %s apart from every other corpus', (file, count) => {
    const lines = readCorpus(`${DIR}/${file}`);
    expect(lines.length).toBe(count);
    const known = new Set<string>([...INTENTS, ...TEXT_RED_FLAGS]);
    for (const l of lines) for (const x of [...l.intents, ...l.redFlags]) expect(known.has(x), x).toBe(true);
    const writers = readdirSync(GEN).filter((f) => f.endsWith('-writer.jsonl')).map((f) => `${GEN}/${f}`);
    const elsewhere = new Set(
      readdirSync(DIR)
        .filter((f) => f.endsWith('.jsonl') && f !== file)
        .map((f) => `${DIR}/${f}`)
        .concat(writers, [`${GEN}/dev.jsonl`, `${GEN}/test.jsonl`])
        .flatMap((f) => readCorpus(f))
        .concat(trainLines())
        .map((l) => l.text),
    );
    // A stock phrase ("Is there anything else I can help with?") may be written by two hands; a longer line may not.
    expect(lines.filter((l) => l.text.length > 60 && elsewhere.has(l.text))).toEqual([]);
    expect(lines.filter((l) => elsewhere.has(l.text)).length).toBeLessThanOrEqual(3);
  });
});
