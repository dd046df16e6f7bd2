import { Linter } from 'eslint'
import { describe, expect, it } from 'vitest'
import plugin from '../../src/index.js'

const linter = new Linter({ configType: 'flat' })
const lintWith = (ruleId: string, options: unknown[]): void => {
  linter.verify('const x = 1', [
    { files: ['**/*.js'], plugins: { 'jwt-guard': plugin as never }, rules: { [`jwt-guard/${ruleId}`]: ['error', ...options] } },
  ], { filename: 'x.js' })
}

describe('bad rule options', () => {
  describe.each(Object.keys(plugin.rules))('%s', (ruleId) => {
    it('rejects an unknown option', () => {
      const rule = plugin.rules[ruleId as keyof typeof plugin.rules]
      const takesOptions = (rule.meta.schema as unknown[]).length > 0
      expect(() => lintWith(ruleId, [{ notAnOption: true }])).toThrow(
        takesOptions ? /Unexpected property "notAnOption"/u : /should NOT have more than 0 items/u,
      )
    })
  })

  it('lists the expected options when one is misspelt', () => {
    expect(() => lintWith('no-disabled-expiry', [{ maxClockTolerance: 60 }])).toThrow(
      /Unexpected property "maxClockTolerance"\. Expected properties: "maxClockToleranceSeconds"/u,
    )
  })

  // ESLint's schema errors for a wrong type quote the rule and the bad value, not the property path.
  it('rejects a wrong type, naming the rule and the value', () => {
    expect(() => lintWith('no-disabled-expiry', [{ maxClockToleranceSeconds: 'five minutes' }])).toThrow(
      /jwt-guard\/no-disabled-expiry[\s\S]*"five minutes" should be number/u,
    )
    expect(() => lintWith('require-audience', [{ allowedWrappers: 'verifyToken' }])).toThrow(
      /jwt-guard\/require-audience[\s\S]*"verifyToken" should be array/u,
    )
    expect(() => lintWith('no-unverified-decode', [{ allowedClaims: [1] }])).toThrow(/jwt-guard\/no-unverified-decode[\s\S]*1 should be string/u)
  })
})

describe('bad settings', () => {
  it('names the bad setting', () => {
    expect(() =>
      linter.verify(
        `import jwt from 'jsonwebtoken'; jwt.verify(t, k)`,
        [
          {
            files: ['**/*.js'],
            plugins: { 'jwt-guard': plugin as never },
            settings: { 'jwt-guard': { functions: [{ module: './auth', export: 'verifyToken', kind: 'check' }] } },
            rules: { 'jwt-guard/require-algorithms': 'error' },
          },
        ],
        { filename: 'server/x.js' },
      ),
    ).toThrow(/settings\['jwt-guard'\]\.functions\[0\]\.kind/u)
  })

  it('names the bad setting with only an exposure rule enabled, in a file with token-like text', () => {
    expect(() =>
      linter.verify(
        'const token = 1',
        [
          {
            files: ['**/*.js'],
            plugins: { 'jwt-guard': plugin as never },
            settings: { 'jwt-guard': { functions: 'verifyToken' } },
            rules: { 'jwt-guard/no-token-in-logs': 'error' },
          },
        ],
        { filename: 'server/x.js' },
      ),
    ).toThrow("settings['jwt-guard'].functions must be an array.")
  })
})
