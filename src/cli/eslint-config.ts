import type { ESLint, Linter } from 'eslint'
import plugin from '../index.js'

export type ConfigName = 'recommended' | 'strict' | 'all'
export const configNames: readonly ConfigName[] = ['recommended', 'strict', 'all']

/** Extensions the command audits, and the ones the TypeScript parser reads. */
export const javascriptExtensions = ['.js', '.mjs', '.cjs', '.jsx'] as const
export const typescriptExtensions = ['.ts', '.mts', '.cts', '.tsx'] as const

/**
 * Everything the ESLint options depend on. Plain JSON, so that it survives the trip to ESLint's
 * worker threads in the query string of the options module's URL.
 */
export interface LintSettings {
  readonly cwd: string
  readonly config: ConfigName
  /** Whether any TypeScript file is linted: the TypeScript parser (and `typescript`) is then loaded. */
  readonly typescript: boolean
  readonly cacheLocation?: string | undefined
  readonly concurrency?: number | 'auto' | undefined
  /** Name of the BroadcastChannel that worker threads report each linted file on. */
  readonly progressChannel?: string | undefined
}

/** Thrown when the TypeScript parser cannot be loaded, typically because `typescript` is not installed. */
export class TypeScriptUnavailableError extends Error {}

const processorMeta = { name: 'jwt-guard-cli/progress', version: plugin.meta.version }

/**
 * A processor that leaves the file as it is and calls `onFile` once per linted file: the only hook
 * ESLint offers that also runs in its worker threads.
 */
export function progressProcessor(onFile: () => void): Linter.Processor {
  return {
    meta: processorMeta,
    supportsAutofix: true,
    preprocess(text: string) {
      onFile()
      return [text]
    },
    postprocess(messages: Linter.LintMessage[][]) {
      return messages.flat()
    },
  }
}

async function loadTypeScriptParser(): Promise<Linter.Parser> {
  try {
    const parser = (await import('@typescript-eslint/parser')) as { default?: Linter.Parser } & Linter.Parser
    return parser.default ?? parser
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error)
    throw new TypeScriptUnavailableError(
      `TypeScript files need the typescript package next to @typescript-eslint/parser (npm install --save-dev typescript): ${reason}`,
    )
  }
}

/** The flat config the command lints with: parsers for JS, JSX, TS and TSX, and one jwt-guard config. */
export async function createConfigArray(settings: LintSettings, onFile?: () => void): Promise<Linter.Config[]> {
  const javascriptFiles = javascriptExtensions.map((extension) => `**/*${extension}`)
  const typescriptFiles = typescriptExtensions.map((extension) => `**/*${extension}`)
  const configs: Linter.Config[] = [
    {
      name: 'jwt-guard-cli/javascript',
      files: javascriptFiles,
      languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
    },
  ]
  if (settings.typescript) {
    configs.push({
      name: 'jwt-guard-cli/typescript',
      files: typescriptFiles,
      languageOptions: { parser: await loadTypeScriptParser() },
    })
  }
  configs.push({
    name: 'jwt-guard-cli/linter-options',
    // Only jwt-guard rules run: `eslint-disable` comments for other rules are not "unused".
    linterOptions: { reportUnusedDisableDirectives: 'off' },
  })
  // Always there, so that ESLint's cache (keyed on the config) is shared by runs with and without
  // a progress line.
  configs.push({
    name: 'jwt-guard-cli/progress',
    files: [...javascriptFiles, ...typescriptFiles],
    processor: progressProcessor(onFile ?? (() => {})),
  })
  configs.push(plugin.configs[settings.config] as Linter.Config)
  return configs
}

/** ESLint options that ignore the project's own config file and lint with `createConfigArray`. */
export async function createESLintOptions(settings: LintSettings, onFile?: () => void): Promise<ESLint.Options> {
  const options: ESLint.Options = {
    cwd: settings.cwd,
    overrideConfigFile: true,
    overrideConfig: await createConfigArray(settings, onFile),
    errorOnUnmatchedPattern: false,
    globInputPaths: false,
    warnIgnored: false,
  }
  if (settings.cacheLocation !== undefined) {
    options.cache = true
    options.cacheLocation = settings.cacheLocation
    // Content hashes, not modification times: a fresh CI checkout touches every file.
    options.cacheStrategy = 'content'
  }
  if (settings.concurrency !== undefined) {
    ;(options as { concurrency?: number | 'auto' }).concurrency = settings.concurrency
  }
  return options
}

/** The URL of the options module that ESLint's worker threads load, with the settings in its query. */
export function optionsModuleURL(settings: LintSettings): URL {
  const url = new URL('./eslint-options.js', import.meta.url)
  url.searchParams.set('settings', JSON.stringify(settings))
  return url
}

export function settingsFromURL(url: URL): LintSettings {
  const json = url.searchParams.get('settings')
  if (json === null) throw new Error(`${url.pathname} is an ESLint options module for jwt-guard; load it with its settings`)
  return JSON.parse(json) as LintSettings
}
