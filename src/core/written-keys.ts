/**
 * The keys and secrets written in a file's code, with the JWT call that uses
 * each: the one answer both key rules start from.
 */
import type { JwtAnalysis } from './analysis.js'
import { keySites, type KeySite } from './key-sites.js'
import { type WrittenKey, writtenKeys } from './key-material.js'
import { keyWrapperCalls } from './key-wrapper-calls.js'

export interface WrittenKeyUse {
  readonly site: KeySite
  readonly key: WrittenKey
}

/** Every use of a written key, in source order of the calls; a constant used by several calls appears once per call. */
export function* writtenKeyUses(analysis: JwtAnalysis): Generator<WrittenKeyUse> {
  if (analysis.references.length === 0) return
  const context = { ...analysisContext(analysis), wrapperCalls: keyWrapperCalls(analysis.sourceCode) }
  for (const reference of analysis.references) {
    for (const site of keySites(analysis, reference)) {
      for (const key of writtenKeys(site.value, context, reference.library.secretEncoding)) yield { site, key }
    }
  }
}

function analysisContext(analysis: JwtAnalysis): Pick<JwtAnalysis, 'scopeOf' | 'isReadOnlyCall' | 'referenceAt'> {
  return { scopeOf: analysis.scopeOf, isReadOnlyCall: analysis.isReadOnlyCall, referenceAt: analysis.referenceAt }
}
