/**
 * Signature checks written by hand: a modelled comparison or verify call
 * (`crypto.timingSafeEqual`, `crypto.subtle.verify`) whose failure stops the
 * function, so that the code it guards runs only with a checked token.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils'
import { signatureChecks } from '../model/signature-checks.js'
import { enclosingFunction } from './ast.js'
import { type Guard, guardOf } from './guards.js'
import { fileCache } from './memo.js'
import { findModelledCalls } from './modelled-calls.js'

export type SignatureGuard = Guard

const guardsByFile = fileCache<readonly SignatureGuard[]>()

/** The file's hand-written signature checks whose result decides whether the code goes on. */
export function signatureGuards(sourceCode: Readonly<TSESLint.SourceCode>): readonly SignatureGuard[] {
  return guardsByFile(sourceCode.ast, () => {
    const guards: SignatureGuard[] = []
    for (const check of findModelledCalls(sourceCode, signatureChecks).keys()) {
      const guard = guardOf(check)
      if (guard) guards.push(guard)
    }
    return guards
  })
}

/** The guards in the same function as `node`; each says whether `node` runs only after its check passed. */
export function guardsBefore(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node): SignatureGuard[] {
  const scope = enclosingFunction(node)
  return signatureGuards(sourceCode).filter((guard) => enclosingFunction(guard.check) === scope)
}
