/**
 * Answers kept for keys that are asked again (misses too, as null), at most `size` of them, forgotten all at
 * once when full: lookups repeat within a text, and memory stays flat over an archive.
 */
export class BoundedCache<V extends NonNullable<unknown> | null> {
  private readonly map = new Map<string, V>();

  constructor(private readonly size: number) {}

  /** The answer for `key`, computed on first ask. */
  get(key: string, compute: (key: string) => V): V {
    let value = this.map.get(key);
    if (value === undefined) {
      value = compute(key);
      if (this.map.size >= this.size) this.map.clear();
      this.map.set(key, value);
    }
    return value;
  }
}
