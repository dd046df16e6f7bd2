/**
 * The per-file JWT analysis every rule reads. It is computed on first use
 * and cached by AST, so all rules of one lint run share a single pass; files
 * that mention no JWT module skip resolution entirely.
 */
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils'
import { libraries } from '../model/libraries/index.js'
import { isFunction, skipWrappers } from './ast.js'
import type { FileContext } from './context.js'
import { manualDecodeSegment } from './decoded.js'
import { singleAssignmentVariable } from './bindings.js'
import { findVariable, type Scope } from './eslint-utils.js'
import { globalReads } from './globals.js'
import { type FileEnvironment, fileEnvironment } from './environment.js'
import { findJwtReferences, type JwtReference } from './references.js'
import { evaluateObject, type ObjectFacts } from './static-object.js'
import { buildTraceMap } from './trace-map.js'

export interface JwtAnalysis extends FileContext {
  readonly references: readonly JwtReference[]
  /** The options argument of a call, statically evaluated (cached per call). */
  options(reference: JwtReference): ObjectFacts
  /** The argument in `role` position, unless a spread makes positions unknown. */
  argument(reference: JwtReference, role: 'token' | 'key' | 'options' | 'algorithm' | 'noVerify'): TSESTree.Node | undefined
  /** The result callback of a callback-style call. */
  callback(reference: JwtReference): TSESTree.FunctionLike | TSESTree.Node | undefined
  /** Where the file runs (computed on first use). */
  environment(): FileEnvironment
  /** Hand-rolled decodes, `JSON.parse(atob(token.split('.')[i]))`, with the segment index (computed on first use). */
  manualDecodes(): readonly ManualDecode[]
}

export interface ManualDecode {
  readonly node: TSESTree.CallExpression
  readonly segment: number
}

/** The immutable trace map of every modelled library, shared by all files. */
const traceMap = buildTraceMap(libraries)
const moduleNames = Object.keys(traceMap)
const cache = new WeakMap<TSESTree.Program, JwtAnalysis>()

interface RuleContextLike {
  readonly sourceCode: Readonly<TSESLint.SourceCode>
  readonly filename: string
}

export function getJwtAnalysis(context: RuleContextLike): JwtAnalysis {
  const program = context.sourceCode.ast
  let analysis = cache.get(program)
  if (!analysis) {
    analysis = analyse(context.sourceCode, context.filename)
    cache.set(program, analysis)
  }
  return analysis
}

/** Whether the text could reference a modelled library at all: a cheap filter before any traversal. */
export function mentionsJwtModule(text: string): boolean {
  return moduleNames.some((name) => text.includes(name))
}

function analyse(sourceCode: Readonly<TSESLint.SourceCode>, filename: string): JwtAnalysis {
  const references = mentionsJwtModule(sourceCode.text) ? findJwtReferences(sourceCode, traceMap) : []
  const byNode = new Map<TSESTree.Node, JwtReference>(references.map((reference) => [reference.node, reference]))
  const optionsCache = new Map<JwtReference, ObjectFacts>()
  let environment: FileEnvironment | undefined
  let manualDecodes: readonly ManualDecode[] | undefined
  const readOnlyCalls = (call: TSESTree.CallExpression | TSESTree.NewExpression): boolean => byNode.has(call)

  const analysis: JwtAnalysis = {
    sourceCode,
    filename,
    references,
    scopeOf: (node) => sourceCode.getScope(node) as Scope,
    isReadOnlyCall: readOnlyCalls,
    referenceAt: (node) => byNode.get(node),
    options(reference) {
      let facts = optionsCache.get(reference)
      if (!facts) {
        facts = optionsFacts(analysis, reference)
        optionsCache.set(reference, facts)
      }
      return facts
    },
    argument(reference, role) {
      const index = reference.api.args[role]
      if (index === undefined || reference.node.type !== AST_NODE_TYPES.CallExpression) return undefined
      const args = reference.node.arguments
      if (args.slice(0, index + 1).some((argument) => argument.type === AST_NODE_TYPES.SpreadElement)) return undefined
      const argument = args[index]
      if (role === 'options' && isCallbackPosition(reference, index) && isFunctionValue(argument, analysis)) return undefined
      return argument
    },
    callback(reference) {
      const from = reference.api.args.callbackFrom
      if (from === undefined || reference.node.type !== AST_NODE_TYPES.CallExpression) return undefined
      const args = reference.node.arguments
      for (let index = args.length - 1; index >= from; index--) {
        const argument = args[index]!
        if (isFunction(argument)) return argument
        if (argument.type === AST_NODE_TYPES.Identifier && index === args.length - 1 && index > from) return argument
      }
      return undefined
    },
    environment() {
      environment ??= fileEnvironment(sourceCode, filename)
      return environment
    },
    manualDecodes() {
      manualDecodes ??= findManualDecodes(analysis)
      return manualDecodes
    },
  }

  return analysis
}

function isCallbackPosition(reference: JwtReference, index: number): boolean {
  const from = reference.api.args.callbackFrom
  return from !== undefined && index >= from
}

/** A function written inline, or a name bound to one (`function done() {}`, `const done = () => {}`): a callback, never options. */
function isFunctionValue(node: TSESTree.Node | undefined, analysis: JwtAnalysis): boolean {
  if (isFunction(node)) return true
  if (node?.type !== AST_NODE_TYPES.Identifier) return false
  const variable = findVariable(analysis.scopeOf(node), node)
  if (variable?.defs.length === 1 && variable.defs[0]!.type === 'FunctionName') {
    return !variable.references.some((reference) => reference.isWrite())
  }
  const declarator = singleAssignmentVariable(node, analysis)?.defs[0]?.node
  return declarator?.type === AST_NODE_TYPES.VariableDeclarator && isFunction(skipWrappers(declarator.init ?? declarator))
}

function optionsFacts(analysis: JwtAnalysis, reference: JwtReference): ObjectFacts {
  const index = reference.api.args.options
  const node = reference.node
  if (index === undefined || node.type !== AST_NODE_TYPES.CallExpression) return evaluateObject(undefined, analysis)
  const args = node.arguments
  if (args.slice(0, index + 1).some((argument) => argument.type === AST_NODE_TYPES.SpreadElement)) return opaqueFacts
  return evaluateObject(analysis.argument(reference, 'options'), analysis)
}

const opaqueFacts: ObjectFacts = {
  property: () => ({ presence: 'unknown', values: [], properties: [] }),
  literal: undefined,
  opaque: true,
}

function findManualDecodes(analysis: JwtAnalysis): ManualDecode[] {
  const text = analysis.sourceCode.text
  if (!text.includes('split') || !(text.includes('atob') || text.includes('Buffer'))) return []
  const found: ManualDecode[] = []
  for (const identifier of globalReads(analysis.sourceCode, 'JSON')) {
    const member = identifier.parent
    const call = member.parent
    if (member.type !== AST_NODE_TYPES.MemberExpression || call?.type !== AST_NODE_TYPES.CallExpression || call.callee !== member) continue
    const segment = manualDecodeSegment(call, analysis)
    if (segment !== undefined) found.push({ node: call, segment })
  }
  return found
}
