/**
 * The most similar other narrative of each report, without comparing every pair: locality-sensitive hashing over
 * the MinHash signatures (BANDS bands of ROWS bins; two texts share a band bucket with probability
 * 1 − (1 − J^ROWS)^BANDS: 0.9999 at J = 0.9, 0.06 at J = 0.5). Candidates are then compared on the whole
 * signature. A bucket shared by very many reports (stock text that slipped through) is read only up to
 * MAX_CANDIDATES per report, which bounds the work.
 */
import { BINS, hash32, similarity } from "./minhash";

const BANDS = 16;
const ROWS = BINS / BANDS;
const MAX_CANDIDATES = 400;

export interface Signed {
  /** Report id. */
  id: number;
  agencyId: string;
  sig: Uint32Array;
}

export interface TwinIndex {
  items: Map<number, Signed>;
  buckets: Map<number, number[]>[];
}

function bandKey(sig: Uint32Array, band: number): number {
  const start = band * ROWS;
  let text = "";
  for (let i = start; i < start + ROWS; i++) text += String.fromCharCode(sig[i] >>> 16, sig[i] & 0xffff);
  return hash32(text);
}

export function buildTwinIndex(items: Signed[]): TwinIndex {
  const buckets = Array.from({ length: BANDS }, () => new Map<number, number[]>());
  for (const item of items) {
    for (let b = 0; b < BANDS; b++) {
      const key = bandKey(item.sig, b);
      const list = buckets[b].get(key);
      if (list) list.push(item.id);
      else buckets[b].set(key, [item.id]);
    }
  }
  return { items: new Map(items.map((i) => [i.id, i])), buckets };
}

/** The most similar report of another agency in the index (null when no band bucket is shared). */
export function nearestOther(index: TwinIndex, query: Signed): { id: number; similarity: number } | null {
  let best: { id: number; similarity: number } | null = null;
  const seen = new Set<number>([query.id]);
  for (let b = 0; b < BANDS && seen.size <= MAX_CANDIDATES; b++) {
    for (const id of index.buckets[b].get(bandKey(query.sig, b)) ?? []) {
      if (seen.has(id)) continue;
      seen.add(id);
      const other = index.items.get(id)!;
      if (other.agencyId === query.agencyId) continue;
      const s = similarity(query.sig, other.sig);
      if (!best || s > best.similarity) best = { id, similarity: s };
      if (seen.size > MAX_CANDIDATES) break;
    }
  }
  return best;
}
