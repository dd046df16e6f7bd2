/**
 * The per-file JWT analysis every rule reads. It is computed on first use
 * and cached for the file being linted, so all rules share a single pass; files
 * that mention no JWT module skip resolution entirely.
 */
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils'
import { libraries, moduleNameWords } from '../model/libraries/index.js'
import { descendants, isCallOrNew, isFunction, returnedExpression } from './ast.js'
import type { FileContext } from './context.js'
import { manualDecodeSegment } from './decoded.js'
import { functionValue } from './bindings.js'
import type { Scope } from './eslint-utils.js'
import { globalReads } from './globals.js'
import { anyOf } from './text-patterns.js'
import { cached, cachedIn, fileCache } from './memo.js'
import { type FileEnvironment, fileEnvironment } from './environment.js'
import { findJwtReferences, type JwtReference } from './references.js'
import { evaluateObject, type ObjectFacts, staticValue } from './static-object.js'
import { type ApiTarget, buildTraceMap } from './trace-map.js'
import type { TraceMap } from './eslint-utils.js'
import { isRelative, moduleKey, parseProjectFunctions, projectLibraries } from './project-libraries.js'
import type { ArgumentPositions, JwtLibrary } from '../model/types.js'
import path from 'node:path'

export interface JwtAnalysis extends FileContext {
  readonly references: readonly JwtReference[]
  /** The options argument of a call, statically evaluated (cached per call). */
  options(reference: JwtReference): ObjectFacts
  /** The argument in `role` position, unless a spread makes positions unknown. */
  argument(reference: JwtReference, role: Exclude<keyof ArgumentPositions, 'callbackFrom'>): TSESTree.Node | undefined
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

interface Model {
  readonly libraries: readonly JwtLibrary[]
  readonly traceMap: TraceMap<ApiTarget>
  /** Matches text that a file must contain to possibly reference one of the libraries. */
  readonly moduleHints: RegExp
  /**
   * A shorter pattern that every text matching `moduleHints` also matches: most module names
   * share a few words (`jwt`, `jose`), and a pattern of few short words reads a text faster
   * than one of all the names, so the full pattern only reads the few texts that have them.
   */
  readonly moduleWords: RegExp
  /** The directory the settings' relative module paths were resolved against; relative file names are resolved against it too. */
  readonly cwd?: string
}

const builtInModel = createModel(libraries)
/**
 * Models that include a project's declared wrappers, per settings object (settings
 * are shared by every file of a config) and working directory.
 */
const modelsBySettings = new WeakMap<object, Map<string, Model>>()
const analysisByFile = fileCache<JwtAnalysis>()

interface RuleContextLike {
  readonly sourceCode: Readonly<TSESLint.SourceCode>
  readonly filename: string
  readonly cwd: string
  readonly settings: Readonly<Record<string, unknown>>
}

export function getJwtAnalysis(context: RuleContextLike): JwtAnalysis {
  return analysisByFile(context.sourceCode.ast, () => {
    const model = modelFor(context)
    return analyse(context.sourceCode, context.filename, model, fileMentionsJwtModule(context, model))
  })
}

/**
 * Whether the file's text mentions a modelled JWT module, found once per file. Most files do not, and
 * the rules that ask this first then need no analysis at all: nothing is built for such a file.
 */
const mentionsByFile = fileCache<boolean>()

function fileMentionsJwtModule(context: RuleContextLike, model?: Model): boolean {
  return mentionsByFile(context.sourceCode.ast, () => mentionsJwtModule(context.sourceCode.text, model ?? modelFor(context)))
}

/**
 * Whether the file calls a modelled JWT API. Rules that only check such calls ask this first and
 * register no listener at all otherwise, so a file without JWT code costs them almost nothing.
 */
export function callsJwtApis(context: RuleContextLike): boolean {
  return fileMentionsJwtModule(context) && getJwtAnalysis(context).references.length > 0
}

/** Whether the file calls a modelled JWT API or decodes a token by hand (`JSON.parse(atob(token.split('.')[1]))`). */
export function handlesJwts(context: RuleContextLike): boolean {
  return callsJwtApis(context) || (mayDecodeByHand(context.sourceCode) && getJwtAnalysis(context).manualDecodes().length > 0)
}

/** Read once per file: two rules ask, and on most files the answer is no after reading all of the text. */
const decodeTextByFile = fileCache<boolean>()

/** Text that a hand-rolled decode needs: `split`, and `atob` or `Buffer`. */
function mayDecodeByHand(sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const { text } = sourceCode
  return decodeTextByFile(sourceCode.ast, () => text.includes('split') && (text.includes('atob') || text.includes('Buffer')))
}

function modelFor(context: RuleContextLike): Model {
  const settings = context.settings['jwt-guard']
  if (settings === undefined) return builtInModel
  if (typeof settings !== 'object' || settings === null) parseProjectFunctions(settings, libraries)
  return cachedIn(modelsBySettings, settings as object, context.cwd, () => new Map(), () => {
    const functions = parseProjectFunctions(settings, libraries)
    return { ...createModel([...libraries, ...projectLibraries(functions, libraries, context.cwd)]), cwd: context.cwd }
  })
}

function createModel(modelled: readonly JwtLibrary[]): Model {
  const hints = modelled.flatMap((library) => [
    ...library.modules.map((module) => (path.isAbsolute(module) ? path.basename(module) : module)),
    ...(library.decorationHints ?? []),
  ])
  const words = hints.map((hint) => moduleNameWords.find((word) => hint.includes(word)) ?? hint)
  return { libraries: modelled, traceMap: buildTraceMap(modelled), moduleHints: anyOf(shortestCovering(hints)), moduleWords: anyOf(shortestCovering(words)) }
}

/**
 * The hints no other hint is part of: a text has `jose/jwt/verify` only if it has `jose`, so the
 * longer one adds nothing to the pattern but time spent trying it at every position of every text.
 */
function shortestCovering(hints: readonly string[]): string[] {
  const unique = [...new Set(hints)]
  return unique.filter((hint) => !unique.some((other) => other !== hint && hint.includes(other)))
}

/** Whether the text could reference a built-in library at all: a cheap filter before any traversal. */
export function mentionsJwtModule(text: string, model: Model = builtInModel): boolean {
  return model.moduleWords.test(text) && model.moduleHints.test(text)
}

/**
 * The trace map for one file: relative imports that resolve to a project
 * wrapper module (`../lib/auth` from this file) are added under the specifier this file uses.
 */
function fileTraceMap(sourceCode: Readonly<TSESLint.SourceCode>, filename: string, model: Model): TraceMap<ApiTarget> {
  const absoluteModules = Object.keys(model.traceMap).filter((key) => path.isAbsolute(key))
  if (absoluteModules.length === 0) return model.traceMap
  const aliases: TraceMap<ApiTarget> = {}
  for (const specifier of moduleSpecifiers(sourceCode)) {
    if (!isRelative(specifier)) continue
    const key = moduleKey(path.resolve(model.cwd ?? '', path.dirname(filename), specifier))
    if (model.traceMap[key]) aliases[specifier] = model.traceMap[key]
  }
  return Object.keys(aliases).length === 0 ? model.traceMap : { ...model.traceMap, ...aliases }
}

function* moduleSpecifiers(sourceCode: Readonly<TSESLint.SourceCode>): Generator<string> {
  for (const statement of sourceCode.ast.body) {
    if (statement.type === AST_NODE_TYPES.ImportDeclaration) yield statement.source.value
  }
  for (const identifier of globalReads(sourceCode, 'require')) {
    const call = identifier.parent
    const argument = call.type === AST_NODE_TYPES.CallExpression ? call.arguments[0] : undefined
    if (argument?.type === AST_NODE_TYPES.Literal && typeof argument.value === 'string') yield argument.value
  }
  for (const node of sourceCode.ast.body) {
    if (node.type === AST_NODE_TYPES.TSImportEqualsDeclaration && node.moduleReference.type === AST_NODE_TYPES.TSExternalModuleReference) {
      yield node.moduleReference.expression.value
    }
  }
  if (!sourceCode.text.includes('import(')) return
  for (const node of descendants(sourceCode.ast, sourceCode.visitorKeys)) {
    if (node.type === AST_NODE_TYPES.ImportExpression && node.source.type === AST_NODE_TYPES.Literal && typeof node.source.value === 'string') {
      yield node.source.value
    }
  }
}

function analyse(sourceCode: Readonly<TSESLint.SourceCode>, filename: string, model: Model, mentionsModule: boolean): JwtAnalysis {
  const references = mentionsModule ? findJwtReferences(sourceCode, fileTraceMap(sourceCode, filename, model), model.libraries) : []
  // A call that also configures other APIs is listed once per API; it is looked up as its own API, the first.
  const byNode = new Map<TSESTree.Node, JwtReference>(references.toReversed().map((reference) => [reference.node, reference]))
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
      return cached(optionsCache, reference, () => optionsFacts(analysis, reference))
    },
    argument(reference, role) {
      const index = reference.api.args[role]
      if (index === undefined || !isCallOrNew(reference.node)) return undefined
      const args = reference.node.arguments
      if (args.slice(0, index + 1).some((argument) => argument.type === AST_NODE_TYPES.SpreadElement)) return undefined
      const argument = args[index]
      if (role === 'options' && isCallbackPosition(reference, index) && isFunctionValue(argument, analysis)) return undefined
      return argument
    },
    callback(reference) {
      const from = reference.api.args.callbackFrom
      if (from === undefined || !isCallOrNew(reference.node)) return undefined
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
  return node !== undefined && functionValue(node, analysis) !== undefined
}

function optionsFacts(analysis: JwtAnalysis, reference: JwtReference): ObjectFacts {
  const index = reference.api.args.options
  const node = reference.node
  if (index === undefined || !isCallOrNew(node)) return evaluateObject(undefined, analysis)
  const args = node.arguments
  if (args.slice(0, index + 1).some((argument) => argument.type === AST_NODE_TYPES.SpreadElement)) return opaqueFacts
  const argument = analysis.argument(reference, 'options')
  // An argument that is either an algorithm or options (hono) carries no options when it is a string.
  if (argument && reference.api.args.algorithm === index && typeof staticValue(argument, analysis)?.value === 'string') {
    return evaluateObject(undefined, analysis)
  }
  let facts = evaluateObject(argument, analysis)
  for (const name of reference.api.optionsPath ?? []) {
    // Options given flat where the wrapper may be left out: `request.jwtVerify({ allowedAud })`.
    if (reference.api.optionsPathOrFlat && facts.property(name).presence === 'absent') continue
    facts = nestedFacts(facts, name, analysis, reference.api.optionsPathOptional ?? false)
  }
  return reference.api.inheritsOptions ? inheritedFacts(facts) : facts
}

/**
 * The facts of `options[name]` when that is an object the evaluator can follow;
 * for a function (`useFactory: () => ({ ... })`), the object it returns.
 */
function nestedFacts(facts: ObjectFacts, name: string, analysis: JwtAnalysis, optional: boolean): ObjectFacts {
  const nested = facts.property(name)
  if (nested.presence === 'absent') return optional ? opaqueFacts : evaluateObject(undefined, analysis)
  if (nested.presence !== 'present' || nested.values.length !== 1) return opaqueFacts
  const factory = functionValue(nested.values[0]!, analysis)
  if (!factory) return evaluateObject(nested.values[0], analysis)
  const returned = returnedExpression(factory, analysis.sourceCode.visitorKeys)
  return returned ? evaluateObject(returned, analysis) : opaqueFacts
}

/** Options merged over ones configured elsewhere: what is not set here may be set there. */
function inheritedFacts(facts: ObjectFacts): ObjectFacts {
  return {
    ...facts,
    property(name) {
      const own = facts.property(name)
      return own.presence === 'absent' ? { ...own, presence: 'unknown' } : own
    },
  }
}

const opaqueFacts: ObjectFacts = {
  property: () => ({ presence: 'unknown', values: [], properties: [] }),
  literal: undefined,
  opaque: true,
}

function findManualDecodes(analysis: JwtAnalysis): ManualDecode[] {
  if (!mayDecodeByHand(analysis.sourceCode)) return []
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
