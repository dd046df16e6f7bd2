/**
 * How long an HMAC secret must be at a call, from the algorithms the call
 * signs or verifies with (RFC 7518 section 3.2: at least the hash size).
 * Algorithms are read through the sign and verify policies; when they cannot
 * be told the smallest requirement (HS256, 32 bytes) applies.
 */
import type { TSESTree } from '@typescript-eslint/utils'
import { algorithmFamily, hmacHashBytes, smallestHmacHashBytes } from '../model/algorithms.js'
import type { JwtAnalysis } from './analysis.js'
import type { JwtReference } from './references.js'
import { signingAlgorithmSources } from './sign-policy.js'
import { evaluateList } from './static-list.js'
import { algorithmAllowList } from './verify-policy.js'

export interface HmacRequirement {
  /** The smallest secret, in bytes, the algorithms allow. */
  readonly bytes: number
  /** The HMAC algorithm that sets it; undefined when the algorithm could not be told. */
  readonly algorithm: string | undefined
}

/**
 * Undefined when the call certainly uses no HMAC algorithm, so its key is no HMAC
 * secret: every algorithm it signs or verifies with is asymmetric, or it encrypts.
 */
export function hmacRequirement(analysis: JwtAnalysis, reference: JwtReference): HmacRequirement | undefined {
  if (reference.api.kind === 'encrypt') return undefined
  const { known, complete } = algorithmsOf(analysis, reference)
  let strongest: HmacRequirement | undefined
  for (const algorithm of known) {
    const bytes = hmacHashBytes(algorithm)
    if (bytes !== undefined && (!strongest || bytes > strongest.bytes)) strongest = { bytes, algorithm }
  }
  if (strongest) return strongest
  if (complete && known.length > 0 && known.every((algorithm) => algorithmFamily(algorithm) !== 'hmac')) return undefined
  return { bytes: smallestHmacHashBytes, algorithm: undefined }
}

interface KnownAlgorithms {
  readonly known: readonly string[]
  /** Every algorithm the call may use is in `known`. */
  readonly complete: boolean
}

function algorithmsOf(analysis: JwtAnalysis, reference: JwtReference): KnownAlgorithms {
  const kind = reference.api.kind
  let nodes: readonly TSESTree.Node[] = []
  let complete = false
  if (kind === 'verify') {
    const allowList = algorithmAllowList(analysis, reference)
    if (allowList?.presence === 'present') {
      nodes = allowList.values
      complete = true
    }
  } else if (kind === 'sign') {
    nodes = signingAlgorithmSources(analysis, reference).map((source) => source.node)
    complete = nodes.length > 0
  }
  const known: string[] = []
  for (const node of nodes) {
    for (const alternative of evaluateList(node, analysis)) {
      complete &&= alternative.complete
      for (const entry of alternative.entries) {
        if (entry.value === undefined) complete = false
        else known.push(entry.value)
      }
    }
  }
  return { known, complete }
}
