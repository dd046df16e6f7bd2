/**
 * Caches. Values that belong to the file being linted live in a per-file cache (`fileCache`); a
 * module-level keyed cache (`cached` over a `WeakMap`) holds only values that do not reach a file's
 * syntax tree: booleans per variable, compiled name lists per options object.
 */

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

/** A value computed once per file, shared by all rules: `cache(file, compute)`. */
export type FileCache<V> = (file: object, compute: () => V) => V

/** The values of the one file whose values are held: the file being linted. */
interface HeldFile {
  readonly file: object
  /** By cache, each cache's value. */
  readonly values: Map<object, unknown>
}

/**
 * Why the values of only one file are held, and not a `WeakMap` per cache keyed by the file's AST:
 * V8's young-generation collector treats the values of a `WeakMap` that lives in the old generation
 * (as module-level maps soon do) as reachable, whatever their key, and per-file values reach the
 * file's source code, tokens, scopes and AST. Each linted file's whole tree then outlived the
 * collections after its lint, was copied into the old generation, and was freed by a full collection
 * only. Measured on the 945 corpus files with token-like text, with ESLint's rule contexts made plain
 * copies (scripts/plain-rule-contexts.js): 16 % more bytes promoted than with this cache, which
 * promotes about as much as one empty rule. With stock ESLint 10 the two do not differ, as its rule
 * contexts keep each file's tree alive the same way (docs/performance.md); this cache keeps the
 * plugin from adding that cost of its own.
 *
 * One file is enough: ESLint lints a file from parse to its last listener in one synchronous call,
 * and each worker thread of `--concurrency` has its own instance of this module. A file's values
 * are dropped when a value of another file is asked for (the last file's, when the next lint starts);
 * a value is never used for another file.
 */
let heldFile: HeldFile | undefined

/** A per-file cache; `file` is the file's `Program` node (or another object that is one per file). */
export function fileCache<V>(): FileCache<V> {
  const key = {}
  return (file, compute) => {
    if (heldFile?.file !== file) heldFile = { file, values: new Map() }
    const { values } = heldFile
    let value = values.get(key) as V | undefined
    if (value === undefined) {
      value = compute()
      // `compute()` asks only about this file, so `values` is still the held file's map.
      values.set(key, value)
    }
    return value
  }
}
