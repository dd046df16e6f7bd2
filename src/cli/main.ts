import { randomUUID } from 'node:crypto'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { ESLint as ESLintClass } from 'eslint'
import plugin from '../index.js'
import { type CliOptions, parseCliArguments, usage } from './args.js'
import { UsageError } from './errors.js'
import { createESLintOptions, type LintSettings, optionsModuleURL, typescriptExtensions, TypeScriptUnavailableError } from './eslint-config.js'
import { collectFiles, commonDirectory, findRepositoryRoot, selectShard } from './files.js'
import { formatGithub } from './formats/github.js'
import { formatJson } from './formats/json.js'
import { formatSarif } from './formats/sarif.js'
import { formatStylish } from './formats/stylish.js'
import { listenForProgress, ProgressLine, type ProgressStream } from './progress.js'
import { createReport, type Report } from './report.js'

export interface CliIO {
  readonly stdout: ProgressStream
  readonly stderr: ProgressStream
  readonly cwd: string
  readonly env: Readonly<Record<string, string | undefined>>
}

export const exitCodes = { clean: 0, findings: 1, error: 2 } as const

const minimumESLint = [9, 15] as const
const minimumConcurrentESLint = [9, 34] as const

function atLeast(version: string, [major, minor]: readonly [number, number]): boolean {
  const [actualMajor = 0, actualMinor = 0] = version.split('.').map(Number)
  return actualMajor > major || (actualMajor === major && actualMinor >= minor)
}

async function loadESLint(): Promise<typeof ESLintClass> {
  let ESLint: typeof ESLintClass
  try {
    ;({ ESLint } = await import('eslint'))
  } catch {
    throw new UsageError('ESLint is not installed: npm install --save-dev eslint (9.15 or later)')
  }
  if (!atLeast(ESLint.version, minimumESLint)) {
    throw new UsageError(`jwt-guard needs ESLint ${minimumESLint.join('.')} or later, found ${ESLint.version}`)
  }
  return ESLint
}

function useColor(options: CliOptions, io: CliIO): boolean {
  if (options.color !== undefined) return options.color
  if (options.outputFile !== undefined) return false
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false
  if (io.env.FORCE_COLOR !== undefined) return io.env.FORCE_COLOR !== '0'
  return io.stdout.isTTY === true
}

function render(report: Report, options: CliOptions, io: CliIO): string {
  switch (options.format) {
    case 'json':
      return formatJson(report)
    case 'sarif':
      return formatSarif(report)
    case 'github':
      return formatGithub(report)
    case 'stylish':
      return formatStylish(report, { color: useColor(options, io) })
  }
}

async function audit(options: CliOptions, io: CliIO): Promise<number> {
  const ESLint = await loadESLint()
  if (options.concurrency !== 'off' && (!atLeast(ESLint.version, minimumConcurrentESLint) || typeof ESLint.fromOptionsModule !== 'function')) {
    throw new UsageError(`--concurrency needs ESLint ${minimumConcurrentESLint.join('.')} or later, found ${ESLint.version}`)
  }

  const root = findRepositoryRoot(io.cwd) ?? io.cwd
  const collected = await collectFiles(options.paths, io.cwd)
  if (collected.files.length === 0) {
    throw new UsageError(`no JavaScript or TypeScript files to audit in ${options.paths.join(', ')}`)
  }
  const files = selectShard(collected.files, root, options.shard)

  const settings: LintSettings = {
    // ESLint ignores files outside its working directory: widen it to hold paths like ../other.
    cwd: commonDirectory([io.cwd, ...files]),
    config: options.config,
    typescript: files.some((file) => (typescriptExtensions as readonly string[]).includes(path.extname(file).toLowerCase())),
    cacheLocation: options.cacheLocation === undefined ? undefined : path.resolve(io.cwd, options.cacheLocation),
    concurrency: options.concurrency === 'off' ? undefined : options.concurrency,
  }

  const progress = io.stderr.isTTY === true && files.length > 0
    ? new ProgressLine(io.stderr, files.length, options.shard ? ` in shard ${options.shard.index}/${options.shard.count}` : '')
    : undefined
  const onFile = progress ? () => progress.tick() : undefined

  let eslint: ESLintClass
  let stopListening = (): void => {}
  if (options.concurrency === 'off') {
    eslint = new ESLint(await createESLintOptions(settings, onFile))
  } else {
    // Worker threads cannot receive a parser, plugin or processor: they load the options module.
    const progressChannel = onFile ? `jwt-guard-progress-${randomUUID()}` : undefined
    if (progressChannel && onFile) stopListening = listenForProgress(progressChannel, onFile)
    eslint = await ESLint.fromOptionsModule(optionsModuleURL({ ...settings, progressChannel }))
  }

  let results: ESLintClass.LintResult[]
  progress?.start()
  try {
    results = files.length === 0 ? [] : await eslint.lintFiles(files)
    progress?.finish()
  } finally {
    stopListening()
    progress?.clear()
  }

  const report = createReport(results, {
    toolVersion: plugin.meta.version,
    eslintVersion: ESLint.version,
    config: options.config,
    root,
    cwd: io.cwd,
    shard: options.shard,
    minifiedSkipped: collected.minified,
    threshold: options.severity,
  })
  const output = render(report, options, io)

  if (options.outputFile === undefined) {
    io.stdout.write(output)
  } else {
    const target = path.resolve(io.cwd, options.outputFile)
    try {
      await mkdir(path.dirname(target), { recursive: true })
      await writeFile(target, output)
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message
      throw new UsageError(`cannot write the report to ${options.outputFile} (${reason})`)
    }
    // The file is for machines; the log (a CI job's, say) still shows the findings to people.
    if (options.format !== 'stylish') io.stdout.write(formatStylish(report, { color: useColor({ ...options, outputFile: undefined }, io) }))
    io.stderr.write(`jwt-guard: ${options.format} report written to ${options.outputFile}\n`)
  }
  return report.findings.length > 0 ? exitCodes.findings : exitCodes.clean
}

/** Runs the `jwt-guard` command and returns its exit code. */
export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  let options: CliOptions | undefined
  try {
    options = parseCliArguments(argv)
    if (options.help) {
      io.stdout.write(`${usage}\n`)
      return exitCodes.clean
    }
    if (options.version) {
      const eslint = await loadESLint().then((ESLint) => ESLint.version, () => 'not installed')
      io.stdout.write(`jwt-guard ${plugin.meta.version} (eslint-plugin-jwt-guard), ESLint ${eslint}\n`)
      return exitCodes.clean
    }
    return await audit(options, io)
  } catch (error) {
    if (error instanceof UsageError || error instanceof TypeScriptUnavailableError) {
      io.stderr.write(`jwt-guard: ${error.message}\n`)
      return exitCodes.error
    }
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error)
    io.stderr.write(`jwt-guard: internal error: ${message}${options?.debug ? '' : ' (run with --debug for details)'}\n`)
    if (options?.debug && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`)
    return exitCodes.error
  }
}
