/**
 * Memo for pure functions of a string key: the resolver asks for the same ancestors' names again and
 * again, and ingest asks about the same few thousand agencies year after year. Bounded by starting over
 * when full.
 */
export function memo<T>(compute: (key: string) => T, limit = 50_000): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      if (cache.size >= limit) cache.clear();
      cache.set(key, (value = compute(key)));
    }
    return value;
  };
}
