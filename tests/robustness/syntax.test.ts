import tsParser from '@typescript-eslint/parser'
import { Linter } from 'eslint'
import { describe, expect, it } from 'vitest'
import plugin from '../../src/index.js'

/**
 * Unusual but valid syntax around JWT calls: every rule runs on each snippet
 * without throwing, and the missing allow-list inside it is still found.
 */
const snippets: Record<string, string> = {
  'optional chaining and optional calls': `import jwt from 'jsonwebtoken'\nexport const f = (t?: string) => jwt?.verify?.(t!, key)`,
  'private fields and methods': `import jwt from 'jsonwebtoken'\nclass Auth { #key = 'k'; #check(t: string) { return jwt.verify(t, this.#key) } static { new Auth() } }`,
  decorators: `import jwt from 'jsonwebtoken'\n@Injectable() class Guard { @Inject() key!: string; canActivate(@Req() t: string) { return jwt.verify(t, this.key) } }`,
  satisfies: `import jwt from 'jsonwebtoken'\nconst options = {} satisfies jwt.VerifyOptions\njwt.verify(token, key, options)`,
  enums: `import jwt from 'jsonwebtoken'\nenum Alg { HS = 'HS256' }\nconst enum Kind { A }\njwt.verify(token, key, {})`,
  namespaces: `import jwt from 'jsonwebtoken'\nnamespace Auth { export function check(t: string) { return jwt.verify(t, key) } }\ndeclare module 'x' {}`,
  JSX: `import jwt from 'jsonwebtoken'\nexport const View = ({ t }: { t: string }) => <div title={String(jwt.verify(t, key))}>{t}</div>`,
  'computed members': `import jwt from 'jsonwebtoken'\nconst m = 'verify'\njwt['verify'](token, key)\nconst o = { [m]: 1, ['audience']: 2 }`,
  'sequence expressions': `import jwt from 'jsonwebtoken'\nconst r = (0, jwt.verify)(token, key)\nlet a = (1, 2, jwt.verify(token, key))`,
  getters: `import jwt from 'jsonwebtoken'\nconst options = { get audience() { return 'a' } }\nclass T { get claims() { return jwt.verify(token, key) } }`,
  'top-level await': `import { jwtVerify } from 'jose'\nimport jwt from 'jsonwebtoken'\nawait jwtVerify(token, key)\njwt.verify(token, key)`,
  'labels, generators and tagged templates': `import jwt from 'jsonwebtoken'\nfunction* g() { outer: for (;;) { yield jwt.verify(token, key); break outer } }\nsql\`select \${token}\``,
  'type-only constructs': `import type { VerifyOptions } from 'jsonwebtoken'\nimport jwt from 'jsonwebtoken'\ntype O = VerifyOptions & { x: 1 }\ninterface I { verify(t: string): void }\njwt.verify(token, key, {} as O)`,
  'destructuring defaults and rest': `const { verify = () => {}, ...rest } = require('jsonwebtoken')\nverify(token, key)\nconst [a = 1, ...b] = [rest]`,
}

const linter = new Linter({ configType: 'flat' })
const config: Linter.Config[] = [
  {
    files: ['**/*.tsx'],
    languageOptions: {
      parser: tsParser as Linter.Parser,
      parserOptions: { ecmaFeatures: { jsx: true } },
      sourceType: 'module',
    },
  },
  { ...(plugin.configs.all as Linter.Config), files: ['**/*.tsx'] },
]

describe('unusual syntax', () => {
  it.each(Object.entries(snippets))('%s', (_name, code) => {
    const messages = linter.verify(code, config, { filename: 'server/snippet.tsx' })
    expect(messages.filter((message) => message.fatal)).toEqual([])
    const ruleIds = new Set(messages.map((message) => message.ruleId))
    expect(ruleIds.has('jwt-guard/require-algorithms') || ruleIds.has('jwt-guard/require-audience')).toBe(true)
  })
})
