import { execFile, execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const repositoryRoot = fileURLToPath(new URL('../../', import.meta.url))
export const cliPath = path.join(repositoryRoot, 'dist/cli/index.js')

function newestSource(directory: string): number {
  let newest = 0
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const entryPath = path.join(directory, entry.name)
    newest = Math.max(newest, entry.isDirectory() ? newestSource(entryPath) : statSync(entryPath).mtimeMs)
  }
  return newest
}

/**
 * Builds dist/ when it is missing or older than src/. `npm test` builds before vitest runs, so this
 * only does work when a test file is run on its own. A lock directory keeps parallel test files from
 * building at the same time.
 */
export function ensureBuilt(): void {
  const isFresh = (): boolean => existsSync(cliPath) && statSync(cliPath).mtimeMs >= newestSource(path.join(repositoryRoot, 'src'))
  if (isFresh()) return
  const lock = path.join(repositoryRoot, 'node_modules/.cache/jwt-guard-build.lock')
  mkdirSync(path.dirname(lock), { recursive: true })
  const deadline = Date.now() + 120_000
  for (;;) {
    try {
      mkdirSync(lock)
      break
    } catch {
      if (Date.now() > deadline) throw new Error(`Timed out waiting for ${lock}`)
      execFileSync('sleep', ['0.5'])
    }
  }
  try {
    if (!isFresh()) {
      try {
        execFileSync(process.execPath, [path.join(repositoryRoot, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], {
          cwd: repositoryRoot,
          stdio: 'pipe',
        })
      } catch (error) {
        // Type errors elsewhere in the tree still emit JavaScript; only a missing CLI is fatal.
        if (!existsSync(cliPath)) throw error
      }
    }
  } finally {
    rmSync(lock, { recursive: true, force: true })
  }
}

export interface RunResult {
  readonly code: number
  readonly stdout: string
  readonly stderr: string
}

/** Runs a command to completion; never throws for a non-zero exit code. */
export function run(
  file: string,
  args: readonly string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; timeout?: number },
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    execFile(
      file,
      [...args],
      {
        cwd: options.cwd,
        env: options.env ?? cleanEnv(),
        timeout: options.timeout ?? 60_000,
        maxBuffer: 64 * 1024 * 1024,
        encoding: 'utf8',
      },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number') {
          reject(new Error(`${file} ${args.join(' ')} failed: ${error.message}\n${stderr}`))
          return
        }
        resolve({ code: error ? (error.code as number) : 0, stdout, stderr })
      },
    )
  })
}

/** The environment without the variables that change colour and CI behaviour. */
export function cleanEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const dropped = new Set(['FORCE_COLOR', 'NO_COLOR', 'GITHUB_ACTIONS', 'CI', 'NODE_OPTIONS'])
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !dropped.has(name) && !name.startsWith('VITEST')))
  return { ...env, ...extra }
}

/** Runs the built `jwt-guard` command. */
export function runCli(args: readonly string[], cwd: string, env?: NodeJS.ProcessEnv): Promise<RunResult> {
  return run(process.execPath, [cliPath, ...args], { cwd, ...(env ? { env } : {}) })
}

/** Creates a directory under the OS temp directory with the given files. */
export function makeTree(prefix: string, files: Readonly<Record<string, string>>): string {
  const root = mkdtempSync(path.join(os.tmpdir(), `jwt-guard-${prefix}-`))
  writeTree(root, files)
  return root
}

export function writeTree(root: string, files: Readonly<Record<string, string>>): void {
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(root, name)
    mkdirSync(path.dirname(file), { recursive: true })
    writeFileSync(file, content)
  }
}

export function removeTree(root: string | undefined): void {
  if (root) rmSync(root, { recursive: true, force: true })
}

/** Strips ANSI escape sequences. */
export function plain(text: string): string {
  return text.replace(/\u001B\[[0-9;]*[A-Za-z]/gu, '')
}

class CapturedStream {
  text = ''
  constructor(readonly isTTY = false) {}
  write(text: string): boolean {
    this.text += text
    return true
  }
}

/** Runs `jwt-guard` in this process (from the sources): faster than `runCli`, same code path but the bin. */
export async function runMain(args: readonly string[], cwd: string, env: Record<string, string | undefined> = {}): Promise<RunResult> {
  const { main } = await import('../../src/cli/main.js')
  const stdout = new CapturedStream()
  const stderr = new CapturedStream()
  const code = await main(args, { stdout, stderr, cwd, env })
  return { code, stdout: stdout.text, stderr: stderr.text }
}
