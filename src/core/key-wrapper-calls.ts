/**
 * The calls in a file that wrap key material (`Buffer.from`, `new TextEncoder()`,
 * `createSecretKey`).
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils'
import { type KeyWrapper, keyWrappers } from '../model/key-wrappers.js'
import { fileCache } from './memo.js'
import { findModelledCalls } from './modelled-calls.js'

/** The wrapper each call or `new` expression is (a `new TextEncoder()` stands for its `encode` calls). */
export type KeyWrapperCalls = ReadonlyMap<TSESTree.Node, KeyWrapper>

/** Computed once per file: both key rules read it. */
const wrapperCallsByFile = fileCache<KeyWrapperCalls>()

export function keyWrapperCalls(sourceCode: Readonly<TSESLint.SourceCode>): KeyWrapperCalls {
  return wrapperCallsByFile(sourceCode.ast, () => findModelledCalls(sourceCode, keyWrappers))
}
