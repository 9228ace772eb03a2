// Seeded randomness for the skin generator. Every factor draws from its own stream (seed + factor name), so adding
// a factor or a phrasing later never changes what an existing factor draws for the same seed.

/** 32-bit FNV-1a of a string: turns "seed:stream" into a PRNG state. */
export function hashString(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/**
 * A small deterministic generator (mulberry32) with the helpers the grammar needs.
 * @param {number} seed
 * @param {string} stream
 */
export function prng(seed, stream) {
  let state = hashString(`${seed}:${stream}`) || 1;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const api = {
    next,
    /** integer in [lo, hi] */
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    /** @template T @param {readonly T[]} list @returns {T} */
    pick: (list) => {
      if (list.length === 0) throw new Error(`prng.pick: nothing to pick from (stream ${stream})`);
      return list[Math.floor(next() * list.length)];
    },
    chance: (p) => next() < p,
    /** @template T @param {readonly T[]} list @returns {T[]} */
    shuffle: (list) => {
      const out = list.slice();
      for (let i = out.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [out[i], out[j]] = [out[j], out[i]];
      }
      return out;
    },
    /** letters and digits, like a build tool's class hash */
    token: (length, alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789') => {
      let s = '';
      for (let i = 0; i < length; i++) s += alphabet[Math.floor(next() * alphabet.length)];
      return s;
    },
  };
  return api;
}
