/**
 * MinHash signatures of character shingles, for near-duplicate narrative (an estimate of Jaccard similarity).
 * One-permutation hashing with densification by rotation (Shrivastava & Li, "Densifying One Permutation Hashing
 * via Rotation", ICML 2014): each shingle is hashed once and lands in one of BINS bins that keeps its minimum, so a
 * signature costs one hash per shingle instead of BINS; an empty bin borrows from the next filled bin to its right,
 * tagged with the distance, which keeps the estimator unbiased. Estimated J = share of equal bins (± ≈ 0.027 at
 * J = 0.9 with 128 bins).
 */

export const BINS = 128;
const BIN_BITS = 7; // 2^7 = 128
const VALUE_BITS = 32 - BIN_BITS;
const VALUE_MASK = (1 << VALUE_BITS) - 1;
const SHINGLE = 5;

/** 32-bit FNV-1a of a string's UTF-16 units, finished with murmur3's fmix32 so every bit is mixed. */
export function hash32(text: string, from = 0, to = text.length): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Hashes of the distinct `size`-character shingles of a text (a text shorter than one shingle is one shingle). */
export function shingleHashes(text: string, size = SHINGLE): Uint32Array {
  if (!text) return new Uint32Array(0);
  const set = new Set<number>();
  const last = Math.max(0, text.length - size);
  for (let i = 0; i <= last; i++) set.add(hash32(text, i, Math.min(text.length, i + size)));
  return Uint32Array.from(set);
}

/** The signature of a set of shingle hashes; null for an empty set. */
export function minhash(hashes: Uint32Array): Uint32Array | null {
  if (hashes.length === 0) return null;
  const min = new Uint32Array(BINS);
  const filled = new Uint8Array(BINS);
  for (const h of hashes) {
    const bin = h >>> VALUE_BITS;
    const value = h & VALUE_MASK;
    if (!filled[bin] || value < min[bin]) {
      min[bin] = value;
      filled[bin] = 1;
    }
  }
  const sig = new Uint32Array(BINS);
  for (let bin = 0; bin < BINS; bin++) {
    let t = 0;
    while (!filled[(bin + t) % BINS]) t++;
    // distance t < BINS in the top bits, the borrowed value below: a borrowed bin equals another only when both
    // borrowed the same value from the same distance.
    sig[bin] = ((t << VALUE_BITS) | min[(bin + t) % BINS]) >>> 0;
  }
  return sig;
}

/** Estimated Jaccard similarity of the two sets behind two signatures. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < BINS; i++) if (a[i] === b[i]) same++;
  return same / BINS;
}

/** Exact Jaccard similarity of two hash sets (for tests and for checking the estimate). */
export function jaccard(a: Uint32Array, b: Uint32Array): number {
  const set = new Set(a);
  let both = 0;
  for (const h of b) if (set.has(h)) both++;
  const union = set.size + new Set(b).size - both;
  return union === 0 ? 1 : both / union;
}
