/**
 * A project's own JWT wrappers, declared in `settings['jwt-guard'].functions`,
 * become libraries of the model, so `auth.verifyToken(token, opts)` is checked
 * like the library it wraps.
 */
import path from 'node:path'
import type { ApiKind, Completion, JwtApi, JwtLibrary } from '../model/types.js'

export interface ProjectFunction {
  /** A package name, or a path relative to the ESLint working directory (`./src/auth`). */
  readonly module: string
  /** The export: `verifyToken`, `default`, or a member path `auth.verifyToken`. */
  readonly export: string
  readonly kind: ProjectKind
  readonly token?: number
  readonly key?: number
  readonly options?: number
  /** The first function argument at or after this index is the result callback. */
  readonly callback?: number
  /** The library whose option names and defaults the wrapper's options follow. */
  readonly like?: string
  /** How a verify wrapper reports failure (by default, as the `like` library does). */
  readonly completion?: Completion
  /** The wrapper merges the options over its own defaults: an option left out may be set there, so only values passed are judged. */
  readonly mergesOptions?: boolean
}

type ProjectKind = Extract<ApiKind, 'verify' | 'decode' | 'decodeHeader' | 'sign'>

const kinds: readonly ProjectKind[] = ['verify', 'decode', 'decodeHeader', 'sign']
const completions: readonly Completion[] = ['sync-or-callback', 'promise', 'promise-or-callback', 'boolean']
const positions = ['token', 'key', 'options', 'callback'] as const
const quoted = (values: readonly string[]): string => values.map((value) => `'${value}'`).join(', ')

/** Reads `settings['jwt-guard']`; throws an error naming the bad setting. */
export function parseProjectFunctions(settings: unknown, known: readonly JwtLibrary[]): ProjectFunction[] {
  if (settings === undefined) return []
  const fail = (where: string, what: string): never => {
    throw new Error(`eslint-plugin-jwt-guard: settings['jwt-guard']${where} ${what}`)
  }
  if (typeof settings !== 'object' || settings === null || Array.isArray(settings)) fail('', 'must be an object.')
  const { functions, ...unknownKeys } = settings as Record<string, unknown>
  for (const key of Object.keys(unknownKeys)) fail(`.${key}`, 'is not a known setting (expected `functions`).')
  if (functions === undefined) return []
  if (!Array.isArray(functions)) return fail('.functions', 'must be an array.')
  return functions.map((entry: unknown, index) => {
    const where = `.functions[${index}]`
    if (typeof entry !== 'object' || entry === null) return fail(where, 'must be an object.')
    const record = entry as Record<string, unknown>
    const allowed = new Set(['module', 'export', 'kind', 'like', 'completion', 'mergesOptions', ...positions])
    for (const key of Object.keys(record)) if (!allowed.has(key)) fail(`${where}.${key}`, 'is not a known property.')
    if (typeof record.module !== 'string' || record.module === '') fail(`${where}.module`, 'must be a non-empty string.')
    if (typeof record.export !== 'string' || record.export.split('.').includes('')) {
      fail(`${where}.export`, 'must be an export name or a dotted member path (`verifyToken`, `default`, `auth.verifyToken`).')
    }
    if (!kinds.includes(record.kind as ProjectKind)) fail(`${where}.kind`, `must be one of ${quoted(kinds)}.`)
    for (const position of positions) {
      const value = record[position]
      if (value !== undefined && !(Number.isInteger(value) && (value as number) >= 0)) {
        fail(`${where}.${position}`, 'must be an argument index (0, 1, ...).')
      }
    }
    if (record.like !== undefined) {
      const library = known.find((candidate) => candidate.name === record.like)
      if (!library) fail(`${where}.like`, `must name a supported library (${known.map((candidate) => candidate.name).join(', ')}).`)
      if (!templateApi(library!, record.kind as ProjectKind)) fail(`${where}.like`, `names ${library!.name}, which has no ${String(record.kind)} API to follow.`)
    }
    if (record.completion !== undefined && !completions.includes(record.completion as Completion)) {
      fail(`${where}.completion`, `must be one of ${quoted(completions)}.`)
    }
    if (record.mergesOptions !== undefined && typeof record.mergesOptions !== 'boolean') fail(`${where}.mergesOptions`, 'must be a boolean.')
    return record as unknown as ProjectFunction
  })
}

/** One library per declared module. Relative modules are made absolute against `cwd`. */
export function projectLibraries(functions: readonly ProjectFunction[], known: readonly JwtLibrary[], cwd: string): JwtLibrary[] {
  const byModule = new Map<string, ProjectFunction[]>()
  for (const fn of functions) {
    const key = isRelative(fn.module) || path.isAbsolute(fn.module) ? moduleKey(path.resolve(cwd, fn.module)) : fn.module
    byModule.set(key, [...(byModule.get(key) ?? []), fn])
  }
  return [...byModule].map(([module, fns]) => ({
    name: fns[0]!.module,
    modules: [module],
    esm: false,
    environment: 'server',
    apis: fns.map((fn) => projectApi(fn, known)),
  }))
}

function projectApi(fn: ProjectFunction, known: readonly JwtLibrary[]): JwtApi {
  const like = known.find((library) => library.name === fn.like)
  const template = like && templateApi(like, fn.kind)
  const exportPath = fn.export === 'default' ? ['default'] : fn.export.split('.')
  return {
    path: exportPath,
    invocation: 'call',
    kind: fn.kind,
    args: { token: fn.token, key: fn.key, options: fn.options, callbackFrom: fn.callback },
    completion: fn.completion ?? template?.completion,
    verifyOptions: fn.options === undefined ? undefined : template?.verifyOptions,
    signOptions: fn.options === undefined ? undefined : template?.signOptions,
    inheritsOptions: fn.mergesOptions,
    algorithmsWhenOmitted: template?.algorithmsWhenOmitted,
    rejectsNoneAlgorithm: template?.rejectsNoneAlgorithm,
    resultSelectors: template?.resultSelectors,
    result: template?.result,
  }
}

/**
 * The API of `library` a wrapper of this kind follows: the first of that kind,
 * among the module's exports first, then what its factories return.
 */
function templateApi(library: JwtLibrary, kind: ProjectKind): JwtApi | undefined {
  const queue = [...library.apis, ...(library.decorations ?? []).map((decoration) => decoration.api)]
  for (let api = queue.shift(); api; api = queue.shift()) {
    if (api.kind === kind) return api
    queue.push(...(api.returns ?? []))
  }
  return undefined
}

export function isRelative(specifier: string): boolean {
  return specifier.startsWith('./') || specifier.startsWith('../') || specifier === '.' || specifier === '..'
}

/** An absolute module path without its extension or trailing `/index`, so `./auth`, `./auth.ts` and `./auth/index.js` meet. */
export function moduleKey(absolutePath: string): string {
  return absolutePath.replace(/\.[cm]?[jt]sx?$/u, '').replace(/[\\/]index$/u, '')
}
