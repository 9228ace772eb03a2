/**
 * SHA-256 and hex for the records side, from @noble/hashes (audited, synchronous, no dependencies).
 *
 * Why synchronous: a hash chain is sequential and `crypto.subtle.digest` is asynchronous with a fixed per-call cost
 * (~50 µs in Node 20), which made a 10,000-message session spend over half a second on hashing alone. Callers can
 * still choose WebCrypto (./digest.ts); tests check that both give the same bytes.
 *
 * Only records code imports this (exports, verification, file names, follow-up ids); the content script never does.
 */
import { sha256 as nobleSha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';

/** SHA-256 of the parts concatenated, without copying them into one buffer. */
export function sha256(...parts: Uint8Array[]): Uint8Array {
  if (parts.length === 1) return nobleSha256(parts[0]!);
  const h = nobleSha256.create();
  for (const p of parts) h.update(p);
  return h.digest();
}

export function toHex(bytes: Uint8Array): string {
  return bytesToHex(bytes);
}

const HEX64 = /^[0-9a-f]{64}$/;

/** Lower-case hex of exactly 64 digits, or undefined (recorded hashes are always written lower-case). */
export function fromHex64(hex: string): Uint8Array | undefined {
  if (!HEX64.test(hex)) return undefined;
  const out = new Uint8Array(32);
  for (let i = 0; i < 32; i++) out[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}
