import type { TSESLint, TSESTree } from '@typescript-eslint/utils'
import type { EvaluationContext } from './bindings.js'
import type { JwtReference } from './references.js'

/** What the per-file analyses share: scopes, the resolved JWT references, the source. */
export interface FileContext extends EvaluationContext {
  readonly sourceCode: Readonly<TSESLint.SourceCode>
  readonly filename: string
  /** The JWT API used at this call, `new` or read node. */
  referenceAt(node: TSESTree.Node): JwtReference | undefined
}
