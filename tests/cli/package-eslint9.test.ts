import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { removeTree } from './helpers.js'
import { cliFindings, eslintFindings, installConsumer, shell } from './package.js'

// A smoke test of the packed package with the oldest ESLint it supports.

let project: string

beforeAll(async () => {
  ;({ project } = await installConsumer('eslint9', ['eslint@9.15.0', '@typescript-eslint/parser@8.72.0']))
}, 300_000)

afterAll(() => removeTree(project))

describe('the packed package with ESLint 9.15', () => {
  it('lints through a flat config, and the jwt-guard command finds the same', async () => {
    expect((await shell('npx eslint --version', project)).stdout.trim()).toBe('v9.15.0')
    const eslint = eslintFindings((await shell('npx eslint . --format json || test $? -eq 1', project)).stdout, project)
    expect(eslint).toEqual(expect.arrayContaining([expect.stringMatching(/^src\/auth\.ts:4:\d+ jwt-guard\/no-none-algorithm$/u)]))
    expect(eslint.length).toBeGreaterThanOrEqual(5)
    const cli = await shell('npx jwt-guard --format json || test $? -eq 1', project)
    expect(cliFindings(cli.stdout)).toEqual(eslint)
  })

  it('explains that --concurrency needs a newer ESLint', async () => {
    const result = await shell('npx jwt-guard --concurrency 2 || echo "exit code $?"', project)
    expect(result.stdout.trim()).toBe('exit code 2')
    expect(result.stderr.split('\n')).toContain('jwt-guard: --concurrency needs ESLint 9.34 or later, found 9.15.0')
  })
})
