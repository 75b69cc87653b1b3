/**
 * A small per-process memo for reads that must touch every row in scope (rule counts, reporting gaps).
 * Entries are tied to a data version; when the version moves, the stale value is still served once while
 * one refresh runs in the background (stale-while-revalidate), so only the very first request of a key
 * waits for the computation. Concurrent first requests share one computation. Bounded: oldest key first out.
 */

interface Entry {
  version: string;
  value: unknown;
  refreshing: boolean;
}

const entries = new Map<string, Entry>();
const pending = new Map<string, Promise<unknown>>();
const LIMIT = 200;

function store(key: string, version: string, value: unknown): void {
  entries.delete(key); // re-insert: the map's order is the eviction order
  if (entries.size >= LIMIT) entries.delete(entries.keys().next().value as string);
  entries.set(key, { version, value, refreshing: false });
}

export async function memoised<T>(key: string, version: string, compute: () => Promise<T>): Promise<T> {
  const hit = entries.get(key);
  if (hit && hit.version === version) return hit.value as T;
  if (hit) {
    if (!hit.refreshing) {
      hit.refreshing = true;
      compute().then(
        (value) => store(key, version, value),
        () => (hit.refreshing = false), // keep serving the old value; the next request retries
      );
    }
    return hit.value as T;
  }
  const running = pending.get(key);
  if (running) return running as Promise<T>;
  const first = compute()
    .then((value) => {
      store(key, version, value);
      return value;
    })
    .finally(() => pending.delete(key));
  pending.set(key, first);
  return first;
}
