import { existsSync } from 'node:fs'
import path from 'node:path'
import type { ESLint, Linter } from 'eslint'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { collectFiles, findRepositoryRoot, selectShard } from '../../src/cli/files.js'
import { type CliIO, main } from '../../src/cli/main.js'
import { createReport, rulesOf, securitySeverity } from '../../src/cli/report.js'
import plugin from '../../src/index.js'
import { makeTree, removeTree, repositoryRoot } from './helpers.js'
import { auditedFiles, workspaceFiles } from './workspace.js'

class Capture {
  text = ''
  writes: string[] = []
  constructor(
    readonly isTTY: boolean,
    readonly columns?: number,
  ) {}

  write(text: string): boolean {
    this.text += text
    this.writes.push(text)
    return true
  }
}

function io(cwd: string, { tty = false } = {}): CliIO & { stdout: Capture; stderr: Capture } {
  return { stdout: new Capture(tty, 100), stderr: new Capture(tty, 100), cwd, env: {} }
}

let workspace: string
beforeAll(() => {
  workspace = makeTree('main', workspaceFiles)
})
afterAll(() => removeTree(workspace))

describe('main()', () => {
  it('draws a progress line on a terminal, from 0 to every file, and erases it before the report', async () => {
    const streams = io(workspace, { tty: true })
    expect(await main(['--format', 'json'], streams)).toBe(1)
    const progress = streams.stderr.writes
    expect(progress[0]).toBe('\rjwt-guard: 0/11 files linted (0%)\u001B[K')
    expect(progress).toContain('\rjwt-guard: 11/11 files linted (100%)\u001B[K')
    expect(progress.at(-1)).toBe('\r\u001B[K')
    const counts = progress.slice(0, -1).map((text) => Number(/ (\d+)\/11 /u.exec(text)![1]))
    expect(counts).toEqual([...counts].sort((a, b) => a - b))
    expect(JSON.parse(streams.stdout.text)).toMatchObject({ filesAudited: 11 })
  })

  it('says which shard the progress line is about', async () => {
    const streams = io(workspace, { tty: true })
    await main(['--shard', '1/2', '--format', 'json'], streams)
    expect(streams.stderr.writes[0]).toMatch(/^\rjwt-guard: 0\/\d+ files linted \(0%\) in shard 1\/2/u)
  })

  it('draws no progress line when standard error is not a terminal', async () => {
    const streams = io(workspace)
    await main(['--format', 'json'], streams)
    expect(streams.stderr.text).toBe('')
  })

  it('reports an internal error in one line, with the stack trace only under --debug', async () => {
    const failing = io(workspace)
    failing.stdout.write = () => {
      throw new Error('stdout is gone\nsecond line')
    }
    expect(await main(['src/clean.ts'], failing)).toBe(2)
    expect(failing.stderr.text).toBe('jwt-guard: internal error: stdout is gone (run with --debug for details)\n')
    const debug = io(workspace)
    debug.stdout.write = failing.stdout.write
    expect(await main(['src/clean.ts', '--debug'], debug)).toBe(2)
    expect(debug.stderr.text).toMatch(/^jwt-guard: internal error: stdout is gone\nError: stdout is gone\nsecond line\n\s+at /u)
  })
})

describe('file selection', () => {
  it('finds the repository root by its .git entry', () => {
    expect(findRepositoryRoot(path.join(workspace, 'src/server'))).toBe(workspace)
  })

  it('applies nested .gitignore files, a deeper negation re-including a file', async () => {
    const tree = makeTree('gitignore', {
      '.git/HEAD': '',
      '.gitignore': '*.gen.js\n',
      'a/keep.gen.js': '',
      'a/drop.gen.js': '',
      'a/.gitignore': '!keep.gen.js\nlocal/\n',
      'a/local/x.js': '',
      'a/b/c.js': '',
      'b/local/y.js': '',
    })
    try {
      const { files } = await collectFiles(['.'], tree)
      expect(files.map((file) => path.relative(tree, file))).toEqual(['a/b/c.js', 'a/keep.gen.js', 'b/local/y.js'])
      // An ignored file named on the command line is audited.
      const named = await collectFiles(['a/drop.gen.js'], tree)
      expect(named.files).toEqual([path.join(tree, 'a/drop.gen.js')])
    } finally {
      removeTree(tree)
    }
  })

  it('splits files into shards by a hash of their path: disjoint, complete, independent of order and of other files', async () => {
    const { files } = await collectFiles(['.'], workspace)
    expect(files.map((file) => path.relative(workspace, file))).toEqual(auditedFiles)
    const many = Array.from({ length: 400 }, (_, index) => path.join(workspace, `pkg-${index % 7}`, `file-${index}.ts`))
    for (const count of [1, 2, 3, 8]) {
      const shards = Array.from({ length: count }, (_, index) => selectShard(many, workspace, { index: index + 1, count }))
      expect(shards.flat().sort()).toEqual([...many].sort())
      expect(new Set(shards.flat()).size).toBe(many.length)
      for (const shard of shards) expect(shard.length).toBeGreaterThan(many.length / count / 2)
      const reversed = selectShard([...many].reverse(), workspace, { index: 1, count })
      expect([...reversed].sort()).toEqual([...shards[0]!].sort())
      const fewer = selectShard(many.slice(0, 100), workspace, { index: 1, count })
      expect(fewer).toEqual(shards[0]!.filter((file) => many.indexOf(file) < 100))
    }
  })
})

describe('createReport()', () => {
  const message = (overrides: Partial<Linter.LintMessage>): Linter.LintMessage => ({
    ruleId: 'jwt-guard/require-audience',
    severity: 2,
    message: 'm',
    line: 1,
    column: 1,
    ...overrides,
  })
  const result = (messages: Linter.LintMessage[]): ESLint.LintResult =>
    ({ filePath: '/repo/a.js', messages, suppressedMessages: [], errorCount: 0, warningCount: 0 }) as unknown as ESLint.LintResult
  const context = { toolVersion: '0', eslintVersion: '10', config: 'recommended' as const, root: '/repo', cwd: '/repo', shard: undefined, minifiedSkipped: 0 }

  it('keeps findings at or above the severity threshold', () => {
    const results = [result([message({ severity: 1, line: 2 }), message({ severity: 2, line: 3 })])]
    expect(createReport(results, { ...context, threshold: 'error' }).findings.map((finding) => finding.line)).toEqual([3])
    expect(createReport(results, { ...context, threshold: 'warning' }).findings.map((finding) => finding.line)).toEqual([2, 3])
  })

  it('drops problems with the project’s inline comments for rules it does not run, and keeps parse errors apart', () => {
    const results = [
      result([
        message({ ruleId: null, message: 'Definition for rule "x" was not found.' }),
        message({ ruleId: 'other/rule' }),
        message({ ruleId: null, fatal: true, message: 'Parsing error: Unexpected token' }),
      ]),
    ]
    const report = createReport(results, { ...context, threshold: 'warning' })
    expect(report.findings).toEqual([])
    expect(report.errors).toEqual([{ file: '/repo/a.js', line: 1, column: 1, message: 'Parsing error: Unexpected token' }])
  })

  it('describes every rule with its documentation, CWE and a security severity', () => {
    for (const rule of rulesOf('all')) {
      const meta = plugin.rules[rule.name as keyof typeof plugin.rules].meta
      expect(rule.url).toBe(meta.docs!.url)
      expect(rule.cwe).toBe(meta.docs!.cwe)
      expect(rule.securitySeverity).toBeGreaterThan(0)
      expect(rule.securitySeverity).toBeLessThanOrEqual(10)
      const doc = path.join(repositoryRoot, 'docs/rules', `${rule.name}.md`)
      if (existsSync(doc)) expect(rule.helpMarkdown).toMatch(/## Rule Details/u)
      else expect(rule.helpMarkdown).toBeUndefined()
    }
    expect(securitySeverity('no-none-algorithm', 'CWE-347')).toBeGreaterThanOrEqual(9)
    expect(securitySeverity('some-future-rule', 'CWE-347')).toBe(8.8)
    expect(securitySeverity('some-future-rule', undefined)).toBe(7)
  })
})
