/**
 * Canonical forms (scheme `parley.chain/1`). Two exports of the same record must hash identically whatever key order,
 * Unicode normalisation form or time representation a tool produced, so the hash input is rebuilt, never taken from
 * the file's bytes:
 *
 * - JSON with object keys sorted by UTF-16 code unit (plain `Array.prototype.sort`), no whitespace, `undefined`
 *   members left out, numbers in JavaScript's shortest round-trip form, and every string NFC-normalised
 *   (keys included);
 * - times as UTC ISO-8601 with milliseconds (`2026-11-23T02:03:04.005Z`), the form the export already uses;
 * - a `type` member naming what is hashed, so a message can never be mistaken for a header.
 *
 * Covered fields — message: id, sessionId, seq, role, text, at, shownTime, author (the last two when present).
 * Session header: id, url, siteId, vendor, startedAt. Everything else about a session (title, agents, notes, offers,
 * agreed terms, outcome, evidence, follow-ups …) is an annotation the user may edit after the chat; it is covered by
 * the separate, unchained annotations digest.
 */
import { HEADER_KEYS, type ExportedFollowUp, type ExportedMessage, type ExportedSession } from '../format';

export function canonicalJson(value: unknown): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value.normalize('NFC'));
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value)) throw new RangeError('canonical JSON has no form for a non-finite number');
      return JSON.stringify(value);
    case 'object': {
      if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
      const rec = value as Record<string, unknown>;
      const keys = Object.keys(rec)
        .filter((k) => rec[k] !== undefined)
        .map((k) => [k.normalize('NFC'), k] as const)
        .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
      return `{${keys.map(([nk, k]) => `${JSON.stringify(nk)}:${canonicalJson(rec[k])}`).join(',')}}`;
    }
    default:
      throw new TypeError(`canonical JSON has no form for ${typeof value}`);
  }
}

export function canonicalHeader(session: Pick<ExportedSession, (typeof HEADER_KEYS)[number]>): string {
  return canonicalJson({
    type: 'parley.session-header/1',
    id: session.id,
    url: session.url,
    siteId: session.siteId,
    vendor: session.vendor,
    startedAt: session.startedAt,
  });
}

const str = (s: string) => JSON.stringify(s.normalize('NFC'));

/**
 * Same output as canonicalJson over the covered fields (a test checks it on random messages), written out by hand in
 * sorted key order because it runs once per message per export and per verification.
 */
export function canonicalMessage(m: ExportedMessage): string {
  if (!Number.isFinite(m.seq)) throw new RangeError('canonical JSON has no form for a non-finite number');
  return (
    `{"at":${str(m.at)}` +
    (m.author !== undefined ? `,"author":${str(m.author)}` : '') +
    `,"id":${str(m.id)},"role":${str(m.role)},"seq":${JSON.stringify(m.seq)},"sessionId":${str(m.sessionId)}` +
    (m.shownTime !== undefined ? `,"shownTime":${str(m.shownTime)}` : '') +
    `,"text":${str(m.text)},"type":"parley.message/1"}`
  );
}

/** The generic form of the same thing: the definition canonicalMessage must match. */
export function canonicalMessageGeneric(m: ExportedMessage): string {
  return canonicalJson({
    type: 'parley.message/1',
    id: m.id,
    sessionId: m.sessionId,
    seq: m.seq,
    role: m.role,
    text: m.text,
    at: m.at,
    shownTime: m.shownTime,
    author: m.author,
  });
}

/** The annotations: every exported session field outside the header, and the follow-ups in file order. */
export function canonicalAnnotations(session: ExportedSession, followUps: readonly ExportedFollowUp[]): string {
  const rest: Record<string, unknown> = { ...session };
  for (const k of HEADER_KEYS) delete rest[k];
  return canonicalJson({ type: 'parley.annotations/1', session: rest, followUps });
}
