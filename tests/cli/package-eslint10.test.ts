import { accessSync, constants, readFileSync, realpathSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { removeTree } from './helpers.js'
import { cliFindings, eslintFindings, installConsumer, type PackedPackage, shell } from './package.js'
import { sarifValidator } from './sarif-schema.js'
import { expand, githubWorkflows, type GitlabJob, gitlabPipeline, isInstall, matrixCombinations, readGithubWorkflow, readGitlabPipeline } from './workflows.js'

// The package as users get it: packed, installed from the tarball into a new project with ESLint 10,
// used through a flat config and through its bin; then the example CI files run in that project.

let project: string
let packed: PackedPackage

beforeAll(async () => {
  ;({ project, packed } = await installConsumer('eslint10', ['eslint@10.15.0', '@typescript-eslint/parser@8.72.0']))
}, 300_000)

afterAll(() => removeTree(project))

describe('the packed package with ESLint 10', () => {
  it('ships the built plugin, the command and the docs, and no sources or tests', () => {
    expect(packed.files).toEqual(expect.arrayContaining(['package.json', 'README.md', 'dist/index.js', 'dist/index.d.ts', 'dist/cli/index.js', 'dist/cli/eslint-options.js', 'docs/ci.md', 'docs/editor.md', 'docs/rules/require-audience.md']))
    expect(packed.files.filter((file) => /^(src|tests|scripts|examples)\//u.test(file))).toEqual([])
    const manifest = JSON.parse(readFileSync(path.join(project, 'node_modules/eslint-plugin-jwt-guard/package.json'), 'utf8')) as { bin: Record<string, string> }
    expect(manifest.bin).toEqual({ 'jwt-guard': './dist/cli/index.js' })
  })

  it('installs ESLint 10 and lints through the project’s flat config', async () => {
    expect((await shell('npx eslint --version', project)).stdout.trim()).toBe('v10.15.0')
    const result = await shell('npx eslint . --format json || test $? -eq 1', project)
    const findings = eslintFindings(result.stdout, project)
    expect(findings).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^src\/auth\.ts:4:\d+ jwt-guard\/no-none-algorithm$/u),
        expect.stringMatching(/^src\/routes\/admin\.js:\d+:\d+ jwt-guard\/no-unverified-decode$/u),
        expect.stringMatching(/^src\/session\.js:3:\d+ jwt-guard\/require-audience$/u),
      ]),
    )
    expect(findings.every((finding) => finding.includes(' jwt-guard/'))).toBe(true)
  })

  it('links an executable jwt-guard bin that finds what ESLint finds', async () => {
    const bin = path.join(project, 'node_modules/.bin/jwt-guard')
    accessSync(bin, constants.X_OK)
    expect(realpathSync(bin)).toBe(realpathSync(path.join(project, 'node_modules/eslint-plugin-jwt-guard/dist/cli/index.js')))
    const eslint = await shell('npx eslint . --format json || test $? -eq 1', project)
    const cli = await shell('npx jwt-guard --format json || test $? -eq 1', project)
    expect(cliFindings(cli.stdout)).toEqual(eslintFindings(eslint.stdout, project))
    const stylish = await shell('npx jwt-guard || echo "exit code $?"', project)
    expect(stylish.stdout).toMatch(/^src\/auth\.ts$/mu)
    expect(stylish.stdout.trimEnd().split('\n').at(-1)).toBe('exit code 1')
  })
})

describe('the example CI files, run in the installed project', () => {
  const validate = sarifValidator()

  it.each(githubWorkflows.map((file) => [path.basename(file), file]))('GitHub workflow %s: its commands run, and write valid SARIF', async (_name, file) => {
    const workflow = readGithubWorkflow(file)
    for (const job of Object.values(workflow.jobs)) {
      const reports: unknown[] = []
      for (const matrix of matrixCombinations(job)) {
        for (const step of job.steps) {
          if (step.run === undefined || isInstall(step.run)) continue
          const command = expand(step.run, matrix)
          const result = await shell(`${command} && echo "exit code 0" || echo "exit code $?"`, project)
          const exitCode = result.stdout.trimEnd().split('\n').at(-1)
          const output = /--output-file (\S+)/u.exec(command)?.[1]
          if (output) {
            const report = JSON.parse(readFileSync(path.join(project, output), 'utf8')) as { runs: { results: unknown[] }[] }
            expect(validate(report), output).toEqual([])
            reports.push(report)
            // The job fails when its report has findings (a shard may have none).
            expect(exitCode, command).toBe(report.runs[0]!.results.length > 0 ? 'exit code 1' : 'exit code 0')
          } else {
            expect(exitCode, command).toBe('exit code 1')
          }
        }
      }
      // The shards of a matrix together report what one run reports.
      if (reports.length > 1) {
        const single = await shell('npx jwt-guard --format json || test $? -eq 1', project)
        const key = (result: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }[] }): string =>
          `${result.locations[0]!.physicalLocation.artifactLocation.uri}:${result.locations[0]!.physicalLocation.region.startLine}:${result.locations[0]!.physicalLocation.region.startColumn} ${result.ruleId}`
        const sharded = reports.flatMap((report) => (report as { runs: { results: Parameters<typeof key>[0][] }[] }).runs[0]!.results.map(key)).sort()
        expect(sharded).toEqual(cliFindings(single.stdout))
      }
    }
  })

  it('GitLab job: its script runs, fails on findings and leaves its artifact', async () => {
    const job = readGitlabPipeline(gitlabPipeline)['jwt-guard'] as GitlabJob
    const script = job.script.filter((command) => !isInstall(command)).join('\n')
    const result = await shell(`${script} || echo "exit code $?"`, project)
    expect(result.stdout.trimEnd().split('\n').at(-1)).toBe('exit code 1')
    expect(result.stdout).toContain('Findings by rule')
    for (const artifact of job.artifacts.paths) {
      expect(validate(JSON.parse(readFileSync(path.join(project, artifact), 'utf8')))).toEqual([])
    }
    for (const cached of job.cache!.paths.filter((entry) => !entry.startsWith('.npm'))) {
      accessSync(path.join(project, cached))
    }
  })
})
