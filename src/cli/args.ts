import { parseArgs } from 'node:util'
import { type ConfigName, configNames } from './eslint-config.js'
import { UsageError } from './errors.js'
import type { Shard } from './files.js'

export const formatNames = ['stylish', 'json', 'sarif', 'github'] as const
export type FormatName = (typeof formatNames)[number]
export const severityNames = ['error', 'warning'] as const
export type SeverityName = (typeof severityNames)[number]

export const defaultCacheLocation = '.jwt-guard-cache'

export interface CliOptions {
  readonly paths: string[]
  readonly config: ConfigName
  readonly format: FormatName
  readonly outputFile: string | undefined
  readonly severity: SeverityName
  readonly concurrency: number | 'auto' | 'off'
  readonly cacheLocation: string | undefined
  readonly shard: Shard | undefined
  readonly color: boolean | undefined
  readonly debug: boolean
  readonly help: boolean
  readonly version: boolean
}

export const usage = `Usage: jwt-guard [options] [paths...]

Audits the JavaScript and TypeScript files under paths (default: .) with the eslint-plugin-jwt-guard
rules, through ESLint, without reading the project's own ESLint config. .gitignore'd files,
node_modules, build output, type declarations and minified files are skipped.

Options:
  -c, --config <name>       recommended (default), strict or all
  -f, --format <name>       stylish (default), json, sarif or github
  -o, --output-file <path>  write the report to a file (standard output then shows the stylish report)
      --severity <level>    lowest severity that fails the run: error (default) or warning
      --concurrency <n>     lint on n worker threads, or auto, or off (default)
      --cache               only re-lint files whose content changed since the last run
      --cache-location <p>  where the cache lives (default: ${defaultCacheLocation}); implies --cache
      --shard <i/n>         audit shard i of n, for a CI matrix (a stable split by file path)
      --color, --no-color   force or disable colours in the stylish format
      --debug               print stack traces of internal errors
  -h, --help                show this help
  -v, --version             show the versions of jwt-guard and ESLint

Exit codes: 0 no finding at or above --severity, 1 findings, 2 bad usage or an internal error.`

function oneOf<T extends string>(option: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T
  throw new UsageError(`--${option} must be one of ${allowed.join(', ')}, not "${value}"`)
}

function parseConcurrency(value: string): number | 'auto' | 'off' {
  if (value === 'auto' || value === 'off') return value
  if (/^[1-9]\d*$/u.test(value)) return Number(value)
  throw new UsageError(`--concurrency must be a positive integer, auto or off, not "${value}"`)
}

function parseShard(value: string): Shard {
  const match = /^(\d+)\/(\d+)$/u.exec(value)
  const index = Number(match?.[1])
  const count = Number(match?.[2])
  if (!match || count < 1 || index < 1 || index > count) {
    throw new UsageError(`--shard must be i/n with 1 <= i <= n, for example 1/4, not "${value}"`)
  }
  return { index, count }
}

/** Turns Node's parseArgs errors into one short line. */
function describeParseError(error: Error & { code?: string }): string {
  const option = /'([^']+)'/u.exec(error.message)?.[1]
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `unknown option ${option ?? ''}`.trim()
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE': {
      const name = /--[\w-]+/u.exec(error.message)?.[0]
      if (name && error.message.includes('argument missing')) return `${name} needs a value`
      if (name && error.message.includes('ambiguous')) return `${name} needs a value (write ${name}=<value> for a value that starts with -)`
      return error.message.split('\n')[0]!
    }
    default:
      return error.message
  }
}

export function parseCliArguments(argv: readonly string[]): CliOptions {
  let parsed
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        config: { type: 'string', short: 'c' },
        format: { type: 'string', short: 'f' },
        'output-file': { type: 'string', short: 'o' },
        severity: { type: 'string' },
        concurrency: { type: 'string' },
        cache: { type: 'boolean' },
        'cache-location': { type: 'string' },
        shard: { type: 'string' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        debug: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    })
  } catch (error) {
    throw new UsageError(describeParseError(error as Error))
  }
  const { values, positionals } = parsed
  const cache = values.cache === true || values['cache-location'] !== undefined
  return {
    paths: positionals.length > 0 ? positionals : ['.'],
    config: oneOf('config', values.config ?? 'recommended', configNames),
    format: oneOf('format', values.format ?? 'stylish', formatNames),
    outputFile: values['output-file'],
    severity: oneOf('severity', values.severity ?? 'error', severityNames),
    concurrency: values.concurrency === undefined ? 'off' : parseConcurrency(values.concurrency),
    cacheLocation: cache ? (values['cache-location'] ?? defaultCacheLocation) : undefined,
    shard: values.shard === undefined ? undefined : parseShard(values.shard),
    color: values['no-color'] ? false : values.color ? true : undefined,
    debug: values.debug === true,
    help: values.help === true,
    version: values.version === true,
  }
}
