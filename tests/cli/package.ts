import { mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { expect } from 'vitest'
import { ensureBuilt, repositoryRoot, run, type RunResult, writeTree } from './helpers.js'

/** The environment for npm: no settings inherited from the `npm test` that runs the suite. */
export function npmEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {}
  for (const [name, value] of Object.entries(process.env)) {
    if (/^npm_/iu.test(name) && !/^npm_config_(cache|registry|userconfig)$/iu.test(name)) continue
    if (['NODE_OPTIONS', 'FORCE_COLOR', 'NO_COLOR', 'CI', 'GITHUB_ACTIONS'].includes(name) || name.startsWith('VITEST')) continue
    env[name] = value
  }
  return { ...env, npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' }
}

export function npm(args: readonly string[], cwd: string, timeout = 240_000): Promise<RunResult> {
  return run('npm', args, { cwd, env: npmEnv(), timeout })
}

/** Runs a shell command in a project, as a CI step does. */
export function shell(command: string, cwd: string): Promise<RunResult> {
  return run('bash', ['-e', '-o', 'pipefail', '-c', command], { cwd, env: npmEnv(), timeout: 120_000 })
}

export interface PackedPackage {
  readonly tarball: string
  readonly files: readonly string[]
}

/** `npm pack` of the built package into `directory`. */
export async function pack(directory: string): Promise<PackedPackage> {
  ensureBuilt()
  // dist/ is built by ensureBuilt (prepack would build it again).
  const result = await npm(['pack', '--ignore-scripts', '--json', '--pack-destination', directory], repositoryRoot)
  expect(result.code, result.stderr).toBe(0)
  const [info] = JSON.parse(result.stdout) as { filename: string; files: { path: string }[] }[]
  return { tarball: path.join(directory, info!.filename), files: info!.files.map((file) => file.path) }
}

/** What a user's project looks like: a flat config with the plugin, JS and TS files with findings. */
export const consumerFiles: Readonly<Record<string, string>> = {
  'package.json': `${JSON.stringify({ name: 'jwt-guard-consumer', private: true, type: 'module' }, null, 2)}\n`,
  'eslint.config.js': `import tsParser from '@typescript-eslint/parser'
import jwtGuard from 'eslint-plugin-jwt-guard'

export default [
  { files: ['**/*.ts'], languageOptions: { parser: tsParser } },
  jwtGuard.configs.recommended,
]
`,
  'src/auth.ts': `import jwt from 'jsonwebtoken'

export function authenticate(token: string, key: string): unknown {
  return jwt.verify(token, key, { algorithms: ['RS256', 'none'], audience: 'https://api.example.com', issuer: 'https://id.example.com' })
}
`,
  'src/routes/admin.js': `import jwt from 'jsonwebtoken'

export function isAdmin(request) {
  const claims = jwt.decode(request.headers.authorization.slice(7))
  return claims.role === 'admin'
}
`,
  'src/session.js': `import jwt from 'jsonwebtoken'

export const verifySession = (token, key) => jwt.verify(token, key)
`,
}

/** Creates a project under the OS temp directory and installs the packed package with `packages`. */
export async function installConsumer(prefix: string, packages: readonly string[]): Promise<{ project: string; packed: PackedPackage }> {
  const project = mkdtempSync(path.join(os.tmpdir(), `jwt-guard-${prefix}-`))
  writeTree(project, consumerFiles)
  const packed = await pack(project)
  const install = await npm(['install', '--save-dev', '--prefer-offline', '--no-audit', '--no-fund', packed.tarball, ...packages], project)
  expect(install.code, install.stderr).toBe(0)
  return { project, packed }
}

interface EslintJsonResult {
  filePath: string
  messages: { ruleId: string | null; line: number; column: number }[]
}

/** `file:line:column rule` for each of ESLint's findings, sorted. */
export function eslintFindings(stdout: string, project: string): string[] {
  return (JSON.parse(stdout) as EslintJsonResult[])
    .flatMap((result) => result.messages.map((message) => `${path.relative(project, result.filePath)}:${message.line}:${message.column} ${message.ruleId}`))
    .sort()
}

interface CliJsonReport {
  findings: { file: string; line: number; column: number; ruleId: string }[]
}

export function cliFindings(stdout: string): string[] {
  return (JSON.parse(stdout) as CliJsonReport).findings.map((finding) => `${finding.file}:${finding.line}:${finding.column} ${finding.ruleId}`).sort()
}
