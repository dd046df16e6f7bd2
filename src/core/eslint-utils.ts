/**
 * The one place where `@eslint-community/eslint-utils` (typed with estree) meets
 * TSESTree. Every cast between the two node and scope types lives here.
 */
import * as eslintUtils from '@eslint-community/eslint-utils'
import type { TSESLint, TSESTree } from '@typescript-eslint/utils'
import type { Rule, Scope as EslintScope } from 'eslint'
import type * as estree from 'estree'

export const { CALL, CONSTRUCT, READ, ESM } = eslintUtils.ReferenceTracker

export type Scope = TSESLint.Scope.Scope
export type Variable = TSESLint.Scope.Variable

export interface TraceLeaf<T> {
  [CALL]?: T
  [CONSTRUCT]?: T
  [READ]?: T
  [ESM]?: boolean
}
export interface TraceMapNode<T> extends TraceLeaf<T> {
  [name: string]: TraceMapNode<T>
}
export type TraceMap<T> = Record<string, TraceMapNode<T>>

export interface TrackedReference<T> {
  readonly node: TSESTree.Node
  readonly path: readonly string[]
  readonly info: T
}

type EsTraceMap<T> = Parameters<eslintUtils.ReferenceTracker['iterateEsmReferences']>[0] & TraceMap<T>

/** A ReferenceTracker in legacy mode, so CommonJS packages resolve from named and namespace imports. */
export class Tracker {
  readonly #tracker: eslintUtils.ReferenceTracker

  constructor(globalScope: Scope) {
    this.#tracker = new eslintUtils.ReferenceTracker(globalScope as unknown as EslintScope.Scope, { mode: 'legacy' })
  }

  *esm<T>(traceMap: TraceMap<T>): Generator<TrackedReference<T>> {
    yield* this.#tracker.iterateEsmReferences(traceMap as EsTraceMap<T>) as Iterable<TrackedReference<T>>
  }

  *global<T>(traceMap: TraceMap<T>): Generator<TrackedReference<T>> {
    yield* this.#tracker.iterateGlobalReferences(traceMap as EsTraceMap<T>) as Iterable<TrackedReference<T>>
  }

  /** References reached from `node`, which holds the value of the trace map's root. */
  *fromNode<T>(node: TSESTree.Node, traceMap: TraceMapNode<T>): Generator<TrackedReference<T>> {
    const iterable = this.#tracker.iteratePropertyReferences(
      node as unknown as estree.Expression,
      traceMap as unknown as EsTraceMap<T>[string],
    ) as Iterable<TrackedReference<T>>
    yield* iterable
  }
}

export function findVariable(scope: Scope, nameOrNode: string | TSESTree.Identifier): Variable | null {
  return eslintUtils.findVariable(
    scope as unknown as EslintScope.Scope,
    nameOrNode as unknown as string | estree.Identifier,
  ) as unknown as Variable | null
}

/** The statically known value of an expression (`{ value }`), or null. */
export function getStaticValue(node: TSESTree.Node, scope: Scope | null): { value: unknown } | null {
  return eslintUtils.getStaticValue(
    node as unknown as estree.Node,
    scope as unknown as EslintScope.Scope,
  ) as { value: unknown } | null
}

export function getStringIfConstant(node: TSESTree.Node, scope: Scope | null): string | null {
  return eslintUtils.getStringIfConstant(node as unknown as estree.Node, scope as unknown as EslintScope.Scope)
}

export function getPropertyName(
  node: TSESTree.MemberExpression | TSESTree.Property,
  scope: Scope,
): string | null | undefined {
  return eslintUtils.getPropertyName(
    node as unknown as estree.MemberExpression,
    scope as unknown as EslintScope.Scope,
  )
}

export type RuleNode = Rule.Node
