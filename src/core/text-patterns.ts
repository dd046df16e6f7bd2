/** Patterns that look for any of several literal words in a file's text, in one pass. */

/** A pattern matching any of `words` literally. */
export function anyOf(words: readonly string[], flags = 'u'): RegExp {
  return new RegExp([...new Set(words)].map((word) => word.replaceAll(/[.*+?^${}()|[\]\\/]/gu, '\\$&')).join('|'), flags)
}
