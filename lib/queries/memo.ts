/**
 * A small per-process memo for reads that must touch every row in scope (rule counts, reporting gaps).
 * Entries are tied to a data version (dataVersion in ./quality: the latest release and report). A value is only
 * ever served for the version it was computed under: when the version moves, the next request computes afresh and
 * waits, so an answer labelled with the new release (footer, ETag, 数据已更新's comparison) never shows the old data
 * (serving the old value once while refreshing let a browser keep a stale page by 304). Concurrent requests of one
 * key and version share one computation; a failed computation is not kept. Bounded: oldest key first out.
 */

interface Entry {
  version: string;
  value: unknown;
}

/**
 * One store per process: the production build gives the pages, the API routes and the warm-up that
 * instrumentation.ts starts (./warm.ts) each a copy of this module, and what one of them computes serves them all.
 */
const shared = globalThis as typeof globalThis & {
  nianbaoMemo?: { entries: Map<string, Entry>; pending: Map<string, Promise<unknown>> };
};
shared.nianbaoMemo ??= { entries: new Map(), pending: new Map() };
const { entries, pending } = shared.nianbaoMemo;
const LIMIT = 200;

function store(key: string, version: string, value: unknown): void {
  entries.delete(key); // re-insert: the map's order is the eviction order
  if (entries.size >= LIMIT) entries.delete(entries.keys().next().value as string);
  entries.set(key, { version, value });
}

export async function memoised<T>(key: string, version: string, compute: () => Promise<T>): Promise<T> {
  const hit = entries.get(key);
  if (hit && hit.version === version) return hit.value as T;
  const id = JSON.stringify([key, version]);
  const running = pending.get(id);
  if (running) return running as Promise<T>;
  const first = compute()
    .then((value) => {
      // A slower computation of an older version never replaces a newer one's value.
      const now = entries.get(key);
      if (!now || now.version === hit?.version || now.version === version) store(key, version, value);
      return value;
    })
    .finally(() => pending.delete(id));
  pending.set(id, first);
  return first;
}
