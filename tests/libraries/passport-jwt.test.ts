/**
 * passport-jwt 4: `new Strategy(options, verify)`, or a subclass whose
 * constructor calls `super(options)`, directly or through NestJS's
 * `PassportStrategy(Strategy)` mixin. passport-jwt overwrites `audience`,
 * `issuer`, `algorithms` and `ignoreExpiration` of `jsonWebTokenOptions` with
 * the top-level values.
 */
import noDisabledExpiry from '../../src/rules/no-disabled-expiry.js'
import noMixedAlgorithmFamilies from '../../src/rules/no-mixed-algorithm-families.js'
import noNoneAlgorithm from '../../src/rules/no-none-algorithm.js'
import requireAlgorithms from '../../src/rules/require-algorithms.js'
import requireAudience from '../../src/rules/require-audience.js'
import requireIssuer from '../../src/rules/require-issuer.js'
import { assertionOptions, cjsRuleTester, ruleTester } from '../rule-tester.js'

const api = 'passport-jwt.Strategy'
const history =
  ' passport-jwt 4.0.0 and earlier ran on jsonwebtoken 8, which accepts `none` when a `secretOrKeyProvider` yields no key (CVE-2022-23540).'
const missingAlgorithms = { api, option: 'algorithms', history }
const overridden = { api, option: 'algorithms', nested: 'jsonWebTokenOptions', library: 'passport-jwt' }

ruleTester.run(`passport-jwt: ${requireAlgorithms.name}`, requireAlgorithms, {
  assertionOptions,
  valid: [
    {
      name: 'new Strategy with an allow-list',
      code: `
import { Strategy as JwtStrategy, ExtractJwt } from 'passport-jwt'
passport.use(new JwtStrategy({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: publicKey, algorithms: ['RS256'] }, verify))
`,
    },
    {
      name: 'NestJS strategy with an allow-list',
      code: `
import { Injectable } from '@nestjs/common'
import { PassportStrategy } from '@nestjs/passport'
import { ExtractJwt, Strategy } from 'passport-jwt'

@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy) {
  constructor(config: ConfigService) {
    super({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: config.get('JWT_PUBLIC_KEY'), algorithms: ['RS256'] })
  }
  validate(payload: JwtPayload) {
    return { userId: payload.sub }
  }
}
`,
    },
    {
      name: 'the README form: an options object filled in after its declaration',
      code: `
import { Strategy as JwtStrategy, ExtractJwt } from 'passport-jwt'
const opts: Record<string, unknown> = {}
opts.jwtFromRequest = ExtractJwt.fromAuthHeaderAsBearerToken()
opts.secretOrKey = 'secret'
passport.use(new JwtStrategy(opts, (payload, done) => done(null, payload)))
`,
    },
    {
      name: 'NestJS strategy with options from configuration',
      code: `
import { PassportStrategy } from '@nestjs/passport'
import { Strategy } from 'passport-jwt'
export class JwtStrategy extends PassportStrategy(Strategy) {
  constructor(config: ConfigService) {
    super(config.get('auth.strategy'))
  }
}
`,
    },
    {
      name: 'NestJS strategy of another passport library',
      code: `
import { PassportStrategy } from '@nestjs/passport'
import { Strategy } from 'passport-local'
export class LocalStrategy extends PassportStrategy(Strategy) {
  constructor() {
    super({ usernameField: 'email' })
  }
}
`,
    },
    {
      name: 'a local class called Strategy',
      code: `
class Strategy {
  constructor(readonly options: object, readonly verify: Function) {}
}
passport.use(new Strategy({ secretOrKey: 'x' }, verify))
`,
    },
    {
      name: 'both top level and nested allow-lists',
      code: `
import { Strategy } from 'passport-jwt'
passport.use(new Strategy({ secretOrKey: key, algorithms: ['HS256'], jsonWebTokenOptions: { algorithms: ['HS256'], maxAge: '1h' } }, verify))
`,
    },
  ],
  invalid: [
    {
      name: 'new Strategy without an allow-list',
      code: `
import { Strategy as JwtStrategy, ExtractJwt } from 'passport-jwt'
passport.use(new JwtStrategy({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: publicKey }, verify))
`,
      errors: [
        {
          messageId: 'missingAlgorithms',
          data: missingAlgorithms,
          line: 3, column: 18, endLine: 3, endColumn: 29,
          suggestions: [
            {
              messageId: 'allowOnly',
              data: { algorithm: 'HS256' },
              output: `
import { Strategy as JwtStrategy, ExtractJwt } from 'passport-jwt'
passport.use(new JwtStrategy({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: publicKey, algorithms: ['HS256'] }, verify))
`,
            },
            {
              messageId: 'allowOnly',
              data: { algorithm: 'RS256' },
              output: `
import { Strategy as JwtStrategy, ExtractJwt } from 'passport-jwt'
passport.use(new JwtStrategy({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: publicKey, algorithms: ['RS256'] }, verify))
`,
            },
          ],
        },
      ],
    },
    {
      name: 'the NestJS documentation strategy',
      code: `
import { ExtractJwt, Strategy } from 'passport-jwt'
import { PassportStrategy } from '@nestjs/passport'
import { Injectable } from '@nestjs/common'

@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy) {
  constructor() {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      ignoreExpiration: false,
      secretOrKey: jwtConstants.secret,
    })
  }

  async validate(payload: any) {
    return { userId: payload.sub, username: payload.username }
  }
}
`,
      errors: [
        {
          messageId: 'missingAlgorithms',
          data: missingAlgorithms,
          line: 9, column: 5, endLine: 9, endColumn: 10,
          suggestions: [
            {
              messageId: 'allowOnly',
              data: { algorithm: 'HS256' },
              output: `
import { ExtractJwt, Strategy } from 'passport-jwt'
import { PassportStrategy } from '@nestjs/passport'
import { Injectable } from '@nestjs/common'

@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy) {
  constructor() {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      ignoreExpiration: false,
      secretOrKey: jwtConstants.secret, algorithms: ['HS256'],
    })
  }

  async validate(payload: any) {
    return { userId: payload.sub, username: payload.username }
  }
}
`,
            },
            {
              messageId: 'allowOnly',
              data: { algorithm: 'RS256' },
              output: `
import { ExtractJwt, Strategy } from 'passport-jwt'
import { PassportStrategy } from '@nestjs/passport'
import { Injectable } from '@nestjs/common'

@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy) {
  constructor() {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      ignoreExpiration: false,
      secretOrKey: jwtConstants.secret, algorithms: ['RS256'],
    })
  }

  async validate(payload: any) {
    return { userId: payload.sub, username: payload.username }
  }
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'a named NestJS strategy with passReqToCallback',
      code: `
import { PassportStrategy } from '@nestjs/passport'
import { Strategy } from 'passport-jwt'
export class RefreshStrategy extends PassportStrategy(Strategy, 'jwt-refresh') {
  constructor(private readonly config: ConfigService) {
    super({ jwtFromRequest: fromCookie, secretOrKey: config.get('REFRESH_SECRET'), passReqToCallback: true })
  }
}
`,
      errors: [
        {
          messageId: 'missingAlgorithms',
          data: missingAlgorithms,
          line: 6, column: 5, endLine: 6, endColumn: 10,
          suggestions: [
            {
              messageId: 'allowOnly',
              data: { algorithm: 'HS256' },
              output: `
import { PassportStrategy } from '@nestjs/passport'
import { Strategy } from 'passport-jwt'
export class RefreshStrategy extends PassportStrategy(Strategy, 'jwt-refresh') {
  constructor(private readonly config: ConfigService) {
    super({ jwtFromRequest: fromCookie, secretOrKey: config.get('REFRESH_SECRET'), passReqToCallback: true, algorithms: ['HS256'] })
  }
}
`,
            },
            {
              messageId: 'allowOnly',
              data: { algorithm: 'RS256' },
              output: `
import { PassportStrategy } from '@nestjs/passport'
import { Strategy } from 'passport-jwt'
export class RefreshStrategy extends PassportStrategy(Strategy, 'jwt-refresh') {
  constructor(private readonly config: ConfigService) {
    super({ jwtFromRequest: fromCookie, secretOrKey: config.get('REFRESH_SECRET'), passReqToCallback: true, algorithms: ['RS256'] })
  }
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'the allow-list only inside jsonWebTokenOptions, which passport-jwt overwrites',
      code: `
import { Strategy } from 'passport-jwt'
passport.use(new Strategy({ secretOrKey: publicKey, jsonWebTokenOptions: { algorithms: ['RS256'], maxAge: '2h' } }, verify))
`,
      errors: [{ messageId: 'overriddenAlgorithms', data: overridden, line: 3, column: 76, endLine: 3, endColumn: 97 }],
    },
    {
      name: 'namespace import, options in a constant',
      code: `
import * as passportJwt from 'passport-jwt'
const options = { jwtFromRequest: passportJwt.ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: publicKey }
passport.use('jwt', new passportJwt.Strategy(options, verify))
`,
      errors: [{ messageId: 'missingAlgorithms', data: missingAlgorithms, line: 4, column: 25, endLine: 4, endColumn: 45 }],
    },
    {
      name: 'a direct subclass',
      code: `
import { Strategy } from 'passport-jwt'
export class ApiStrategy extends Strategy {
  constructor() {
    super({ jwtFromRequest, secretOrKeyProvider }, (payload, done) => done(null, payload))
  }
}
`,
      errors: [
        {
          messageId: 'missingAlgorithms',
          data: missingAlgorithms,
          line: 5, column: 5, endLine: 5, endColumn: 10,
          suggestions: [
            {
              messageId: 'allowOnly',
              data: { algorithm: 'HS256' },
              output: `
import { Strategy } from 'passport-jwt'
export class ApiStrategy extends Strategy {
  constructor() {
    super({ jwtFromRequest, secretOrKeyProvider, algorithms: ['HS256'] }, (payload, done) => done(null, payload))
  }
}
`,
            },
            {
              messageId: 'allowOnly',
              data: { algorithm: 'RS256' },
              output: `
import { Strategy } from 'passport-jwt'
export class ApiStrategy extends Strategy {
  constructor() {
    super({ jwtFromRequest, secretOrKeyProvider, algorithms: ['RS256'] }, (payload, done) => done(null, payload))
  }
}
`,
            },
          ],
        },
      ],
    },
  ],
})

cjsRuleTester.run(`passport-jwt (CommonJS): ${requireAlgorithms.name}`, requireAlgorithms, {
  assertionOptions,
  valid: [
    {
      name: 'destructured require with an allow-list',
      code: `
const { Strategy, ExtractJwt } = require('passport-jwt')
passport.use(new Strategy({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey, algorithms: ['HS256'] }, verify))
`,
    },
  ],
  invalid: [
    {
      name: 'the README require form with inline options',
      code: `
var JwtStrategy = require('passport-jwt').Strategy,
    ExtractJwt = require('passport-jwt').ExtractJwt
passport.use(new JwtStrategy({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: 'secret' }, function (jwt_payload, done) {
  User.findOne({ id: jwt_payload.sub }, done)
}))
`,
      errors: [
        {
          messageId: 'missingAlgorithms',
          data: missingAlgorithms,
          line: 4, column: 18, endLine: 4, endColumn: 29,
          suggestions: [
            {
              messageId: 'allowOnly',
              data: { algorithm: 'HS256' },
              output: `
var JwtStrategy = require('passport-jwt').Strategy,
    ExtractJwt = require('passport-jwt').ExtractJwt
passport.use(new JwtStrategy({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: 'secret', algorithms: ['HS256'] }, function (jwt_payload, done) {
  User.findOne({ id: jwt_payload.sub }, done)
}))
`,
            },
            {
              messageId: 'allowOnly',
              data: { algorithm: 'RS256' },
              output: `
var JwtStrategy = require('passport-jwt').Strategy,
    ExtractJwt = require('passport-jwt').ExtractJwt
passport.use(new JwtStrategy({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: 'secret', algorithms: ['RS256'] }, function (jwt_payload, done) {
  User.findOne({ id: jwt_payload.sub }, done)
}))
`,
            },
          ],
        },
      ],
    },
    {
      name: 'a subclass of a destructured require',
      code: `
const { Strategy } = require('passport-jwt')
class ApiStrategy extends Strategy {
  constructor() {
    super({ jwtFromRequest, secretOrKey, jsonWebTokenOptions: { algorithms: ['HS256'] } }, verify)
  }
}
`,
      errors: [{ messageId: 'overriddenAlgorithms', data: overridden, line: 5, column: 65, endLine: 5, endColumn: 86 }],
    },
  ],
})

ruleTester.run(`passport-jwt: ${noNoneAlgorithm.name}`, noNoneAlgorithm, {
  assertionOptions,
  valid: [
    {
      name: 'a real allow-list',
      code: `
import { Strategy } from 'passport-jwt'
passport.use(new Strategy({ secretOrKey: publicKey, algorithms: ['RS256'] }, verify))
`,
    },
    {
      name: 'none inside jsonWebTokenOptions is overwritten by the top-level list',
      code: `
import { Strategy } from 'passport-jwt'
passport.use(new Strategy({ secretOrKey: publicKey, algorithms: ['RS256'], jsonWebTokenOptions: { algorithms: ['none'] } }, verify))
`,
    },
    {
      name: 'no allow-list: passport-jwt refuses a falsy secretOrKey',
      code: `
import { Strategy } from 'passport-jwt'
passport.use(new Strategy({ jwtFromRequest, secretOrKey: process.env.JWT_SECRET ?? '' }, verify))
`,
    },
    {
      name: 'an allow-list from another module',
      code: `
import { PassportStrategy } from '@nestjs/passport'
import { Strategy } from 'passport-jwt'
import { ALGORITHMS } from './auth.constants'
export class JwtStrategy extends PassportStrategy(Strategy) {
  constructor() {
    super({ jwtFromRequest, secretOrKey, algorithms: ALGORITHMS })
  }
}
`,
    },
    {
      name: 'none on an unrelated object',
      code: `
import { Strategy } from 'passport-jwt'
const labels = { algorithms: ['none'] }
passport.use(new Strategy({ secretOrKey, algorithms: ['HS256'] }, verify))
`,
    },
    {
      name: 'another passport strategy',
      code: `
import { Strategy } from 'passport-custom'
passport.use('jwt', new Strategy({ algorithms: ['none'] }))
`,
    },
  ],
  invalid: [
    {
      name: 'new Strategy',
      code: `
import { Strategy as JwtStrategy } from 'passport-jwt'
passport.use(new JwtStrategy({ secretOrKeyProvider, algorithms: ['RS256', 'none'] }, verify))
`,
      errors: [
        {
          messageId: 'noneAccepted',
          data: { api, value: 'none', option: 'algorithms' },
          line: 3, column: 75, endLine: 3, endColumn: 81,
          suggestions: [
            {
              messageId: 'removeNone',
              data: { value: 'none' },
              output: `
import { Strategy as JwtStrategy } from 'passport-jwt'
passport.use(new JwtStrategy({ secretOrKeyProvider, algorithms: ['RS256'] }, verify))
`,
            },
          ],
        },
      ],
    },
    {
      name: 'NestJS strategy',
      code: `
import { PassportStrategy } from '@nestjs/passport'
import { Strategy } from 'passport-jwt'
export class JwtStrategy extends PassportStrategy(Strategy) {
  constructor() {
    super({ jwtFromRequest, secretOrKeyProvider, algorithms: ['none'] })
  }
}
`,
      errors: [
        {
          messageId: 'noneAccepted',
          data: { api, value: 'none', option: 'algorithms' },
          line: 6, column: 63, endLine: 6, endColumn: 69,
          suggestions: [
            {
              messageId: 'removeNone',
              data: { value: 'none' },
              output: `
import { PassportStrategy } from '@nestjs/passport'
import { Strategy } from 'passport-jwt'
export class JwtStrategy extends PassportStrategy(Strategy) {
  constructor() {
    super({ jwtFromRequest, secretOrKeyProvider, algorithms: [] })
  }
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'an options constant',
      code: `
import * as passportJwt from 'passport-jwt'
const options = { jwtFromRequest, secretOrKeyProvider, algorithms: ['none', 'HS256'] }
passport.use(new passportJwt.Strategy(options, verify))
`,
      errors: [
        {
          messageId: 'noneAccepted',
          data: { api, value: 'none', option: 'algorithms' },
          line: 3, column: 69, endLine: 3, endColumn: 75,
          suggestions: [
            {
              messageId: 'removeNone',
              data: { value: 'none' },
              output: `
import * as passportJwt from 'passport-jwt'
const options = { jwtFromRequest, secretOrKeyProvider, algorithms: ['HS256'] }
passport.use(new passportJwt.Strategy(options, verify))
`,
            },
          ],
        },
      ],
    },
    {
      name: 'a direct subclass with a conditional list',
      code: `
import { Strategy } from 'passport-jwt'
class TestStrategy extends Strategy {
  constructor(test: boolean) {
    super({ jwtFromRequest, secretOrKeyProvider, algorithms: test ? ['none'] : ['HS256'] }, verify)
  }
}
`,
      errors: [
        {
          messageId: 'noneAccepted',
          data: { api, value: 'none', option: 'algorithms' },
          line: 5, column: 70, endLine: 5, endColumn: 76,
          suggestions: [
            {
              messageId: 'removeNone',
              data: { value: 'none' },
              output: `
import { Strategy } from 'passport-jwt'
class TestStrategy extends Strategy {
  constructor(test: boolean) {
    super({ jwtFromRequest, secretOrKeyProvider, algorithms: test ? [] : ['HS256'] }, verify)
  }
}
`,
            },
          ],
        },
      ],
    },
  ],
})

cjsRuleTester.run(`passport-jwt (CommonJS): ${noNoneAlgorithm.name}`, noNoneAlgorithm, {
  assertionOptions,
  valid: [
    {
      name: 'the README require form with a real list',
      code: `
var JwtStrategy = require('passport-jwt').Strategy
passport.use(new JwtStrategy({ jwtFromRequest, secretOrKey, algorithms: ['HS256'] }, verify))
`,
    },
  ],
  invalid: [
    {
      name: 'the README require form',
      code: `
var JwtStrategy = require('passport-jwt').Strategy
passport.use(new JwtStrategy({ jwtFromRequest, secretOrKeyProvider, algorithms: ['HS256', 'none'] }, verify))
`,
      errors: [
        {
          messageId: 'noneAccepted',
          data: { api, value: 'none', option: 'algorithms' },
          line: 3, column: 91, endLine: 3, endColumn: 97,
          suggestions: [
            {
              messageId: 'removeNone',
              data: { value: 'none' },
              output: `
var JwtStrategy = require('passport-jwt').Strategy
passport.use(new JwtStrategy({ jwtFromRequest, secretOrKeyProvider, algorithms: ['HS256'] }, verify))
`,
            },
          ],
        },
      ],
    },
    {
      name: 'destructured require',
      code: `
const { Strategy } = require('passport-jwt')
passport.use(new Strategy({ jwtFromRequest, secretOrKeyProvider, algorithms: ['none'] }, verify))
`,
      errors: [
        {
          messageId: 'noneAccepted',
          data: { api, value: 'none', option: 'algorithms' },
          line: 3, column: 79, endLine: 3, endColumn: 85,
          suggestions: [
            {
              messageId: 'removeNone',
              data: { value: 'none' },
              output: `
const { Strategy } = require('passport-jwt')
passport.use(new Strategy({ jwtFromRequest, secretOrKeyProvider, algorithms: [] }, verify))
`,
            },
          ],
        },
      ],
    },
  ],
})

ruleTester.run(`passport-jwt: ${noMixedAlgorithmFamilies.name}`, noMixedAlgorithmFamilies, {
  assertionOptions,
  valid: [
    {
      name: 'HMAC only',
      code: `
import { Strategy } from 'passport-jwt'
passport.use(new Strategy({ secretOrKey, algorithms: ['HS256', 'HS512'] }, verify))
`,
    },
    {
      name: 'asymmetric only, in a NestJS strategy',
      code: `
import { PassportStrategy } from '@nestjs/passport'
import { Strategy } from 'passport-jwt'
export class JwtStrategy extends PassportStrategy(Strategy) {
  constructor() {
    super({ jwtFromRequest, secretOrKeyProvider, algorithms: ['RS256', 'ES256'] })
  }
}
`,
    },
    {
      name: 'a mixed list inside jsonWebTokenOptions is overwritten by the top-level list',
      code: `
import { Strategy } from 'passport-jwt'
passport.use(new Strategy({ secretOrKey, algorithms: ['HS256'], jsonWebTokenOptions: { algorithms: ['HS256', 'RS256'] } }, verify))
`,
    },
    {
      name: 'one strategy per key',
      code: `
import { Strategy } from 'passport-jwt'
passport.use('internal', new Strategy({ secretOrKey: sharedSecret, algorithms: ['HS256'] }, verify))
passport.use('partner', new Strategy({ secretOrKey: partnerPublicKey, algorithms: ['RS256'] }, verify))
`,
    },
    {
      name: 'one family per branch',
      code: `
import { Strategy } from 'passport-jwt'
passport.use(new Strategy({ secretOrKey: key, algorithms: useRsa ? ['RS256'] : ['HS256'] }, verify))
`,
    },
    {
      name: 'a mixed list on an unrelated object',
      code: `
import { Strategy } from 'passport-jwt'
const metadata = { algorithms: ['HS256', 'RS256'] }
passport.use(new Strategy({ secretOrKey, algorithms: ['HS256'] }, verify))
`,
    },
  ],
  invalid: [
    {
      name: 'new Strategy',
      code: `
import { Strategy as JwtStrategy } from 'passport-jwt'
passport.use(new JwtStrategy({ secretOrKeyProvider, algorithms: ['HS256', 'RS256'] }, verify))
`,
      errors: [
        {
          messageId: 'mixedFamilies',
          data: { api, option: 'algorithms', hmac: '`HS256`', asymmetric: '`RS256`' },
          line: 3, column: 65, endLine: 3, endColumn: 83,
        },
      ],
    },
    {
      name: 'NestJS strategy',
      code: `
import { PassportStrategy } from '@nestjs/passport'
import { Strategy } from 'passport-jwt'
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor() {
    super({ jwtFromRequest, secretOrKeyProvider, algorithms: ['ES256', 'HS256'] })
  }
}
`,
      errors: [
        {
          messageId: 'mixedFamilies',
          data: { api, option: 'algorithms', hmac: '`HS256`', asymmetric: '`ES256`' },
          line: 6, column: 62, endLine: 6, endColumn: 80,
        },
      ],
    },
    {
      name: 'a constant list',
      code: `
import * as passportJwt from 'passport-jwt'
const ALGORITHMS = ['RS256', 'HS384']
passport.use(new passportJwt.Strategy({ secretOrKeyProvider, algorithms: ALGORITHMS }, verify))
`,
      errors: [
        {
          messageId: 'mixedFamilies',
          data: { api, option: 'algorithms', hmac: '`HS384`', asymmetric: '`RS256`' },
          line: 4, column: 74, endLine: 4, endColumn: 84,
        },
      ],
    },
    {
      name: 'a direct subclass with a spread',
      code: `
import { Strategy } from 'passport-jwt'
const RSA = ['RS256', 'PS256']
class ApiStrategy extends Strategy {
  constructor() {
    super({ secretOrKeyProvider, algorithms: [...RSA, 'HS256'] }, verify)
  }
}
`,
      errors: [
        {
          messageId: 'mixedFamilies',
          data: { api, option: 'algorithms', hmac: '`HS256`', asymmetric: '`RS256`, `PS256`' },
          line: 6, column: 46, endLine: 6, endColumn: 63,
        },
      ],
    },
  ],
})

cjsRuleTester.run(`passport-jwt (CommonJS): ${noMixedAlgorithmFamilies.name}`, noMixedAlgorithmFamilies, {
  assertionOptions,
  valid: [
    {
      name: 'destructured require, one family',
      code: `
const { Strategy } = require('passport-jwt')
passport.use(new Strategy({ secretOrKey, algorithms: ['ES256', 'ES384'] }, verify))
`,
    },
  ],
  invalid: [
    {
      name: 'the README require form',
      code: `
var JwtStrategy = require('passport-jwt').Strategy
passport.use(new JwtStrategy({ secretOrKey, algorithms: ['HS256', 'RS256'] }, verify))
`,
      errors: [
        {
          messageId: 'mixedFamilies',
          data: { api, option: 'algorithms', hmac: '`HS256`', asymmetric: '`RS256`' },
          line: 3, column: 57, endLine: 3, endColumn: 75,
        },
      ],
    },
    {
      name: 'a subclass of a required class',
      code: `
const JwtStrategy = require('passport-jwt').Strategy
class ApiStrategy extends JwtStrategy {
  constructor() {
    super({ secretOrKeyProvider, algorithms: ['RS256', 'HS512'] }, verify)
  }
}
`,
      errors: [
        {
          messageId: 'mixedFamilies',
          data: { api, option: 'algorithms', hmac: '`HS512`', asymmetric: '`RS256`' },
          line: 5, column: 46, endLine: 5, endColumn: 64,
        },
      ],
    },
  ],
})

ruleTester.run(`passport-jwt: ${requireAudience.name}`, requireAudience, {
  assertionOptions,
  valid: [
    {
      name: 'new Strategy with audience',
      code: `
import { Strategy } from 'passport-jwt'
passport.use(new Strategy({ jwtFromRequest, secretOrKey, algorithms: ['HS256'], audience: 'https://api.example.com' }, verify))
`,
    },
    {
      name: 'NestJS strategy with audience from configuration',
      code: `
import { PassportStrategy } from '@nestjs/passport'
import { Strategy } from 'passport-jwt'
export class JwtStrategy extends PassportStrategy(Strategy) {
  constructor(config: ConfigService) {
    super({ jwtFromRequest, secretOrKey, algorithms: ['HS256'], audience: config.get('JWT_AUDIENCE') })
  }
}
`,
    },
    {
      name: 'audience at the top level and inside jsonWebTokenOptions',
      code: `
import { Strategy } from 'passport-jwt'
passport.use(new Strategy({ secretOrKey, audience: 'https://api.example.com', jsonWebTokenOptions: { audience: 'https://api.example.com' } }, verify))
`,
    },
    {
      name: 'the README form: audience set after the declaration',
      code: `
import { Strategy as JwtStrategy } from 'passport-jwt'
const opts: Record<string, unknown> = {}
opts.secretOrKey = 'secret'
opts.audience = 'https://api.example.com'
passport.use(new JwtStrategy(opts, verify))
`,
    },
    {
      name: 'options spread in from another module',
      code: `
import { Strategy } from 'passport-jwt'
import { jwtClaims } from './auth.config'
passport.use(new Strategy({ secretOrKey, ...jwtClaims }, verify))
`,
    },
    {
      name: 'another passport strategy with the same option names',
      code: `
import { Strategy } from 'passport-azure-ad-oauth2'
passport.use(new Strategy({ clientID, audience: '' }, verify))
`,
    },
  ],
  invalid: [
    {
      name: 'new Strategy without audience',
      code: `
import { Strategy as JwtStrategy } from 'passport-jwt'
passport.use(new JwtStrategy({ jwtFromRequest, secretOrKey, algorithms: ['HS256'] }, verify))
`,
      errors: [{ messageId: 'missingClaimCheck', data: { api, option: 'audience', claim: 'audience' }, line: 3, column: 18, endLine: 3, endColumn: 29 }],
    },
    {
      name: 'NestJS strategy without audience',
      code: `
import { PassportStrategy } from '@nestjs/passport'
import { Strategy } from 'passport-jwt'
export class JwtStrategy extends PassportStrategy(Strategy) {
  constructor() {
    super({ jwtFromRequest, secretOrKey, algorithms: ['HS256'] })
  }
}
`,
      errors: [{ messageId: 'missingClaimCheck', data: { api, option: 'audience', claim: 'audience' }, line: 6, column: 5, endLine: 6, endColumn: 10 }],
    },
    {
      name: 'audience only inside jsonWebTokenOptions, which passport-jwt overwrites',
      code: `
import { Strategy } from 'passport-jwt'
passport.use(new Strategy({ secretOrKey, algorithms: ['HS256'], jsonWebTokenOptions: { audience: 'https://api.example.com', maxAge: '1d' } }, verify))
`,
      errors: [
        {
          messageId: 'overriddenClaimCheck',
          data: { api, option: 'audience', claim: 'audience', nested: 'jsonWebTokenOptions', library: 'passport-jwt' },
          line: 3, column: 88, endLine: 3, endColumn: 123,
        },
      ],
    },
    {
      name: 'audience set to an empty string in a NestJS strategy',
      code: `
import { PassportStrategy } from '@nestjs/passport'
import { Strategy } from 'passport-jwt'
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor() {
    super({ jwtFromRequest, secretOrKey, algorithms: ['HS256'], audience: '' })
  }
}
`,
      errors: [{ messageId: 'emptyClaimCheck', data: { api, option: 'audience', claim: 'audience', value: `''` }, line: 6, column: 75, endLine: 6, endColumn: 77 }],
    },
    {
      name: 'a direct subclass without audience',
      code: `
import * as passportJwt from 'passport-jwt'
class ApiStrategy extends passportJwt.Strategy {
  constructor() {
    super({ jwtFromRequest, secretOrKey, algorithms: ['HS256'] }, verify)
  }
}
`,
      errors: [{ messageId: 'missingClaimCheck', data: { api, option: 'audience', claim: 'audience' }, line: 5, column: 5, endLine: 5, endColumn: 10 }],
    },
  ],
})

cjsRuleTester.run(`passport-jwt (CommonJS): ${requireAudience.name}`, requireAudience, {
  assertionOptions,
  valid: [
    {
      name: 'the README require form with audience',
      code: `
var JwtStrategy = require('passport-jwt').Strategy
passport.use(new JwtStrategy({ jwtFromRequest, secretOrKey, audience: 'https://api.example.com' }, verify))
`,
    },
  ],
  invalid: [
    {
      name: 'destructured require without audience',
      code: `
const { Strategy, ExtractJwt } = require('passport-jwt')
passport.use(new Strategy({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey }, verify))
`,
      errors: [{ messageId: 'missingClaimCheck', data: { api, option: 'audience', claim: 'audience' }, line: 3, column: 18, endLine: 3, endColumn: 26 }],
    },
  ],
})

ruleTester.run(`passport-jwt: ${requireIssuer.name}`, requireIssuer, {
  assertionOptions,
  valid: [
    {
      name: 'new Strategy with issuer',
      code: `
import { Strategy } from 'passport-jwt'
passport.use(new Strategy({ jwtFromRequest, secretOrKey, algorithms: ['HS256'], issuer: 'https://auth.example.com/' }, verify))
`,
    },
    {
      name: 'NestJS strategy with issuer from configuration',
      code: `
import { PassportStrategy } from '@nestjs/passport'
import { Strategy } from 'passport-jwt'
export class JwtStrategy extends PassportStrategy(Strategy) {
  constructor(config: ConfigService) {
    super({ jwtFromRequest, secretOrKey, algorithms: ['HS256'], issuer: config.get('JWT_ISSUER') })
  }
}
`,
    },
    {
      name: 'issuer at the top level and inside jsonWebTokenOptions',
      code: `
import { Strategy } from 'passport-jwt'
passport.use(new Strategy({ secretOrKey, issuer: 'https://auth.example.com/', jsonWebTokenOptions: { issuer: 'https://auth.example.com/' } }, verify))
`,
    },
    {
      name: 'the README form: issuer set after the declaration',
      code: `
import { Strategy as JwtStrategy } from 'passport-jwt'
const opts: Record<string, unknown> = {}
opts.secretOrKey = 'secret'
opts.issuer = 'https://auth.example.com/'
passport.use(new JwtStrategy(opts, verify))
`,
    },
    {
      name: 'options spread in from another module',
      code: `
import { Strategy } from 'passport-jwt'
import { jwtClaims } from './auth.config'
passport.use(new Strategy({ secretOrKey, ...jwtClaims }, verify))
`,
    },
    {
      name: 'another passport strategy with the same option names',
      code: `
import { Strategy } from 'passport-azure-ad-oauth2'
passport.use(new Strategy({ clientID, issuer: '' }, verify))
`,
    },
  ],
  invalid: [
    {
      name: 'new Strategy without issuer',
      code: `
import { Strategy as JwtStrategy } from 'passport-jwt'
passport.use(new JwtStrategy({ jwtFromRequest, secretOrKey, algorithms: ['HS256'] }, verify))
`,
      errors: [{ messageId: 'missingClaimCheck', data: { api, option: 'issuer', claim: 'issuer' }, line: 3, column: 18, endLine: 3, endColumn: 29 }],
    },
    {
      name: 'NestJS strategy without issuer',
      code: `
import { PassportStrategy } from '@nestjs/passport'
import { Strategy } from 'passport-jwt'
export class JwtStrategy extends PassportStrategy(Strategy) {
  constructor() {
    super({ jwtFromRequest, secretOrKey, algorithms: ['HS256'] })
  }
}
`,
      errors: [{ messageId: 'missingClaimCheck', data: { api, option: 'issuer', claim: 'issuer' }, line: 6, column: 5, endLine: 6, endColumn: 10 }],
    },
    {
      name: 'issuer only inside jsonWebTokenOptions, which passport-jwt overwrites',
      code: `
import { Strategy } from 'passport-jwt'
passport.use(new Strategy({ secretOrKey, algorithms: ['HS256'], jsonWebTokenOptions: { issuer: 'https://auth.example.com/', maxAge: '1d' } }, verify))
`,
      errors: [
        {
          messageId: 'overriddenClaimCheck',
          data: { api, option: 'issuer', claim: 'issuer', nested: 'jsonWebTokenOptions', library: 'passport-jwt' },
          line: 3, column: 88, endLine: 3, endColumn: 123,
        },
      ],
    },
    {
      name: 'issuer set to an empty string in a NestJS strategy',
      code: `
import { PassportStrategy } from '@nestjs/passport'
import { Strategy } from 'passport-jwt'
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor() {
    super({ jwtFromRequest, secretOrKey, algorithms: ['HS256'], issuer: '' })
  }
}
`,
      errors: [{ messageId: 'emptyClaimCheck', data: { api, option: 'issuer', claim: 'issuer', value: `''` }, line: 6, column: 73, endLine: 6, endColumn: 75 }],
    },
    {
      name: 'a direct subclass without issuer',
      code: `
import * as passportJwt from 'passport-jwt'
class ApiStrategy extends passportJwt.Strategy {
  constructor() {
    super({ jwtFromRequest, secretOrKey, algorithms: ['HS256'] }, verify)
  }
}
`,
      errors: [{ messageId: 'missingClaimCheck', data: { api, option: 'issuer', claim: 'issuer' }, line: 5, column: 5, endLine: 5, endColumn: 10 }],
    },
  ],
})

cjsRuleTester.run(`passport-jwt (CommonJS): ${requireIssuer.name}`, requireIssuer, {
  assertionOptions,
  valid: [
    {
      name: 'the README require form with issuer',
      code: `
var JwtStrategy = require('passport-jwt').Strategy
passport.use(new JwtStrategy({ jwtFromRequest, secretOrKey, issuer: 'https://auth.example.com/' }, verify))
`,
    },
  ],
  invalid: [
    {
      name: 'destructured require without issuer',
      code: `
const { Strategy, ExtractJwt } = require('passport-jwt')
passport.use(new Strategy({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey }, verify))
`,
      errors: [{ messageId: 'missingClaimCheck', data: { api, option: 'issuer', claim: 'issuer' }, line: 3, column: 18, endLine: 3, endColumn: 26 }],
    },
  ],
})

ruleTester.run(`passport-jwt: ${requireIssuer.name} (value types)`, requireIssuer, {
  assertionOptions,
  valid: [
    {
      name: 'an array of issuers',
      code: `
import { Strategy } from 'passport-jwt'
passport.use(new Strategy({ secretOrKey, issuer: ['https://a.example.com/', 'https://b.example.com/'] }, verify))
`,
    },
  ],
  invalid: [
    {
      name: 'a RegExp issuer, which jsonwebtoken skips',
      code: `
import { Strategy } from 'passport-jwt'
passport.use(new Strategy({ secretOrKey, issuer: /auth\\.example\\.com/ }, verify))
`,
      errors: [
        {
          messageId: 'ignoredClaimCheck',
          data: { api, option: 'issuer', claim: 'issuer', value: '/auth\\.example\\.com/', accepted: 'a string or an array' },
          line: 3, column: 50, endLine: 3, endColumn: 70,
        },
      ],
    },
  ],
})

ruleTester.run(`passport-jwt: ${noDisabledExpiry.name}`, noDisabledExpiry, {
  assertionOptions,
  valid: [
    {
      name: 'the NestJS documentation value',
      code: `
import { PassportStrategy } from '@nestjs/passport'
import { Strategy } from 'passport-jwt'
export class JwtStrategy extends PassportStrategy(Strategy) {
  constructor() {
    super({ jwtFromRequest, ignoreExpiration: false, secretOrKey })
  }
}
`,
    },
    {
      name: 'ignoreExpiration inside jsonWebTokenOptions is overwritten by the top-level value',
      code: `
import { Strategy } from 'passport-jwt'
passport.use(new Strategy({ secretOrKey, jsonWebTokenOptions: { ignoreExpiration: true } }, verify))
`,
    },
    {
      name: 'a small clock tolerance inside jsonWebTokenOptions',
      code: `
import { Strategy } from 'passport-jwt'
passport.use(new Strategy({ secretOrKey, jsonWebTokenOptions: { clockTolerance: 60, maxAge: '15m' } }, verify))
`,
    },
    {
      name: 'clockTolerance at the top level is not passed to jsonwebtoken',
      code: `
import { Strategy } from 'passport-jwt'
passport.use(new Strategy({ secretOrKey, clockTolerance: 86400 }, verify))
`,
    },
    {
      name: 'a flag from configuration',
      code: `
import { PassportStrategy } from '@nestjs/passport'
import { Strategy } from 'passport-jwt'
export class JwtStrategy extends PassportStrategy(Strategy) {
  constructor(config: ConfigService) {
    super({ jwtFromRequest, secretOrKey, ignoreExpiration: config.get<boolean>('JWT_IGNORE_EXPIRATION') })
  }
}
`,
    },
    {
      name: 'another passport strategy',
      code: `
import { Strategy } from 'passport-http-bearer'
passport.use(new Strategy({ ignoreExpiration: true }, verify))
`,
    },
  ],
  invalid: [
    {
      name: 'ignoreExpiration in a NestJS strategy',
      code: `
import { PassportStrategy } from '@nestjs/passport'
import { ExtractJwt, Strategy } from 'passport-jwt'
export class JwtStrategy extends PassportStrategy(Strategy) {
  constructor() {
    super({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), ignoreExpiration: true, secretOrKey })
  }
}
`,
      errors: [
        {
          messageId: 'expiryIgnored',
          data: { api, option: 'ignoreExpiration' },
          line: 6, column: 71, endLine: 6, endColumn: 93,
          suggestions: [
            {
              messageId: 'removeOption',
              data: { option: 'ignoreExpiration' },
              output: `
import { PassportStrategy } from '@nestjs/passport'
import { ExtractJwt, Strategy } from 'passport-jwt'
export class JwtStrategy extends PassportStrategy(Strategy) {
  constructor() {
    super({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey })
  }
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'ignoreExpiration on new Strategy',
      code: `
import { Strategy as JwtStrategy } from 'passport-jwt'
passport.use(new JwtStrategy({ secretOrKey, ignoreExpiration: true }, verify))
`,
      errors: [
        {
          messageId: 'expiryIgnored',
          data: { api, option: 'ignoreExpiration' },
          line: 3, column: 45, endLine: 3, endColumn: 67,
          suggestions: [
            {
              messageId: 'removeOption',
              data: { option: 'ignoreExpiration' },
              output: `
import { Strategy as JwtStrategy } from 'passport-jwt'
passport.use(new JwtStrategy({ secretOrKey }, verify))
`,
            },
          ],
        },
      ],
    },
    {
      name: 'ignoreNotBefore inside jsonWebTokenOptions',
      code: `
import { Strategy } from 'passport-jwt'
passport.use(new Strategy({ secretOrKey, jsonWebTokenOptions: { ignoreNotBefore: true } }, verify))
`,
      errors: [
        {
          messageId: 'notBeforeIgnored',
          data: { api, option: 'jsonWebTokenOptions.ignoreNotBefore' },
          line: 3, column: 65, endLine: 3, endColumn: 86,
          suggestions: [
            {
              messageId: 'removeOption',
              data: { option: 'jsonWebTokenOptions.ignoreNotBefore' },
              output: `
import { Strategy } from 'passport-jwt'
passport.use(new Strategy({ secretOrKey, jsonWebTokenOptions: {  } }, verify))
`,
            },
          ],
        },
      ],
    },
    {
      name: 'a large clock tolerance inside jsonWebTokenOptions',
      code: `
import { Strategy } from 'passport-jwt'
passport.use(new Strategy({ secretOrKey, jsonWebTokenOptions: { maxAge: '1h', clockTolerance: 7200 } }, verify))
`,
      errors: [
        {
          messageId: 'clockToleranceTooLarge',
          data: { api, option: 'jsonWebTokenOptions.clockTolerance', seconds: '7200', limit: '300' },
          line: 3, column: 79, endLine: 3, endColumn: 99,
          suggestions: [
            {
              messageId: 'removeOption',
              data: { option: 'jsonWebTokenOptions.clockTolerance' },
              output: `
import { Strategy } from 'passport-jwt'
passport.use(new Strategy({ secretOrKey, jsonWebTokenOptions: { maxAge: '1h' } }, verify))
`,
            },
          ],
        },
      ],
    },
    {
      name: 'a pinned clock inside jsonWebTokenOptions, from a constant',
      code: `
import { Strategy } from 'passport-jwt'
const JWT_OPTIONS = { clockTimestamp: 1700000000 }
passport.use(new Strategy({ secretOrKey, jsonWebTokenOptions: JWT_OPTIONS }, verify))
`,
      errors: [
        {
          messageId: 'clockPinned',
          data: { api, option: 'jsonWebTokenOptions.clockTimestamp' },
          line: 3, column: 23, endLine: 3, endColumn: 49,
          suggestions: [
            {
              messageId: 'removeOption',
              data: { option: 'jsonWebTokenOptions.clockTimestamp' },
              output: `
import { Strategy } from 'passport-jwt'
const JWT_OPTIONS = {  }
passport.use(new Strategy({ secretOrKey, jsonWebTokenOptions: JWT_OPTIONS }, verify))
`,
            },
          ],
        },
      ],
    },
    {
      name: 'a clock tolerance string inside jsonWebTokenOptions',
      code: `
import * as passportJwt from 'passport-jwt'
class ApiStrategy extends passportJwt.Strategy {
  constructor() {
    super({ secretOrKey, jsonWebTokenOptions: { clockTolerance: '10' } }, verify)
  }
}
`,
      errors: [
        {
          messageId: 'clockToleranceUnbounded',
          data: { api, option: 'jsonWebTokenOptions.clockTolerance', value: `'10'` },
          line: 5, column: 49, endLine: 5, endColumn: 69,
          suggestions: [
            {
              messageId: 'removeOption',
              data: { option: 'jsonWebTokenOptions.clockTolerance' },
              output: `
import * as passportJwt from 'passport-jwt'
class ApiStrategy extends passportJwt.Strategy {
  constructor() {
    super({ secretOrKey, jsonWebTokenOptions: {  } }, verify)
  }
}
`,
            },
          ],
        },
      ],
    },
  ],
})

cjsRuleTester.run(`passport-jwt (CommonJS): ${noDisabledExpiry.name}`, noDisabledExpiry, {
  assertionOptions,
  valid: [
    {
      name: 'the README require form, expiry checked',
      code: `
var JwtStrategy = require('passport-jwt').Strategy
passport.use(new JwtStrategy({ jwtFromRequest, secretOrKey, ignoreExpiration: false }, verify))
`,
    },
  ],
  invalid: [
    {
      name: 'destructured require',
      code: `
const { Strategy } = require('passport-jwt')
passport.use(new Strategy({ jwtFromRequest, secretOrKey, ignoreExpiration: 'true' }, verify))
`,
      errors: [
        {
          messageId: 'expiryIgnored',
          data: { api, option: 'ignoreExpiration' },
          line: 3, column: 58, endLine: 3, endColumn: 82,
          suggestions: [
            {
              messageId: 'removeOption',
              data: { option: 'ignoreExpiration' },
              output: `
const { Strategy } = require('passport-jwt')
passport.use(new Strategy({ jwtFromRequest, secretOrKey }, verify))
`,
            },
          ],
        },
      ],
    },
  ],
})

