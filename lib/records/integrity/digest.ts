/**
 * The two SHA-256 backends. Both give identical bytes (tested); 'portable' (@noble/hashes, synchronous) is the default
 * because a chain is sequential and WebCrypto's per-call cost dominates it (see ./hash.ts). 'webcrypto' uses
 * `globalThis.crypto.subtle`.
 */
import { sha256 } from './hash';

export type DigestBackend = 'portable' | 'webcrypto';

export type HashFn = (parts: Uint8Array[]) => Uint8Array | Promise<Uint8Array>;

async function webCryptoHash(parts: Uint8Array[]): Promise<Uint8Array> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) throw new Error('WebCrypto (crypto.subtle) is not available in this context');
  let data: Uint8Array;
  if (parts.length === 1) data = parts[0]!;
  else {
    data = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let at = 0;
    for (const p of parts) {
      data.set(p, at);
      at += p.length;
    }
  }
  return new Uint8Array(await subtle.digest('SHA-256', data as Uint8Array<ArrayBuffer>));
}

export function hashFn(backend: DigestBackend = 'portable'): HashFn {
  return backend === 'webcrypto' ? webCryptoHash : (parts) => sha256(...parts);
}

export const utf8 = new TextEncoder();
