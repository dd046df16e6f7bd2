/**
 * Reads of verified claims that assume a middleware has set them:
 * `req.auth.sub` after `expressjwt({ credentialsRequired: false })`, where a
 * request without a token reaches the handler with no `req.auth`. Only reads
 * through a handler parameter count (`req`, `ctx`), and a file that tests the
 * claims object anywhere (`if (!req.auth)`, `req.auth?.sub`, a guard middleware)
 * is taken to handle the missing case.
 */
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils'
import type { FailOpenOption } from '../model/types.js'
import { literalKeyName, outermostWrapper } from './ast.js'
import type { EvaluationContext } from './bindings.js'
import { type ObjectFacts, staticValue } from './static-object.js'

/**
 * The member chain the claims are read through for these options: the model's
 * `trustedMembers`, with the last one renamed by the first renaming option set
 * (`requestProperty: 'user'`). Undefined when a renaming option cannot be told.
 */
export function trustedMembers(
  failOpen: FailOpenOption,
  options: ObjectFacts,
  context: EvaluationContext,
): readonly string[] | undefined {
  for (const name of failOpen.renamedBy ?? []) {
    const facts = options.property(name)
    if (facts.presence === 'absent') continue
    const value = facts.presence === 'present' && facts.values.length === 1 ? staticValue(facts.values[0]!, context)?.value : undefined
    if (typeof value !== 'string' || value === '') return undefined
    return [...failOpen.trustedMembers.slice(0, -1), ...value.split('.')]
  }
  return failOpen.trustedMembers
}

/**
 * The claims object (`req.auth`, `ctx.state.user`) of the first read that goes
 * through it unguarded, when no code in the file tests it first.
 */
export function firstTrustingRead(
  sourceCode: Readonly<TSESLint.SourceCode>,
  members: readonly string[],
): TSESTree.MemberExpression | undefined {
  if (members.length === 0 || !sourceCode.text.includes(members.at(-1)!)) return undefined
  const trusting: TSESTree.MemberExpression[] = []
  for (const variable of parameterVariables(sourceCode)) {
    for (const reference of variable.references) {
      const claims = claimsObject(reference.identifier as TSESTree.Identifier, members)
      if (!claims) continue
      if (!isReadThrough(claims)) return undefined
      trusting.push(claims)
    }
  }
  return trusting.sort((a, b) => a.range[0] - b.range[0])[0]
}

/** Every variable declared as a function parameter in the file. */
function* parameterVariables(sourceCode: Readonly<TSESLint.SourceCode>): Generator<TSESLint.Scope.Variable> {
  for (const scope of sourceCode.scopeManager?.scopes ?? []) {
    if (scope.type !== 'function') continue
    for (const variable of scope.variables) {
      if (variable.defs.some((definition) => definition.type === 'Parameter')) yield variable
    }
  }
}

/** `identifier.<members...>` when the identifier starts exactly that member chain. */
function claimsObject(identifier: TSESTree.Identifier, members: readonly string[]): TSESTree.MemberExpression | undefined {
  let current: TSESTree.Node = identifier
  for (const member of members) {
    const parent: TSESTree.Node | undefined = outermostWrapper(current).parent
    if (parent?.type !== AST_NODE_TYPES.MemberExpression || parent.object !== outermostWrapper(current)) return undefined
    if (literalKeyName(parent) !== member) return undefined
    current = parent
  }
  return current as TSESTree.MemberExpression
}

/** `claims.x` without `?.`: code that assumes the claims are there. Anything else tests or passes them whole. */
function isReadThrough(claims: TSESTree.MemberExpression): boolean {
  const parent = outermostWrapper(claims).parent
  return parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === outermostWrapper(claims) && !parent.optional
}
