import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import plugin from '../../src/index.js'
import { cleanEnv, cliPath, ensureBuilt, makeTree, plain, removeTree, repositoryRoot, run, runCli, runMain, type RunResult } from './helpers.js'
import { auditedFiles, workspaceFiles } from './workspace.js'

interface JsonFinding {
  file: string
  line: number
  column: number
  endLine: number | null
  endColumn: number | null
  severity: string
  ruleId: string
  message: string
  cwe: string | null
  docs: string
  suggestions: { description: string; fix: { range: [number, number]; text: string } }[]
  justification?: string | null
}

interface JsonReport {
  tool: { name: string; version: string; eslint: string }
  config: string
  shard: { index: number; count: number } | null
  filesAudited: number
  files: string[]
  minifiedSkipped: number
  findings: JsonFinding[]
  suppressed: JsonFinding[]
  errors: { file: string; line: number | null; message: string }[]
  rules: { id: string; docs: string; cwe: string | null; securitySeverity: number }[]
}

const findingKey = (finding: JsonFinding): string => `${finding.file}:${finding.line}:${finding.column}:${finding.ruleId}`

function parseJson(result: RunResult): JsonReport {
  expect(result.stderr).toBe('')
  return JSON.parse(result.stdout) as JsonReport
}

/** One short line on stderr, nothing on stdout, no stack trace. */
function expectUsageError(result: RunResult, pattern: RegExp): void {
  expect(result.code).toBe(2)
  expect(result.stdout).toBe('')
  expect(result.stderr).toMatch(pattern)
  expect(result.stderr.trimEnd().split('\n')).toHaveLength(1)
  expect(result.stderr).toMatch(/^jwt-guard: /u)
  expect(result.stderr).not.toMatch(/\n\s+at /u)
}

let workspace: string
/** The built command's report on the workspace. */
let full: JsonReport
/** The same from the sources, in this process: what the other in-process runs compare with. */
let fullMain: JsonReport

beforeAll(async () => {
  ensureBuilt()
  workspace = makeTree('cli', workspaceFiles)
  const result = await runCli(['--format', 'json'], workspace)
  expect(result.code).toBe(1)
  full = parseJson(result)
  fullMain = parseJson(await runMain(['--format', 'json'], workspace))
}, 180_000)

afterAll(() => removeTree(workspace))

describe('which files are audited', () => {
  it('audits JS, JSX, TS, TSX, .mjs and .cjs files, and nothing else', () => {
    expect([...full.files].sort()).toEqual(auditedFiles)
    expect(full.filesAudited).toBe(auditedFiles.length)
  })

  it('skips node_modules, build output, .gitignore and .git/info/exclude entries, declarations and minified files', () => {
    const reported = new Set([...full.files, ...full.findings.map((finding) => finding.file)])
    for (const skipped of [
      'node_modules/some-lib/index.js',
      'packages/app/node_modules/other/index.js',
      'dist/server.js',
      'packages/app/build/index.js',
      'packages/app/lib/index.js',
      'coverage/lcov-report/prettify.js',
      'generated/client.js',
      'src/secrets.local.js',
      'excluded-by-git-info/x.js',
      'src/types.d.ts',
      'public/vendor.min.js',
      'public/chunk-3f2a.js',
    ]) {
      expect(reported.has(skipped), skipped).toBe(false)
    }
    expect(full.minifiedSkipped).toBe(2)
  })

  it('parses TypeScript, TSX and JSX, and reports files that do not parse separately from findings', () => {
    const filesWithFindings = new Set(full.findings.map((finding) => finding.file))
    for (const file of ['src/server/auth.ts', 'src/server/admin.tsx', 'src/server/widget.jsx', 'src/server/legacy.cjs', 'src/server/modern.mjs']) {
      expect(filesWithFindings.has(file), file).toBe(true)
    }
    expect(full.errors).toEqual([expect.objectContaining({ file: 'src/broken.js', line: 1, message: expect.stringMatching(/^Parsing error/u) })])
    expect(full.findings.some((finding) => finding.file === 'src/broken.js')).toBe(false)
  })

  it('reports findings silenced by eslint-disable comments as suppressed, with their justification, and ignores comments for other rules', () => {
    expect(full.findings.some((finding) => finding.file === 'src/server/suppressed.js')).toBe(false)
    expect(full.suppressed.map((finding) => [finding.file, finding.ruleId, finding.justification])).toEqual([
      ['src/server/suppressed.js', 'jwt-guard/require-algorithms', 'checked by the gateway'],
      ['src/server/suppressed.js', 'jwt-guard/require-audience', 'checked by the gateway'],
      ['src/server/suppressed.js', 'jwt-guard/require-issuer', 'checked by the gateway'],
    ])
    expect(full.findings.filter((finding) => finding.file === 'src/server/other-comments.js')).toEqual([])
  })

  it('audits the paths it is given, relative to the working directory', async () => {
    const report = parseJson(await runMain(['src/server/auth.ts', 'packages', '-f', 'json'], workspace))
    expect(report.files.sort()).toEqual(['packages/app/src/index.js', 'src/server/auth.ts'])
    const fromSubdirectory = parseJson(await runMain(['server', '-f', 'json'], path.join(workspace, 'src')))
    expect(fromSubdirectory.files.every((file) => file.startsWith('src/server/'))).toBe(true)
    const outside = await runMain(['../../packages', '-f', 'json'], path.join(workspace, 'src/server'))
    expect(outside.code).toBe(1)
    expect(parseJson(outside).files).toEqual(['packages/app/src/index.js'])
  })

  it('ignores the project’s own ESLint config', async () => {
    const tree = makeTree('own-config', {
      'eslint.config.js': 'throw new Error("the project config must not be loaded")\n',
      'server.js': workspaceFiles['src/server/modern.mjs']!,
    })
    try {
      const result = await runMain(['-f', 'json'], tree)
      expect(result.code).toBe(1)
      expect(parseJson(result).findings.map((finding) => finding.ruleId)).toEqual([
        'jwt-guard/require-algorithms',
        'jwt-guard/require-audience',
        'jwt-guard/require-issuer',
      ])
    } finally {
      removeTree(tree)
    }
  })
})

describe('configs', () => {
  it('uses recommended by default, and strict or all with --config', async () => {
    const jose = (report: JsonReport): string[] =>
      report.findings.filter((finding) => finding.file === 'src/server/jose.ts').map((finding) => finding.ruleId)
    expect(full.config).toBe('recommended')
    expect(jose(full)).toEqual([])
    const strict = parseJson(await runMain(['src/server/jose.ts', '--config', 'strict', '-f', 'json'], workspace))
    expect(strict.config).toBe('strict')
    expect(jose(strict)).toContain('jwt-guard/require-algorithms')
    const all = parseJson(await runMain(['src/server/jose.ts', '-c', 'all', '-f', 'json'], workspace))
    expect(all.rules.map((rule) => rule.id).sort()).toEqual(Object.keys(plugin.rules).map((name) => `jwt-guard/${name}`).sort())
  })
})

describe('formats', () => {
  it('stylish: findings grouped by file with rule and documentation link, files not parsed, a summary by rule', async () => {
    const result = await runCli([], workspace)
    expect(result.code).toBe(1)
    expect(result.stderr).toBe('')
    const output = result.stdout
    expect(output).toBe(plain(output))
    const lines = output.split('\n')
    const header = lines.indexOf('src/server/auth.ts')
    expect(header).toBeGreaterThan(-1)
    const findingLine = lines[header + 1]!
    expect(findingLine).toMatch(/^ {2}6:10 +error +`jsonwebtoken\.verify` .+ {2}jwt-guard\/require-algorithms$/u)
    expect(lines[header + 2]!.trim()).toMatch(/^https:\/\/github\.com\/.+\/docs\/rules\/require-algorithms\.md/u)
    const groups = lines.filter((line) => /^(src|packages)\//u.test(line))
    expect(groups).toEqual([...new Set(full.findings.map((finding) => finding.file))])
    expect(output).toContain('Files that could not be audited\n  src/broken.js:1:')
    const summary = output.slice(output.indexOf('Findings by rule'))
    const count = (ruleId: string): number => full.findings.filter((finding) => finding.ruleId === ruleId).length
    expect(count('jwt-guard/require-algorithms')).toBe(5)
    expect(summary).toMatch(/^ {2}5 {2}jwt-guard\/require-algorithms +CWE-327 +Require an explicit algorithm allow-list/mu)
    expect(summary).toMatch(new RegExp(`^ +${count('jwt-guard/no-none-algorithm')} {2}jwt-guard/no-none-algorithm +CWE-347 `, 'mu'))
    const total = full.findings.length
    const files = new Set(full.findings.map((finding) => finding.file)).size
    expect(lines.at(-2)).toBe(
      `✖ ${total} findings (${total} errors, 0 warnings) in ${files} of 11 files audited with jwt-guard/recommended; 3 suppressed by eslint-disable comments, 2 minified files skipped, 1 file not parsed.`,
    )
  })

  it('stylish: colours with --color or FORCE_COLOR, not when piped', async () => {
    const coloured = await runMain(['src/server/auth.ts', '--color'], workspace)
    expect(coloured.stdout).toContain('\u001B[31m')
    expect(plain(coloured.stdout)).not.toBe(coloured.stdout)
    const forced = await runMain(['src/server/auth.ts'], workspace, { FORCE_COLOR: '1' })
    expect(forced.stdout).toBe(coloured.stdout)
    const disabled = await runMain(['src/server/auth.ts', '--no-color'], workspace, { FORCE_COLOR: '1' })
    expect(disabled.stdout).toBe(plain(coloured.stdout))
  })

  it('json: positions, rule, CWE, documentation and suggestions of each finding', () => {
    expect(full.tool).toEqual({ name: 'jwt-guard', version: plugin.meta.version, eslint: expect.stringMatching(/^\d+\./u) })
    const none = full.findings.find((finding) => finding.ruleId === 'jwt-guard/no-none-algorithm')!
    const source = workspaceFiles['src/server/admin.tsx']!
    const literal = source.indexOf(`'none'`)
    expect(none).toMatchObject({ file: 'src/server/admin.tsx', line: 5, severity: 'error', cwe: 'CWE-347' })
    expect(none.docs).toBe(plugin.rules['no-none-algorithm'].meta.docs!.url)
    expect(none.suggestions.length).toBeGreaterThan(0)
    const [start, end] = none.suggestions[0]!.fix.range
    expect(start).toBeLessThanOrEqual(literal)
    expect(end).toBeGreaterThanOrEqual(literal + `'none'`.length)
  })

  it('github: one workflow-command annotation per finding, paths relative to the repository root', async () => {
    const result = await runCli(['.', '--format', 'github'], path.join(workspace, 'src'))
    expect(result.code).toBe(1)
    const annotations = result.stdout.split('\n').filter((line) => line.startsWith('::'))
    expect(annotations.filter((line) => line.startsWith('::error '))).toHaveLength(full.findings.filter((finding) => finding.file.startsWith('src/')).length)
    const auth = annotations.find((line) => line.includes('file=src/server/auth.ts,') && line.includes('title=jwt-guard/require-audience'))!
    expect(auth).toMatch(/^::error file=src\/server\/auth\.ts,line=6,endLine=6,col=10,endColumn=\d+,title=jwt-guard\/require-audience \(CWE-287\)::.+%0Ahttps:\/\/github\.com\/.+require-audience\.md$/u)
    expect(annotations).toContainEqual(expect.stringMatching(/^::warning file=src\/broken\.js,line=1,col=\d+,title=jwt-guard%3A file not audited::Parsing error/u))
    expect(result.stdout.trimEnd().split('\n').at(-1)).toMatch(/^jwt-guard: \d+ findings in \d+ of 10 files/u)
  })

  it('--output-file writes the report and still shows the findings on standard output', async () => {
    const result = await runMain(['-f', 'sarif', '-o', 'reports/jwt-guard.sarif'], workspace)
    expect(result.code).toBe(1)
    expect(result.stderr).toBe('jwt-guard: sarif report written to reports/jwt-guard.sarif\n')
    expect(result.stdout).toContain('Findings by rule')
    const sarif = JSON.parse(readFileSync(path.join(workspace, 'reports/jwt-guard.sarif'), 'utf8')) as { version: string }
    expect(sarif.version).toBe('2.1.0')
  })
})

describe('exit codes', () => {
  it('0 when nothing is found, with a one-line summary', async () => {
    const result = await runCli(['src/clean.ts'], workspace)
    expect(result).toEqual({ code: 0, stdout: '✔ No findings in 1 file audited with jwt-guard/recommended.\n', stderr: '' })
  })

  it('1 for findings at or above --severity', async () => {
    expect((await runMain(['src/server/auth.ts', '--severity', 'warning', '-f', 'json'], workspace)).code).toBe(1)
    expect((await runMain(['src/server/auth.ts', '--severity', 'error', '-f', 'json'], workspace)).code).toBe(1)
  })

  it.each([
    [['--bogus'], /^jwt-guard: unknown option --bogus$/mu],
    [['--format', 'xml'], /^jwt-guard: --format must be one of stylish, json, sarif, github, not "xml"$/mu],
    [['--config', 'loose'], /^jwt-guard: --config must be one of recommended, strict, all, not "loose"$/mu],
    [['--severity', 'info'], /^jwt-guard: --severity must be one of error, warning/mu],
    [['--shard', '0/4'], /^jwt-guard: --shard must be i\/n/mu],
    [['--shard', 'two'], /^jwt-guard: --shard must be i\/n/mu],
    [['--concurrency', '-1'], /^jwt-guard: --concurrency needs a value \(write --concurrency=<value> for a value that starts with -\)$/mu],
    [['--concurrency=0'], /^jwt-guard: --concurrency must be a positive integer, auto or off, not "0"$/mu],
    [['--concurrency', 'many'], /^jwt-guard: --concurrency must be a positive integer, auto or off, not "many"$/mu],
    [['--config'], /^jwt-guard: --config needs a value$/mu],
    [['does-not-exist'], /^jwt-guard: no such file or directory: does-not-exist$/mu],
    [['src/readme.md'], /^jwt-guard: src\/readme\.md is not a JavaScript or TypeScript file/mu],
    [['node_modules'], /^jwt-guard: no JavaScript or TypeScript files to audit in node_modules$/mu],
  ])('2 and one line for bad usage: %j', async (args, message) => {
    expectUsageError(await runMain(args, workspace), message)
  })

  it('the installed binary exits with the code main() returns', async () => {
    expectUsageError(await runCli(['--bogus'], workspace), /^jwt-guard: unknown option --bogus$/mu)
  })

  it('2 and one line when the report cannot be written', async () => {
    expectUsageError(
      await runMain(['src/clean.ts', '-o', 'src/clean.ts/report.txt'], workspace),
      /^jwt-guard: cannot write the report to src\/clean\.ts\/report\.txt \((EEXIST|ENOTDIR)\)$/mu,
    )
  })

  it('--help and --version exit 0', async () => {
    const help = await runCli(['--help'], workspace)
    expect(help.code).toBe(0)
    expect(help.stdout).toMatch(/^Usage: jwt-guard \[options\] \[paths\.\.\.\]/u)
    for (const option of ['--config', '--format', '--output-file', '--severity', '--concurrency', '--cache', '--shard']) {
      expect(help.stdout).toContain(option)
    }
    const version = await runMain(['--version'], workspace)
    expect(version).toMatchObject({ code: 0, stdout: expect.stringMatching(new RegExp(`^jwt-guard ${plugin.meta.version} .+ESLint \\d+\\.`, 'u')) })
  })
})

describe('large repositories', () => {
  it('--shard i/n splits the files into disjoint shards that cover the repository, the same on every run', async () => {
    const shards = await Promise.all([1, 2, 3].map(async (index) => parseJson(await runMain(['--shard', `${index}/3`, '-f', 'json'], workspace))))
    const files = shards.flatMap((shard) => shard.files)
    expect(files.sort()).toEqual(auditedFiles)
    expect(new Set(files).size).toBe(files.length)
    expect(shards.map((shard) => shard.shard)).toEqual([1, 2, 3].map((index) => ({ index, count: 3 })))
    expect(shards.flatMap((shard) => shard.findings).map(findingKey).sort()).toEqual(fullMain.findings.map(findingKey).sort())
    const again = parseJson(await runMain(['--shard', '2/3', '-f', 'json'], workspace))
    expect(again.files).toEqual(shards[1]!.files)
  })

  it('--shard keeps every file in its shard when files are added', async () => {
    const tree = makeTree('shard-growth', workspaceFiles)
    try {
      const before = await Promise.all([1, 2].map(async (index) => parseJson(await runMain(['--shard', `${index}/2`, '-f', 'json'], tree)).files))
      writeFileSync(path.join(tree, 'src/added-one.js'), 'export const one = 1\n')
      writeFileSync(path.join(tree, 'src/server/added-two.ts'), 'export const two = 2\n')
      const after = await Promise.all([1, 2].map(async (index) => parseJson(await runMain(['--shard', `${index}/2`, '-f', 'json'], tree)).files))
      for (const [index, files] of before.entries()) {
        expect(after[index]!.filter((file) => !file.includes('added-'))).toEqual(files)
      }
    } finally {
      removeTree(tree)
    }
  })

  it('--concurrency lints on ESLint worker threads (an options module) with the same results', async () => {
    const result = await runCli(['--concurrency', '2', '-f', 'json'], workspace)
    expect(result.code).toBe(1)
    const threaded = JSON.parse(result.stdout) as JsonReport
    expect(threaded.findings).toEqual(full.findings)
    expect(threaded.suppressed).toEqual(full.suppressed)
    expect(threaded.errors).toEqual(full.errors)
    expect([...threaded.files].sort()).toEqual([...full.files].sort())
  })

  it('--cache keeps ESLint’s cache and re-lints the files whose content changed', async () => {
    const tree = makeTree('cache', workspaceFiles)
    try {
      const cacheArgs = ['--cache', '--cache-location', '.cache/jwt-guard', '-f', 'json']
      const first = parseJson(await runMain(cacheArgs, tree))
      expect(existsSync(path.join(tree, '.cache/jwt-guard'))).toBe(true)
      expect(first.findings).toEqual(fullMain.findings)
      const second = parseJson(await runMain(cacheArgs, tree))
      expect(second.findings).toEqual(fullMain.findings)
      writeFileSync(path.join(tree, 'src/server/modern.mjs'), 'export const nothing = null\n')
      const third = parseJson(await runMain(cacheArgs, tree))
      expect(third.findings.map(findingKey)).toEqual(fullMain.findings.filter((finding) => finding.file !== 'src/server/modern.mjs').map(findingKey))
      expect(existsSync(path.join(tree, '.jwt-guard-cache'))).toBe(false)
      await runMain(['--cache', 'src/clean.ts'], tree)
      expect(existsSync(path.join(tree, '.jwt-guard-cache'))).toBe(true)
    } finally {
      removeTree(tree)
    }
  })

  it.each([[[]], [['--concurrency', '2']]])('shows a progress line on a terminal %j, and none when piped', async (extra) => {
    // `script` runs the command on a pseudo-terminal, as a developer's shell would.
    const command = [process.execPath, cliPath, '--no-color', ...extra].map((part) => `'${part}'`).join(' ')
    const onTerminal = await run('script', ['-qec', command, '/dev/null'], { cwd: workspace, env: cleanEnv({ COLUMNS: '120' }) })
    expect(onTerminal.code).toBe(1)
    const output = onTerminal.stdout
    expect(output).toMatch(/\rjwt-guard: 0\/11 files linted \(0%\)\u001B\[K/u)
    expect(output).toMatch(/\rjwt-guard: 11\/11 files linted \(100%\)\u001B\[K/u)
    // The line is erased before the report starts.
    expect(output).toMatch(/\r\u001B\[Kpackages\/app\/src\/index\.js\r?\n/u)
    const piped = await runCli(extra, workspace)
    expect(piped.code).toBe(1)
    expect(piped.stderr).not.toContain('files linted')
  })
})

describe('the README', () => {
  const readme = readFileSync(path.join(repositoryRoot, 'README.md'), 'utf8')

  it('opens with the command run on the example app, which shows its findings', async () => {
    const commands = /^```sh\n([\s\S]*?)```/mu.exec(readme)![1]!.trim().split('\n')
    expect(commands).toHaveLength(2)
    expect(commands[0]).toMatch(/^npm ci && npm run build && node dist\/cli\/index\.js examples\/vulnerable-app +# /u)
    const result = await run(process.execPath, [cliPath, 'examples/vulnerable-app'], { cwd: repositoryRoot })
    expect(result.code).toBe(1)
    expect(result.stdout).toContain('examples/vulnerable-app/src/routes/admin.js')
    expect(result.stdout).toMatch(/✖ \d+ findings .+ audited with jwt-guard\/recommended/u)
  })

  it('documents the command, its formats and the CI snippet', () => {
    const section = readme.slice(readme.indexOf('## Command line'))
    expect(section.length).toBeGreaterThan(0)
    for (const text of ['npx jwt-guard', '--format sarif', 'stylish', 'json', 'sarif', 'github', '--shard', '--concurrency', '--cache', 'docs/ci.md', 'docs/editor.md']) {
      expect(section).toContain(text)
    }
    const workflow = readFileSync(path.join(repositoryRoot, 'examples/ci/github/jwt-guard.yml'), 'utf8')
    expect(section).toContain(`\`\`\`yaml\n${workflow}\`\`\``)
  })
})
