/**
 * jwks-rsa: key sources (`jwksClient`, `new JwksClient`, `expressJwtSecret`,
 * `passportJwtSecret`, `koaJwtSecret`, `hapiJwt2Key`, `hapiJwt2KeyAsync`) resolved as
 * `keySource` references whose `jwksUri` option says where keys come from. They verify
 * nothing themselves: the verification rules judge the verifier that uses the key, and
 * never report the key source.
 */
import { describe, expect, it } from 'vitest'
import noAlgorithmFromHeader from '../../src/rules/no-algorithm-from-header.js'
import noDisabledExpiry from '../../src/rules/no-disabled-expiry.js'
import noIgnoredVerifyError from '../../src/rules/no-ignored-verify-error.js'
import noMixedAlgorithmFamilies from '../../src/rules/no-mixed-algorithm-families.js'
import noNoneAlgorithm from '../../src/rules/no-none-algorithm.js'
import noUnverifiedDecode from '../../src/rules/no-unverified-decode.js'
import requireAlgorithms from '../../src/rules/require-algorithms.js'
import requireAudience from '../../src/rules/require-audience.js'
import requireIssuer from '../../src/rules/require-issuer.js'
import { withAnalysis } from '../core/probe.js'
import { assertionOptions, cjsRuleTester, ruleTester } from '../rule-tester.js'

describe('jwks-rsa key sources resolve from every import form', () => {
  const keySources = (code: string, sourceType: 'module' | 'commonjs' = 'module') =>
    withAnalysis(
      code,
      (analysis) =>
        analysis.references
          .filter((reference) => reference.api.kind === 'keySource')
          .map((reference) => {
            const options = analysis.argument(reference, 'options')
            return {
              api: reference.displayName,
              uriOption: reference.api.keySourceOptions?.uri,
              options: options && analysis.sourceCode.getText(options),
            }
          }),
      { sourceType },
    )
  const client = (api: string, options: string) => ({ api, uriOption: 'jwksUri', options })

  it('default, named and namespace imports', () => {
    expect(
      keySources(`
        import jwksClient, { JwksClient, expressJwtSecret, passportJwtSecret, koaJwtSecret, hapiJwt2Key, hapiJwt2KeyAsync } from 'jwks-rsa'
        import * as jwksRsa from 'jwks-rsa'
        jwksClient(a); new JwksClient(b); expressJwtSecret(c); passportJwtSecret(d); koaJwtSecret(e)
        hapiJwt2Key(f); hapiJwt2KeyAsync(g); jwksRsa.expressJwtSecret(h)
      `),
    ).toEqual([
      client('jwks-rsa', 'a'),
      client('jwks-rsa.JwksClient', 'b'),
      client('jwks-rsa.expressJwtSecret', 'c'),
      client('jwks-rsa.passportJwtSecret', 'd'),
      client('jwks-rsa.koaJwtSecret', 'e'),
      client('jwks-rsa.hapiJwt2Key', 'f'),
      client('jwks-rsa.hapiJwt2KeyAsync', 'g'),
      client('jwks-rsa.expressJwtSecret', 'h'),
    ])
  })

  it('require, import = require and import()', () => {
    expect(
      keySources(
        `
        const jwksClient = require('jwks-rsa')
        const { passportJwtSecret } = require('jwks-rsa')
        jwksClient({ jwksUri: ISSUER + '/.well-known/jwks.json' })
        passportJwtSecret({ jwksUri, cache: true })
        require('jwks-rsa').koaJwtSecret(options)
      `,
        'commonjs',
      ),
    ).toEqual([
      client('jwks-rsa', "{ jwksUri: ISSUER + '/.well-known/jwks.json' }"),
      client('jwks-rsa.passportJwtSecret', '{ jwksUri, cache: true }'),
      client('jwks-rsa.koaJwtSecret', 'options'),
    ])
    expect(keySources(`import jwks = require('jwks-rsa'); jwks.expressJwtSecret(a)`)).toEqual([client('jwks-rsa.expressJwtSecret', 'a')])
    expect(keySources(`const { default: jwksClient } = await import('jwks-rsa'); jwksClient(a)`)).toEqual([client('jwks-rsa', 'a')])
  })

  it('a function of your own named like a provider is not one', () => {
    expect(keySources(`const expressJwtSecret = (options: object) => options; expressJwtSecret({ jwksUri: 'x' })`)).toEqual([])
  })
})

/** Typical jwks-rsa setups; none of them is a verification, so no rule reports them. */
const keySourceSetups = [
  {
    name: 'a JWKS client, and the signing key it finds for a kid',
    code: `import jwksClient from 'jwks-rsa'

const client = jwksClient({ jwksUri: 'https://tenant.example.com/.well-known/jwks.json', cache: true, rateLimit: true })
export async function publicKey(kid: string) {
  const key = await client.getSigningKey(kid)
  return key.getPublicKey()
}`,
  },
  {
    name: 'a key callback for express-jwt with every check set',
    code: `import { expressjwt } from 'express-jwt'
import { expressJwtSecret, type GetVerificationKey } from 'jwks-rsa'

export const authenticate = expressjwt({
  secret: expressJwtSecret({ jwksUri: 'https://tenant.example.com/.well-known/jwks.json', cache: true }) as GetVerificationKey,
  algorithms: ['RS256'],
  audience: 'https://api.example.com',
  issuer: 'https://tenant.example.com/',
})`,
  },
  {
    name: 'a koa key provider, built but not yet used',
    code: `import { koaJwtSecret } from 'jwks-rsa'

export const secret = koaJwtSecret({ jwksUri: 'https://tenant.example.com/.well-known/jwks.json' })`,
  },
  {
    name: 'a JwksClient constructed and prefetched without awaiting',
    code: `import { JwksClient } from 'jwks-rsa'

const client = new JwksClient({ jwksUri: process.env.JWKS_URI! })
client.getSigningKeys()`,
  },
  {
    name: 'a jsonwebtoken key callback fed by jwks-rsa, with every check set',
    code: `import jwt, { type GetPublicKeyOrSecret } from 'jsonwebtoken'
import jwksClient from 'jwks-rsa'

const client = jwksClient({ jwksUri: 'https://tenant.example.com/.well-known/jwks.json' })
const getKey: GetPublicKeyOrSecret = (header, callback) => {
  client.getSigningKey(header.kid, (error, key) => callback(error, key?.getPublicKey()))
}
export function authenticate(token: string, done: (error: Error | null, claims?: unknown) => void) {
  jwt.verify(token, getKey, { algorithms: ['RS256'], audience: 'api', issuer: 'https://tenant.example.com/' }, (error, claims) => {
    if (error) return done(error)
    done(null, claims)
  })
}`,
  },
]

ruleTester.run(noAlgorithmFromHeader.name, noAlgorithmFromHeader, { assertionOptions, valid: keySourceSetups, invalid: [] })
ruleTester.run(noDisabledExpiry.name, noDisabledExpiry, { assertionOptions, valid: keySourceSetups, invalid: [] })
ruleTester.run(noIgnoredVerifyError.name, noIgnoredVerifyError, { assertionOptions, valid: keySourceSetups, invalid: [] })
ruleTester.run(noMixedAlgorithmFamilies.name, noMixedAlgorithmFamilies, { assertionOptions, valid: keySourceSetups, invalid: [] })
ruleTester.run(noNoneAlgorithm.name, noNoneAlgorithm, { assertionOptions, valid: keySourceSetups, invalid: [] })
ruleTester.run(noUnverifiedDecode.name, noUnverifiedDecode, { assertionOptions, valid: keySourceSetups, invalid: [] })
ruleTester.run(requireAlgorithms.name, requireAlgorithms, { assertionOptions, valid: keySourceSetups, invalid: [] })
ruleTester.run(requireAudience.name, requireAudience, { assertionOptions, valid: keySourceSetups, invalid: [] })
ruleTester.run(requireIssuer.name, requireIssuer, { assertionOptions, valid: keySourceSetups, invalid: [] })

ruleTester.run(requireAlgorithms.name, requireAlgorithms, {
  assertionOptions,
  valid: [
    {
      name: 'jwksClient is not a verify call, whatever its options',
      code: `import jwksClient from 'jwks-rsa'

export const client = jwksClient({ jwksUri: 'https://tenant.example.com/.well-known/jwks.json' })`,
    },
  ],
  invalid: [
    {
      name: 'the jsonwebtoken verify that uses the jwks-rsa key is judged',
      code: `import jwt from 'jsonwebtoken'
import jwksClient from 'jwks-rsa'

const client = jwksClient({ jwksUri: 'https://tenant.example.com/.well-known/jwks.json' })
export async function authenticate(token: string, kid: string) {
  const publicKey = (await client.getSigningKey(kid)).getPublicKey()
  return jwt.verify(token, publicKey, { audience: 'api', issuer: 'https://tenant.example.com/' })
}`,
      errors: [
        {
          messageId: 'missingAlgorithms',
          data: { api: 'jsonwebtoken.verify', option: 'algorithms', history: ' In jsonwebtoken 8 and earlier that includes `none` with a falsy key and HMAC keyed with a public key (CVE-2022-23540, CVE-2022-23541); 9 still accepts every algorithm of the key type.' },
          line: 7, column: 10, endLine: 7, endColumn: 20,
          suggestions: [
            {
              messageId: 'allowOnly',
              data: { algorithm: 'RS256' },
              output: `import jwt from 'jsonwebtoken'
import jwksClient from 'jwks-rsa'

const client = jwksClient({ jwksUri: 'https://tenant.example.com/.well-known/jwks.json' })
export async function authenticate(token: string, kid: string) {
  const publicKey = (await client.getSigningKey(kid)).getPublicKey()
  return jwt.verify(token, publicKey, { audience: 'api', issuer: 'https://tenant.example.com/', algorithms: ['RS256'] })
}`,
            },
          ],
        },
      ],
    },
  ],
})

ruleTester.run(requireAudience.name, requireAudience, {
  assertionOptions,
  valid: [
    {
      name: 'a key provider has no audience to check',
      code: `import { passportJwtSecret } from 'jwks-rsa'

export const secretOrKeyProvider = passportJwtSecret({ jwksUri: 'https://tenant.example.com/.well-known/jwks.json' })`,
    },
  ],
  invalid: [
    {
      name: 'the verifier that uses the key provider is judged',
      code: `import jwt from 'jsonwebtoken'
import jwksClient from 'jwks-rsa'

const client = jwksClient({ jwksUri: 'https://tenant.example.com/.well-known/jwks.json' })
export async function authenticate(token: string, kid: string) {
  const key = await client.getSigningKey(kid)
  return jwt.verify(token, key.getPublicKey(), { algorithms: ['RS256'], issuer: 'https://tenant.example.com/' })
}`,
      errors: [
        {
          messageId: 'missingClaimCheck',
          data: { api: 'jsonwebtoken.verify', option: 'audience', claim: 'audience' },
          line: 7, column: 10, endLine: 7, endColumn: 20,
        },
      ],
    },
  ],
})

cjsRuleTester.run(requireIssuer.name, requireIssuer, {
  assertionOptions,
  valid: [
    {
      name: 'CommonJS: a key provider has no issuer to check',
      code: `const jwksRsa = require('jwks-rsa')

module.exports = jwksRsa.expressJwtSecret({ jwksUri: 'https://tenant.example.com/.well-known/jwks.json' })`,
    },
  ],
  invalid: [
    {
      name: 'CommonJS: the verifier is judged',
      code: `const jwt = require('jsonwebtoken')
const jwksClient = require('jwks-rsa')

const client = jwksClient({ jwksUri: 'https://tenant.example.com/.well-known/jwks.json' })
module.exports = async (token, kid) => jwt.verify(token, (await client.getSigningKey(kid)).getPublicKey(), { algorithms: ['RS256'], audience: 'api' })`,
      errors: [
        {
          messageId: 'missingClaimCheck',
          data: { api: 'jsonwebtoken.verify', option: 'issuer', claim: 'issuer' },
          line: 5, column: 40, endLine: 5, endColumn: 50,
        },
      ],
    },
  ],
})
