/**
 * The hash chain (scheme `parley.chain/1`), byte for byte:
 *
 *   h_-1 = SHA-256( UTF-8(canonicalHeader(session)) )
 *   h_i  = SHA-256( h_{i-1} as its 32 raw bytes || UTF-8(canonicalMessage(m_i)) )   for messages in ascending seq
 *   digest = h_{n-1}, or h_-1 for a session without messages
 *
 * Values are written as 64 lower-case hex digits.
 */
import type { ExportedFollowUp, ExportedMessage, ExportedSession, ManifestEntry } from '../format';
import { canonicalAnnotations, canonicalHeader, canonicalJson, canonicalMessage } from './canonical';
import { hashFn, utf8, type DigestBackend, type HashFn } from './digest';
import { toHex } from './hash';

export interface SessionSeal {
  headerHash: string;
  /** h_i for each message, in the order given. */
  hashes: string[];
  digest: string;
  annotationsDigest: string;
}

async function run(h: HashFn, parts: Uint8Array[]): Promise<Uint8Array> {
  const r = h(parts);
  // Awaiting an already-computed value still costs a microtask per message; skip it for the synchronous backend.
  return r instanceof Promise ? await r : r;
}

export class Chain {
  private readonly h: HashFn;
  /** The portable backend answers at once, so a whole chain can be computed without a microtask per message. */
  private readonly immediate: boolean;
  /** h_{i-1} followed by the message's bytes, reused from link to link (see linkNow). */
  private scratch = new Uint8Array(1024);
  constructor(backend: DigestBackend = 'portable') {
    this.h = hashFn(backend);
    this.immediate = backend === 'portable';
  }

  header(session: ExportedSession): Promise<Uint8Array> {
    return run(this.h, [utf8.encode(canonicalHeader(session))]);
  }

  link(prev: Uint8Array, message: ExportedMessage): Promise<Uint8Array> {
    return run(this.h, [prev, utf8.encode(canonicalMessage(message))]);
  }

  annotations(session: ExportedSession, followUps: readonly ExportedFollowUp[]): Promise<Uint8Array> {
    return run(this.h, [utf8.encode(canonicalAnnotations(session, followUps))]);
  }

  /** Covers every manifest entry (id, start, message count, digest) in order, so one number stands for an archive. */
  archive(entries: readonly ManifestEntry[]): Promise<Uint8Array> {
    const list = entries.map((e) => ({ id: e.id, startedAt: e.startedAt, messageCount: e.messageCount, digest: e.digest }));
    return run(this.h, [utf8.encode(canonicalJson({ type: 'parley.archive/1', sessions: list }))]);
  }

  /**
   * link() for the portable backend, synchronously, with the bytes written into one reused buffer: a 10,000-message
   * export otherwise awaits 10,000 promises and leaves 10,000 encoded copies for the garbage collector. Same bytes.
   */
  private linkNow(prev: Uint8Array, message: ExportedMessage): Uint8Array {
    const text = canonicalMessage(message);
    // UTF-8 takes at most three bytes per UTF-16 code unit.
    if (this.scratch.length < 32 + text.length * 3) this.scratch = new Uint8Array(2 * (32 + text.length * 3));
    this.scratch.set(prev, 0);
    const { written } = utf8.encodeInto(text, this.scratch.subarray(32));
    return this.h([this.scratch.subarray(0, 32 + written)]) as Uint8Array;
  }

  async seal(
    session: ExportedSession,
    messages: readonly ExportedMessage[],
    followUps: readonly ExportedFollowUp[],
  ): Promise<SessionSeal> {
    const header = await this.header(session);
    let prev = header;
    const hashes: string[] = [];
    for (const m of messages) {
      prev = this.immediate ? this.linkNow(prev, m) : await this.link(prev, m);
      hashes.push(toHex(prev));
    }
    const headerHash = toHex(header);
    return {
      headerHash,
      hashes,
      digest: hashes.length > 0 ? hashes[hashes.length - 1]! : headerHash,
      annotationsDigest: toHex(await this.annotations(session, followUps)),
    };
  }
}

/** A digest split into groups of four for reading aloud or copying by hand, e.g. "3f2a 9c01 …". */
export function groupDigest(digest: string, groups = 16): string {
  return (digest.match(/.{1,4}/g) ?? []).slice(0, groups).join(' ');
}
