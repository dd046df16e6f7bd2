import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { globToRegExp, isIgnoredFile } from '../../src/utils/file-globs.js'

describe('globToRegExp', () => {
  it.each([
    ['**/*.test.*', 'src/auth/session.test.ts', true],
    ['**/*.test.*', 'session.test.js', true],
    ['**/*.test.*', 'src/auth/session.ts', false],
    ['*.test.ts', 'src/session.test.ts', false],
    ['test/fixtures/**', 'test/fixtures/keys/hmac.ts', true],
    ['test/fixtures/**', 'test/fixture.ts', false],
    ['src/**/__tests__/*.ts', 'src/__tests__/a.ts', true],
    ['src/**/__tests__/*.ts', 'src/a/b/__tests__/a.ts', true],
    ['**/*.{spec,test}.{ts,js}', 'lib/x.spec.js', true],
    ['**/*.{spec,test}.{ts,js}', 'lib/x.e2e.js', false],
    ['./scripts/seed-?.js', 'scripts/seed-1.js', true],
    ['**/fixture[0-9].ts', 'a/fixture7.ts', true],
    ['**/fixture[!0-9].ts', 'a/fixture7.ts', false],
  ])('%s matches %s: %s', (glob, file, expected) => {
    expect(globToRegExp(glob).test(file)).toBe(expected)
  })
})

describe('isIgnoredFile', () => {
  const cwd = path.resolve('/project')

  it('matches absolute file names relative to the working directory', () => {
    expect(isIgnoredFile(path.join(cwd, 'src', 'a.test.ts'), cwd, ['**/*.test.*'])).toBe(true)
    expect(isIgnoredFile(path.join(cwd, 'src', 'a.ts'), cwd, ['**/*.test.*'])).toBe(false)
  })

  it('ignores nothing without globs', () => {
    expect(isIgnoredFile('src/a.test.ts', cwd, [])).toBe(false)
  })
})
