/** Caches that belong to one file (or one analysis) and die with it: keyed by that object, or first by it and then by a second key. */

interface Store<K, V> {
  get(key: K): V | undefined
  set(key: K, value: V): unknown
}

/** The value cached under `key`; `compute()` on first use. Values are never `undefined`. */
export function cached<K, V>(cache: Store<K, V>, key: K, compute: () => V): V {
  let value = cache.get(key)
  if (value === undefined) {
    value = compute()
    cache.set(key, value)
  }
  return value
}

/** Per outer key, the store of values by inner key; `Map` or `WeakMap`, as `newStore` makes it. */
export type TwoLevelCache<O extends object, I, V> = WeakMap<O, Store<I, V>>

/** The value cached under `outer`, then `inner`; `compute()` on first use. Values are never `undefined`. */
export function cachedIn<O extends object, I, V>(cache: TwoLevelCache<O, I, V>, outer: O, inner: I, newStore: () => Store<I, V>, compute: () => V): V {
  return cached(cached(cache, outer, newStore), inner, compute)
}
