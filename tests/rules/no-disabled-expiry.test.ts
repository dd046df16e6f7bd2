import rule from '../../src/rules/no-disabled-expiry.js'
import { assertionOptions, cjsRuleTester, ruleTester } from '../rule-tester.js'

const jsonwebtoken = 'jsonwebtoken.verify'
const jose = 'jose.jwtVerify'
const joseLegacy = 'jose.JWT.verify'

ruleTester.run(rule.name, rule, {
  assertionOptions,
  valid: [
    {
      name: 'flags set to false',
      code: `import jwt from 'jsonwebtoken'
jwt.verify(token, key, { ignoreExpiration: false, ignoreNotBefore: false })`,
    },
    {
      name: 'a small clock tolerance in seconds',
      code: `import jwt from 'jsonwebtoken'
jwt.verify(token, key, { clockTolerance: 30 })`,
    },
    {
      name: 'currentDate set to the current time',
      code: `import { jwtVerify } from 'jose'
await jwtVerify(token, key, { currentDate: new Date() })`,
    },
    {
      name: 'a jose duration string at the limit',
      code: `import { jwtVerify } from 'jose'
await jwtVerify(token, key, { clockTolerance: '5 minutes' })`,
    },
    {
      name: 'a jose duration string under a raised limit',
      code: `import { jwtVerify } from 'jose'
await jwtVerify(token, key, { clockTolerance: '10 minutes' })`,
      options: [{ maxClockToleranceSeconds: 900 }],
    },
    {
      name: 'a jose duration string with a short unit and maxTokenAge',
      code: `import { jwtVerify } from 'jose'
await jwtVerify(token, key, { clockTolerance: '30 s', maxTokenAge: '2 hours' })`,
    },
    {
      name: 'a negative jose tolerance shortens validity',
      code: `import { jwtVerify } from 'jose'
await jwtVerify(token, key, { clockTolerance: '10 minutes ago' })`,
    },
    {
      name: 'options spread in from somewhere unknown',
      code: `import jwt from 'jsonwebtoken'
jwt.verify(token, key, { algorithms, ...sharedOptions })`,
    },
    {
      name: 'options imported from another module',
      code: `import jwt from 'jsonwebtoken'
import { verifyOptions } from './jwt-options'
jwt.verify(token, key, verifyOptions)`,
    },
    {
      name: 'clockTimestamp computed from the current time',
      code: `import jwt from 'jsonwebtoken'
jwt.verify(token, key, { clockTimestamp: Math.floor(Date.now() / 1000) })`,
    },
    {
      name: 'the same option names on an unrelated cache, and expiresIn on sign',
      code: `import jwt from 'jsonwebtoken'
const cacheOptions = { ignoreExpiration: true, clockTolerance: 86400 }
cache.set('session', value, cacheOptions)
const token = jwt.sign(payload, key, { expiresIn: '10 minutes' })`,
    },
    {
      name: 'jwt-simple has no such options',
      code: `import jwt from 'jwt-simple'
const payload = jwt.decode(token, secret, false, 'HS256')`,
    },
    {
      name: 'a local function named verify',
      code: `function verify(token: string, options: { ignoreExpiration: boolean }) {
  return options.ignoreExpiration ? token : null
}
verify(token, { ignoreExpiration: true })`,
    },
    {
      name: 'decode with complete and a zero tolerance',
      code: `import jwt from 'jsonwebtoken'
const decoded = jwt.decode(token, { complete: true })
jwt.verify(token, key, { clockTolerance: 0 })`,
    },
  ],
  invalid: [
    {
      name: 'ignoreExpiration: true',
      code: `import jwt from 'jsonwebtoken'

jwt.verify(token, key, { algorithms: ['RS256'], ignoreExpiration: true })`,
      errors: [
        {
          messageId: 'expiryIgnored',
          data: { api: jsonwebtoken, option: 'ignoreExpiration' },
          line: 3,
          column: 49,
          endLine: 3,
          endColumn: 71,
          suggestions: [
            {
              messageId: 'removeOption',
              data: { option: 'ignoreExpiration' },
              output: `import jwt from 'jsonwebtoken'

jwt.verify(token, key, { algorithms: ['RS256'] })`,
            },
          ],
        },
      ],
    },
    {
      name: 'ignoreNotBefore in the callback form',
      code: `import { verify } from 'jsonwebtoken'

verify(token, key, { ignoreNotBefore: true }, (err, payload) => done(err, payload))`,
      errors: [
        {
          messageId: 'notBeforeIgnored',
          data: { api: jsonwebtoken, option: 'ignoreNotBefore' },
          line: 3,
          column: 22,
          endLine: 3,
          endColumn: 43,
          suggestions: [
            {
              messageId: 'removeOption',
              data: { option: 'ignoreNotBefore' },
              output: `import { verify } from 'jsonwebtoken'

verify(token, key, {  }, (err, payload) => done(err, payload))`,
            },
          ],
        },
      ],
    },
    {
      name: 'an hour of clock tolerance, namespace import',
      code: `import * as jwt from 'jsonwebtoken'

const payload = jwt.verify(token, key, {
  clockTolerance: 3600,
  algorithms: ['RS256'],
})`,
      errors: [
        {
          messageId: 'clockToleranceTooLarge',
          data: { api: jsonwebtoken, option: 'clockTolerance', seconds: '3600', limit: '300' },
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 23,
          suggestions: [
            {
              messageId: 'removeOption',
              data: { option: 'clockTolerance' },
              output: `import * as jwt from 'jsonwebtoken'

const payload = jwt.verify(token, key, {
  algorithms: ['RS256'],
})`,
            },
          ],
        },
      ],
    },
    {
      name: 'jsonwebtoken concatenates a string clockTolerance',
      code: `import jwt from 'jsonwebtoken'

jwt.verify(token, key, { clockTolerance: '30' })`,
      errors: [
        {
          messageId: 'clockToleranceUnbounded',
          data: { api: jsonwebtoken, option: 'clockTolerance', value: "'30'" },
          line: 3,
          column: 26,
          endLine: 3,
          endColumn: 46,
          suggestions: [
            {
              messageId: 'removeOption',
              data: { option: 'clockTolerance' },
              output: `import jwt from 'jsonwebtoken'

jwt.verify(token, key, {  })`,
            },
          ],
        },
      ],
    },
    {
      name: 'jsonwebtoken clockTimestamp pinned',
      code: `import jwt from 'jsonwebtoken'

jwt.verify(token, key, { clockTimestamp: 1700000000 })`,
      errors: [
        {
          messageId: 'clockPinned',
          data: { api: jsonwebtoken, option: 'clockTimestamp' },
          line: 3,
          column: 26,
          endLine: 3,
          endColumn: 52,
          suggestions: [
            {
              messageId: 'removeOption',
              data: { option: 'clockTimestamp' },
              output: `import jwt from 'jsonwebtoken'

jwt.verify(token, key, {  })`,
            },
          ],
        },
      ],
    },
    {
      name: 'jose duration string over the limit',
      code: `import { jwtVerify } from 'jose'

await jwtVerify(token, key, { clockTolerance: '10 minutes' })`,
      errors: [
        {
          messageId: 'clockToleranceTooLarge',
          data: { api: jose, option: 'clockTolerance', seconds: '600', limit: '300' },
          line: 3,
          column: 31,
          endLine: 3,
          endColumn: 59,
          suggestions: [
            {
              messageId: 'removeOption',
              data: { option: 'clockTolerance' },
              output: `import { jwtVerify } from 'jose'

await jwtVerify(token, key, {  })`,
            },
          ],
        },
      ],
    },
    {
      name: 'jose currentDate pinned to a fixed date',
      code: `import * as jose from 'jose'

await jose.jwtVerify(token, key, { currentDate: new Date('2020-01-01') })`,
      errors: [
        {
          messageId: 'clockPinned',
          data: { api: jose, option: 'currentDate' },
          line: 3,
          column: 36,
          endLine: 3,
          endColumn: 71,
          suggestions: [
            {
              messageId: 'removeOption',
              data: { option: 'currentDate' },
              output: `import * as jose from 'jose'

await jose.jwtVerify(token, key, {  })`,
            },
          ],
        },
      ],
    },
    {
      name: 'await import(), a day of tolerance',
      code: `const { jwtVerify } = await import('jose')

await jwtVerify(token, JWKS, { issuer, audience, clockTolerance: '1 day' })`,
      errors: [
        {
          messageId: 'clockToleranceTooLarge',
          data: { api: jose, option: 'clockTolerance', seconds: '86400', limit: '300' },
          line: 3,
          column: 50,
          endLine: 3,
          endColumn: 73,
          suggestions: [
            {
              messageId: 'removeOption',
              data: { option: 'clockTolerance' },
              output: `const { jwtVerify } = await import('jose')

await jwtVerify(token, JWKS, { issuer, audience })`,
            },
          ],
        },
      ],
    },
    {
      name: "jose 5+ signed duration: '1 hour from now'",
      code: `import { jwtVerify } from 'jose'

await jwtVerify(token, key, { audience, issuer, clockTolerance: '1 hour from now' })`,
      errors: [
        {
          messageId: 'clockToleranceTooLarge',
          data: { api: jose, option: 'clockTolerance', seconds: '3600', limit: '300' },
          line: 3,
          column: 49,
          endLine: 3,
          endColumn: 82,
          suggestions: [
            {
              messageId: 'removeOption',
              data: { option: 'clockTolerance' },
              output: `import { jwtVerify } from 'jose'

await jwtVerify(token, key, { audience, issuer })`,
            },
          ],
        },
      ],
    },
    {
      name: 'maxClockToleranceSeconds lowers the limit',
      code: `import jwt from 'jsonwebtoken'

jwt.verify(token, key, { clockTolerance: 120 })`,
      options: [{ maxClockToleranceSeconds: 60 }],
      errors: [
        {
          messageId: 'clockToleranceTooLarge',
          data: { api: jsonwebtoken, option: 'clockTolerance', seconds: '120', limit: '60' },
          line: 3,
          column: 26,
          endLine: 3,
          endColumn: 45,
          suggestions: [
            {
              messageId: 'removeOption',
              data: { option: 'clockTolerance' },
              output: `import jwt from 'jsonwebtoken'

jwt.verify(token, key, {  })`,
            },
          ],
        },
      ],
    },
    {
      name: 'a flag through constants, options shared by two calls reported once',
      code: `import jwt from 'jsonwebtoken'

const SKIP_EXPIRY = true
const verifyOptions = { ignoreExpiration: SKIP_EXPIRY }
jwt.verify(accessToken, key, verifyOptions)
jwt.verify(refreshToken, key, verifyOptions)`,
      errors: [
        {
          messageId: 'expiryIgnored',
          data: { api: jsonwebtoken, option: 'ignoreExpiration' },
          line: 4,
          column: 25,
          endLine: 4,
          endColumn: 54,
          suggestions: [
            {
              messageId: 'removeOption',
              data: { option: 'ignoreExpiration' },
              output: `import jwt from 'jsonwebtoken'

const SKIP_EXPIRY = true
const verifyOptions = {  }
jwt.verify(accessToken, key, verifyOptions)
jwt.verify(refreshToken, key, verifyOptions)`,
            },
          ],
        },
      ],
    },
    {
      name: 'switched off on one branch',
      code: `import jwt from 'jsonwebtoken'

jwt.verify(token, key, isDev ? { ignoreExpiration: true } : {})`,
      errors: [
        {
          messageId: 'expiryIgnored',
          data: { api: jsonwebtoken, option: 'ignoreExpiration' },
          line: 3,
          column: 34,
          endLine: 3,
          endColumn: 56,
          suggestions: [
            {
              messageId: 'removeOption',
              data: { option: 'ignoreExpiration' },
              output: `import jwt from 'jsonwebtoken'

jwt.verify(token, key, isDev ? {  } : {})`,
            },
          ],
        },
      ],
    },
    {
      name: 'set on both branches: no single removal fixes it',
      code: `import jwt from 'jsonwebtoken'

jwt.verify(token, key, isDev ? { ignoreExpiration: true } : { ignoreExpiration: true, audience })`,
      errors: [
        {
          messageId: 'expiryIgnored',
          data: { api: jsonwebtoken, option: 'ignoreExpiration' },
          line: 3,
          column: 34,
          endLine: 3,
          endColumn: 56,
          suggestions: [],
        },
        {
          messageId: 'expiryIgnored',
          data: { api: jsonwebtoken, option: 'ignoreExpiration' },
          line: 3,
          column: 63,
          endLine: 3,
          endColumn: 85,
          suggestions: [],
        },
      ],
    },
    {
      name: "the string 'false' is truthy",
      code: `import jwt from 'jsonwebtoken'

jwt.verify(token, key, { ignoreExpiration: 'false' })`,
      errors: [
        {
          messageId: 'expiryIgnored',
          data: { api: jsonwebtoken, option: 'ignoreExpiration' },
          line: 3,
          column: 26,
          endLine: 3,
          endColumn: 51,
          suggestions: [
            {
              messageId: 'removeOption',
              data: { option: 'ignoreExpiration' },
              output: `import jwt from 'jsonwebtoken'

jwt.verify(token, key, {  })`,
            },
          ],
        },
      ],
    },
    {
      name: 'set after a spread, so it wins',
      code: `import jwt from 'jsonwebtoken'

jwt.verify(token, key, { ...shared, ignoreExpiration: true })`,
      errors: [
        {
          messageId: 'expiryIgnored',
          data: { api: jsonwebtoken, option: 'ignoreExpiration' },
          line: 3,
          column: 37,
          endLine: 3,
          endColumn: 59,
          suggestions: [
            {
              messageId: 'removeOption',
              data: { option: 'ignoreExpiration' },
              output: `import jwt from 'jsonwebtoken'

jwt.verify(token, key, { ...shared })`,
            },
          ],
        },
      ],
    },
  ],
})

cjsRuleTester.run(rule.name, rule, {
  assertionOptions,
  valid: [
    {
      name: 'jose v2 with safe options',
      code: `const { JWT } = require('jose')
JWT.verify(token, key, { ignoreExp: false, now: new Date(), clockTolerance: '1 min' })`,
    },
    {
      name: 'options built by a function',
      code: `const jwt = require('jsonwebtoken')
const options = buildOptions()
jwt.verify(token, key, options)`,
    },
    {
      name: 'a named callback',
      code: `const jwt = require('jsonwebtoken')
function done(err, decoded) {}
jwt.verify(token, key, done)`,
    },
  ],
  invalid: [
    {
      name: 'jose v2 ignoreExp and ignoreNbf',
      code: `const { JWT } = require('jose')

JWT.verify(token, key, { ignoreExp: true, ignoreNbf: true })`,
      errors: [
        {
          messageId: 'expiryIgnored',
          data: { api: joseLegacy, option: 'ignoreExp' },
          line: 3,
          column: 26,
          endLine: 3,
          endColumn: 41,
          suggestions: [
            {
              messageId: 'removeOption',
              data: { option: 'ignoreExp' },
              output: `const { JWT } = require('jose')

JWT.verify(token, key, { ignoreNbf: true })`,
            },
          ],
        },
        {
          messageId: 'notBeforeIgnored',
          data: { api: joseLegacy, option: 'ignoreNbf' },
          line: 3,
          column: 43,
          endLine: 3,
          endColumn: 58,
          suggestions: [
            {
              messageId: 'removeOption',
              data: { option: 'ignoreNbf' },
              output: `const { JWT } = require('jose')

JWT.verify(token, key, { ignoreExp: true })`,
            },
          ],
        },
      ],
    },
    {
      name: 'jose v2 now pinned through a const',
      code: `const jose = require('jose')

const FROZEN = new Date('2020-01-01T00:00:00Z')
jose.JWT.verify(token, key, { now: FROZEN })`,
      errors: [
        {
          messageId: 'clockPinned',
          data: { api: joseLegacy, option: 'now' },
          line: 4,
          column: 31,
          endLine: 4,
          endColumn: 42,
          suggestions: [
            {
              messageId: 'removeOption',
              data: { option: 'now' },
              output: `const jose = require('jose')

const FROZEN = new Date('2020-01-01T00:00:00Z')
jose.JWT.verify(token, key, {  })`,
            },
          ],
        },
      ],
    },
    {
      name: 'a jose duration string passed to jsonwebtoken',
      code: `const jwt = require('jsonwebtoken')

module.exports = (token) => jwt.verify(token, key, { clockTolerance: '10 minutes' })`,
      errors: [
        {
          messageId: 'clockToleranceUnbounded',
          data: { api: jsonwebtoken, option: 'clockTolerance', value: "'10 minutes'" },
          line: 3,
          column: 54,
          endLine: 3,
          endColumn: 82,
          suggestions: [
            {
              messageId: 'removeOption',
              data: { option: 'clockTolerance' },
              output: `const jwt = require('jsonwebtoken')

module.exports = (token) => jwt.verify(token, key, {  })`,
            },
          ],
        },
      ],
    },
    {
      name: 'require(...).verify with options and a callback',
      code: `require('jsonwebtoken').verify(token, key, { ignoreExpiration: true, algorithms: ['HS256'] }, onVerified)`,
      errors: [
        {
          messageId: 'expiryIgnored',
          data: { api: jsonwebtoken, option: 'ignoreExpiration' },
          line: 1,
          column: 46,
          endLine: 1,
          endColumn: 68,
          suggestions: [
            {
              messageId: 'removeOption',
              data: { option: 'ignoreExpiration' },
              output: `require('jsonwebtoken').verify(token, key, { algorithms: ['HS256'] }, onVerified)`,
            },
          ],
        },
      ],
    },
  ],
})
