/** Caches that belong to one file (or one analysis) and die with it: keyed first by that object, then by a second key. */

interface Store<K, V> {
  get(key: K): V | undefined
  set(key: K, value: V): unknown
}

/** Per outer key, the store of values by inner key; `Map` or `WeakMap`, as `newStore` makes it. */
export type TwoLevelCache<O extends object, I, V> = WeakMap<O, Store<I, V>>

/** The value cached under `outer`, then `inner`; `compute()` on first use. Values are never `undefined`. */
export function cachedIn<O extends object, I, V>(cache: TwoLevelCache<O, I, V>, outer: O, inner: I, newStore: () => Store<I, V>, compute: () => V): V {
  let store = cache.get(outer)
  if (!store) {
    store = newStore()
    cache.set(outer, store)
  }
  let value = store.get(inner)
  if (value === undefined) {
    value = compute()
    store.set(inner, value)
  }
  return value
}
