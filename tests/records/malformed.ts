// fast-check generators of malformed import files, derived from one valid export text.
import fc from 'fast-check';

type Json = unknown;
type Path = (string | number)[];
type FieldType = 'string' | 'number' | 'boolean' | 'object' | 'array';

const notString = fc.oneof(fc.integer(), fc.boolean(), fc.constant(null), fc.array(fc.integer(), { maxLength: 3 }), fc.dictionary(fc.string({ maxLength: 3 }), fc.integer(), { maxKeys: 2 }));
const notNumber = fc.oneof(fc.string({ maxLength: 5 }), fc.boolean(), fc.constant(null), fc.array(fc.integer(), { maxLength: 2 }));
const notBoolean = fc.oneof(fc.string({ maxLength: 5 }), fc.integer(), fc.constant(null), fc.constant([]));
const notObject = fc.oneof(fc.string({ maxLength: 5 }), fc.integer(), fc.boolean(), fc.constant(null), fc.constant([1]));
const notArray = fc.oneof(fc.string({ maxLength: 5 }), fc.integer(), fc.boolean(), fc.constant(null), fc.constant({ a: 1 }));
const wrong: Record<FieldType, fc.Arbitrary<unknown>> = { string: notString, number: notNumber, boolean: notBoolean, object: notObject, array: notArray };

// Required (or, when present, typed) fields of parley.export/1 with their JSON types. `#` is any message/follow-up index.
const FIELDS: [string, FieldType][] = [
  ['exportedAt', 'string'],
  ['app', 'object'],
  ['app.name', 'string'],
  ['sessions', 'array'],
  ['sessions.0.session', 'object'],
  ['sessions.0.session.id', 'string'],
  ['sessions.0.session.url', 'string'],
  ['sessions.0.session.siteId', 'string'],
  ['sessions.0.session.vendor', 'string'],
  ['sessions.0.session.startedAt', 'string'],
  ['sessions.0.session.references', 'array'],
  ['sessions.0.session.offers', 'array'],
  ['sessions.0.session.agreedTerms', 'object'],
  ['sessions.0.session.agreedTerms.confirmed', 'boolean'],
  ['sessions.0.messages', 'array'],
  ['sessions.0.messages.#', 'object'],
  ['sessions.0.messages.#.id', 'string'],
  ['sessions.0.messages.#.sessionId', 'string'],
  ['sessions.0.messages.#.seq', 'number'],
  ['sessions.0.messages.#.role', 'string'],
  ['sessions.0.messages.#.text', 'string'],
  ['sessions.0.messages.#.at', 'string'],
  ['sessions.0.followUps', 'array'],
  ['sessions.0.followUps.#.dueAt', 'string'],
  ['sessions.0.followUps.#.done', 'boolean'],
  ['sessions.0.followUps.#.title', 'string'],
  ['manifest', 'object'],
  ['manifest.sessions', 'array'],
  ['manifest.archiveDigest', 'string'],
];
// Right type, wrong value.
const BAD_VALUES: [string, unknown[]][] = [
  ['format', ['parley.exports', 'PARLEY.EXPORT', '', 1, null]],
  ['version', [0, 2, 1.5, '1', null]],
  ['exportedAt', ['2026-11-23', '2026-11-23T14:00:00+08:00', '', 'now']],
  ['sessions.0.session.id', ['', 'x'.repeat(513)]],
  ['sessions.0.session.channel', ['fax', 'Web-Chat', '']],
  ['sessions.0.session.outcome', ['won', '']],
  ['sessions.0.messages.#.role', ['admin', 'Agent', '', 'bank']],
  ['sessions.0.messages.#.seq', [-1, 1.5, 1e9, Number.MAX_SAFE_INTEGER + 2]],
  ['sessions.0.messages.#.at', ['2026-13-01T00:00:00.000Z', '2026-11-23T06:00:00Z', '0']],
  ['sessions.0.messages.#.hash', ['abc', 'G'.repeat(64), 'A'.repeat(64)]],
  ['sessions.0.followUps.#.source', ['bank', '']],
  ['sessions.0.digest', ['0', 'z'.repeat(64)]],
  ['manifest.archiveDigest', ['', 'f'.repeat(63)]],
  ['sessions.0.session.agreedTerms.kind', ['gift', '']],
  ['sessions.0.session.agreedTerms.deadline', ['2026-02-30', 'tomorrow']],
];

function resolve(pattern: string, index: number, root: Json): Path {
  return pattern.split('.').map((p) => {
    if (p === '#') return index;
    return /^\d+$/.test(p) ? Number(p) : p;
  }).map((p, i, all) => {
    // Clamp '#' to the array that exists at that point.
    if (typeof p !== 'number' || pattern.split('.')[i] !== '#') return p;
    let cur: unknown = root;
    for (const q of all.slice(0, i)) cur = (cur as Record<string | number, unknown> | undefined)?.[q];
    return Array.isArray(cur) && cur.length > 0 ? p % cur.length : 0;
  });
}

type Node = Record<string | number, unknown>;

function setAt(root: unknown, path: Path, value: unknown, remove = false): void {
  let cur = root as Node;
  for (const p of path.slice(0, -1)) cur = cur[p] as Node;
  const last = path[path.length - 1]!;
  if (remove) delete cur[last];
  else cur[last] = value;
}

const REQUIRED = new Set(FIELDS.map(([p]) => p).filter((p) => !/references|offers|agreedTerms|manifest/.test(p)));

export function malformed(validText: string) {
  const base = () => JSON.parse(validText);
  const lastBrace = validText.lastIndexOf('}');

  const randomJson = fc.oneof(
    fc.json(),
    fc.string(),
    fc.jsonValue().map((v) => JSON.stringify({ format: 'parley.export', version: 1, ...(typeof v === 'object' && v && !Array.isArray(v) ? v : { v }) })),
  );
  const truncated = fc.integer({ min: 0, max: lastBrace - 1 }).map((n) => validText.slice(0, n));
  const wrongType = fc
    .tuple(fc.constantFrom(...FIELDS), fc.nat(50))
    .chain(([[pattern, type], i]) => wrong[type].map((v) => ({ pattern, i, v })))
    .map(({ pattern, i, v }) => {
      const root = base();
      setAt(root, resolve(pattern, i, root), v);
      return JSON.stringify(root);
    });
  const wrongValue = fc
    .tuple(fc.constantFrom(...BAD_VALUES), fc.nat(50), fc.nat(10))
    .map(([[pattern, values], i, j]) => {
      const root = base();
      setAt(root, resolve(pattern, i, root), values[j % values.length]);
      return JSON.stringify(root);
    });
  const missing = fc.tuple(fc.constantFrom(...REQUIRED), fc.nat(50)).map(([pattern, i]) => {
    const root = base();
    setAt(root, resolve(pattern, i, root), undefined, true);
    return JSON.stringify(root);
  });
  const pollution = fc
    .tuple(fc.constantFrom('__proto__', 'constructor', 'prototype'), fc.nat(10_000))
    .map(([key, n]) => {
      const starts = [...validText.matchAll(/\{\s*"/g)].map((m) => m.index);
      const at = starts[n % starts.length]!;
      return `${validText.slice(0, at)}{"${key}":{"polluted":true},${validText.slice(at + 1)}`;
    });
  const hugeString = fc
    .tuple(fc.constantFrom<[string, number][]>(
      ['sessions.0.session.id', 513],
      ['sessions.0.session.url', 8193],
      ['sessions.0.session.title', 2001],
      ['sessions.0.session.notes', 200_001],
      ['sessions.0.messages.#.text', 1_000_001],
      ['sessions.0.messages.#.author', 257],
      ['sessions.0.messages.#.shownTime', 101],
    ), fc.nat(50), fc.nat(2000))
    .map(([[pattern, limit], i, extra]) => {
      const root = base();
      setAt(root, resolve(pattern, i, root), '长'.repeat(limit + extra));
      return JSON.stringify(root);
    });
  // Built as text: JSON.stringify itself would overflow the stack on the deepest values.
  const deep = fc.tuple(fc.integer({ min: 65, max: 200_000 }), fc.boolean()).map(([depth, objects]) => {
    const root = base();
    root.sessions[0].session.notes = '@@NESTED@@';
    const nested = objects ? `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}` : `${'['.repeat(depth)}1${']'.repeat(depth)}`;
    return JSON.stringify(root).replace('"@@NESTED@@"', nested);
  });
  return { randomJson, truncated, wrongType, wrongValue, missing, pollution, hugeString, deep };
}
