import { describe, expect, it } from 'vitest'
import { fileCache } from '../../src/core/memo.js'

/** A cache whose computations are counted, and what it returns for a file. */
function countingCache(label: string): { readonly read: (file: object) => string; readonly computed: () => number } {
  const cache = fileCache<string>()
  let computations = 0
  return {
    read: (file) =>
      cache(file, () => {
        computations += 1
        return `${label} ${computations}`
      }),
    computed: () => computations,
  }
}

describe('fileCache', () => {
  it('computes a value once per file, however often and by however many callers it is asked', () => {
    const cache = countingCache('analysis')
    const file = {}
    expect([cache.read(file), cache.read(file), cache.read(file)]).toEqual(['analysis 1', 'analysis 1', 'analysis 1'])
    expect(cache.computed()).toBe(1)
  })

  it('keeps the values of different caches for the same file apart', () => {
    const first = countingCache('first')
    const second = countingCache('second')
    const file = {}
    expect(first.read(file)).toBe('first 1')
    expect(second.read(file)).toBe('second 1')
    expect(first.read(file)).toBe('first 1')
    expect(second.read(file)).toBe('second 1')
  })

  it('never answers for one file with the value of another', () => {
    const cache = countingCache('value')
    const linted = {}
    const next = {}
    expect(cache.read(linted)).toBe('value 1')
    expect(cache.read(next)).toBe('value 2')
    expect(cache.computed()).toBe(2)
  })

  it('holds the values of one file only: a file asked about again after another is computed again', () => {
    const cache = countingCache('value')
    const other = countingCache('other')
    const first = {}
    const second = {}
    cache.read(first)
    other.read(second)
    expect(cache.read(first)).toBe('value 2')
  })

  it('answers a nested question about the same file from the same held values', () => {
    const outer = fileCache<string>()
    const inner = countingCache('inner')
    const file = {}
    const value = outer(file, () => `outer of ${inner.read(file)}`)
    expect(value).toBe('outer of inner 1')
    expect(inner.read(file)).toBe('inner 1')
    expect(outer(file, () => 'computed again')).toBe('outer of inner 1')
  })
})
