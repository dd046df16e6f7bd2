/**
 * @nestjs/jwt 10 to 12: `JwtModule.register({ verifyOptions, signOptions })`,
 * `JwtModule.registerAsync({ useFactory })`, and the `JwtService` methods,
 * reached through constructor injection (`this.jwtService`), property
 * injection or `new JwtService()`. Per-call options are merged over the
 * module's, so an option missing from a call may be set on the module.
 */
import noAlgorithmFromHeader from '../../src/rules/no-algorithm-from-header.js'
import noDisabledExpiry from '../../src/rules/no-disabled-expiry.js'
import noIgnoredVerifyError from '../../src/rules/no-ignored-verify-error.js'
import noMixedAlgorithmFamilies from '../../src/rules/no-mixed-algorithm-families.js'
import noNoneAlgorithm from '../../src/rules/no-none-algorithm.js'
import noUnverifiedDecode from '../../src/rules/no-unverified-decode.js'
import requireAlgorithms from '../../src/rules/require-algorithms.js'
import requireAudience from '../../src/rules/require-audience.js'
import requireIssuer from '../../src/rules/require-issuer.js'
import { assertionOptions, cjsRuleTester, ruleTester } from '../rule-tester.js'

const register = '@nestjs/jwt.JwtModule.register'
const registerAsync = '@nestjs/jwt.JwtModule.registerAsync'
const verify = '@nestjs/jwt.JwtService.verify'
const verifyAsync = '@nestjs/jwt.JwtService.verifyAsync'
const decode = '@nestjs/jwt.JwtService.decode'
const sign = '@nestjs/jwt.JwtService.sign'
const signAsync = '@nestjs/jwt.JwtService.signAsync'
const history =
  ' @nestjs/jwt 9 and earlier ran on jsonwebtoken 8, which accepted `none` with a falsy key and picked the algorithms by searching the key text for a PEM header (CVE-2022-23540, CVE-2022-23541).'
const verifyHint = '`JwtService.verify` or `verifyAsync`'

ruleTester.run(`nestjs-jwt: ${requireAlgorithms.name}`, requireAlgorithms, {
  assertionOptions,
  valid: [
    {
      name: 'register with an allow-list',
      code: `
import { Module } from '@nestjs/common'
import { JwtModule } from '@nestjs/jwt'
@Module({ imports: [JwtModule.register({ secret, verifyOptions: { algorithms: ['HS256'] } })] })
export class AuthModule {}
`,
    },
    {
      name: 'register without verifyOptions: the module may only sign',
      code: `
import { JwtModule } from '@nestjs/jwt'
@Module({ imports: [JwtModule.register({ global: true, secret: jwtConstants.secret, signOptions: { expiresIn: '60s' } })] })
export class AuthModule {}
`,
    },
    {
      name: 'registerAsync with an allow-list from useFactory',
      code: `
import { JwtModule } from '@nestjs/jwt'
JwtModule.registerAsync({
  imports: [ConfigModule],
  inject: [ConfigService],
  useFactory: async (config: ConfigService) => ({
    secret: config.get('JWT_SECRET'),
    verifyOptions: { algorithms: ['HS256'], audience: 'api' },
  }),
})
`,
    },
    {
      name: 'registerAsync with useClass: the options are built elsewhere',
      code: `
import { JwtModule } from '@nestjs/jwt'
JwtModule.registerAsync({ useClass: JwtConfigService })
`,
    },
    {
      name: 'registerAsync whose factory returns configuration read at run time',
      code: `
import { JwtModule } from '@nestjs/jwt'
JwtModule.registerAsync({ inject: [ConfigService], useFactory: (config: ConfigService) => config.get('jwt') })
`,
    },
    {
      name: 'a per-call verify: the module options may hold the allow-list',
      code: `
import { JwtService } from '@nestjs/jwt'
export class AuthService {
  constructor(private readonly jwtService: JwtService) {}
  check(token: string) {
    return this.jwtService.verify(token, { audience: 'api' })
  }
}
`,
    },
    {
      name: 'verifyOptions imported from another module',
      code: `
import { JwtModule } from '@nestjs/jwt'
import { verifyOptions } from './jwt.constants'
JwtModule.register({ secret, verifyOptions })
`,
    },
    {
      name: 'a local class called JwtModule',
      code: `
class JwtModule {
  static register(options: object) { return options }
}
JwtModule.register({ verifyOptions: {} })
`,
    },
  ],
  invalid: [
    {
      name: 'register with verifyOptions but no allow-list',
      code: `
import { JwtModule } from '@nestjs/jwt'
@Module({ imports: [JwtModule.register({ secret, verifyOptions: { audience: 'api' } })] })
export class AuthModule {}
`,
      errors: [
        {
          messageId: 'missingAlgorithms',
          data: { api: register, option: 'algorithms', history },
          line: 3, column: 21, endLine: 3, endColumn: 39,
          suggestions: [
            {
              messageId: 'allowOnly',
              data: { algorithm: 'HS256' },
              output: `
import { JwtModule } from '@nestjs/jwt'
@Module({ imports: [JwtModule.register({ secret, verifyOptions: { audience: 'api', algorithms: ['HS256'] } })] })
export class AuthModule {}
`,
            },
            {
              messageId: 'allowOnly',
              data: { algorithm: 'RS256' },
              output: `
import { JwtModule } from '@nestjs/jwt'
@Module({ imports: [JwtModule.register({ secret, verifyOptions: { audience: 'api', algorithms: ['RS256'] } })] })
export class AuthModule {}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'registerAsync whose factory returns verifyOptions without an allow-list',
      code: `
import { JwtModule } from '@nestjs/jwt'
JwtModule.registerAsync({
  inject: [ConfigService],
  useFactory: async (config: ConfigService) => ({
    publicKey: config.get('JWT_PUBLIC_KEY'),
    verifyOptions: { issuer: 'https://auth.example.com/' },
  }),
})
`,
      errors: [
        {
          messageId: 'missingAlgorithms',
          data: { api: registerAsync, option: 'algorithms', history },
          line: 3, column: 1, endLine: 3, endColumn: 24,
          suggestions: [
            {
              messageId: 'allowOnly',
              data: { algorithm: 'HS256' },
              output: `
import { JwtModule } from '@nestjs/jwt'
JwtModule.registerAsync({
  inject: [ConfigService],
  useFactory: async (config: ConfigService) => ({
    publicKey: config.get('JWT_PUBLIC_KEY'),
    verifyOptions: { issuer: 'https://auth.example.com/', algorithms: ['HS256'] },
  }),
})
`,
            },
            {
              messageId: 'allowOnly',
              data: { algorithm: 'RS256' },
              output: `
import { JwtModule } from '@nestjs/jwt'
JwtModule.registerAsync({
  inject: [ConfigService],
  useFactory: async (config: ConfigService) => ({
    publicKey: config.get('JWT_PUBLIC_KEY'),
    verifyOptions: { issuer: 'https://auth.example.com/', algorithms: ['RS256'] },
  }),
})
`,
            },
          ],
        },
      ],
    },
    {
      name: 'registerAsync with a factory function declared apart',
      code: `
import { JwtModule } from '@nestjs/jwt'
function jwtOptions(config: ConfigService) {
  const secret = config.get('JWT_SECRET')
  return { secret, verifyOptions: { ignoreNotBefore: false } }
}
JwtModule.registerAsync({ inject: [ConfigService], useFactory: jwtOptions })
`,
      errors: [
        {
          messageId: 'missingAlgorithms',
          data: { api: registerAsync, option: 'algorithms', history },
          line: 7, column: 1, endLine: 7, endColumn: 24,
          suggestions: [
            {
              messageId: 'allowOnly',
              data: { algorithm: 'HS256' },
              output: `
import { JwtModule } from '@nestjs/jwt'
function jwtOptions(config: ConfigService) {
  const secret = config.get('JWT_SECRET')
  return { secret, verifyOptions: { ignoreNotBefore: false, algorithms: ['HS256'] } }
}
JwtModule.registerAsync({ inject: [ConfigService], useFactory: jwtOptions })
`,
            },
            {
              messageId: 'allowOnly',
              data: { algorithm: 'RS256' },
              output: `
import { JwtModule } from '@nestjs/jwt'
function jwtOptions(config: ConfigService) {
  const secret = config.get('JWT_SECRET')
  return { secret, verifyOptions: { ignoreNotBefore: false, algorithms: ['RS256'] } }
}
JwtModule.registerAsync({ inject: [ConfigService], useFactory: jwtOptions })
`,
            },
          ],
        },
      ],
    },
    {
      name: 'empty verifyOptions in a constant: the constant is edited',
      code: `
import { JwtModule } from '@nestjs/jwt'
const JWT_MODULE_OPTIONS = { secret, verifyOptions: {} }
JwtModule.register(JWT_MODULE_OPTIONS)
`,
      errors: [
        {
          messageId: 'missingAlgorithms',
          data: { api: register, option: 'algorithms', history },
          line: 4, column: 1, endLine: 4, endColumn: 19,
          suggestions: [
            {
              messageId: 'allowOnly',
              data: { algorithm: 'HS256' },
              output: `
import { JwtModule } from '@nestjs/jwt'
const JWT_MODULE_OPTIONS = { secret, verifyOptions: { algorithms: ['HS256'] } }
JwtModule.register(JWT_MODULE_OPTIONS)
`,
            },
            {
              messageId: 'allowOnly',
              data: { algorithm: 'RS256' },
              output: `
import { JwtModule } from '@nestjs/jwt'
const JWT_MODULE_OPTIONS = { secret, verifyOptions: { algorithms: ['RS256'] } }
JwtModule.register(JWT_MODULE_OPTIONS)
`,
            },
          ],
        },
      ],
    },
    {
      name: 'namespace import',
      code: `
import * as nestJwt from '@nestjs/jwt'
nestJwt.JwtModule.register({ secret, verifyOptions: { algorithms: undefined } })
`,
      errors: [
        {
          messageId: 'missingAlgorithms',
          data: { api: register, option: 'algorithms', history },
          line: 3, column: 1, endLine: 3, endColumn: 27,
          suggestions: [
            {
              messageId: 'allowOnly',
              data: { algorithm: 'HS256' },
              output: `
import * as nestJwt from '@nestjs/jwt'
nestJwt.JwtModule.register({ secret, verifyOptions: { algorithms: ['HS256'] } })
`,
            },
            {
              messageId: 'allowOnly',
              data: { algorithm: 'RS256' },
              output: `
import * as nestJwt from '@nestjs/jwt'
nestJwt.JwtModule.register({ secret, verifyOptions: { algorithms: ['RS256'] } })
`,
            },
          ],
        },
      ],
    },
    {
      name: 'per-call algorithms explicitly undefined',
      code: `
import { JwtService } from '@nestjs/jwt'
export class AuthService {
  constructor(private jwt: JwtService) {}
  check(token: string) {
    return this.jwt.verify(token, { algorithms: undefined })
  }
}
`,
      errors: [
        {
          messageId: 'missingAlgorithms',
          data: { api: verify, option: 'algorithms', history },
          line: 6, column: 12, endLine: 6, endColumn: 27,
          suggestions: [
            {
              messageId: 'allowOnly',
              data: { algorithm: 'HS256' },
              output: `
import { JwtService } from '@nestjs/jwt'
export class AuthService {
  constructor(private jwt: JwtService) {}
  check(token: string) {
    return this.jwt.verify(token, { algorithms: ['HS256'] })
  }
}
`,
            },
            {
              messageId: 'allowOnly',
              data: { algorithm: 'RS256' },
              output: `
import { JwtService } from '@nestjs/jwt'
export class AuthService {
  constructor(private jwt: JwtService) {}
  check(token: string) {
    return this.jwt.verify(token, { algorithms: ['RS256'] })
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

cjsRuleTester.run(`nestjs-jwt (CommonJS): ${requireAlgorithms.name}`, requireAlgorithms, {
  assertionOptions,
  valid: [
    {
      name: 'compiled CommonJS with an allow-list',
      code: `
const { JwtModule } = require('@nestjs/jwt')
JwtModule.register({ secret, verifyOptions: { algorithms: ['HS256'] } })
`,
    },
  ],
  invalid: [
    {
      name: 'compiled CommonJS',
      code: `
const jwt_1 = require('@nestjs/jwt')
jwt_1.JwtModule.register({ secret, verifyOptions: { maxAge: '1h' } })
`,
      errors: [
        {
          messageId: 'missingAlgorithms',
          data: { api: register, option: 'algorithms', history },
          line: 3, column: 1, endLine: 3, endColumn: 25,
          suggestions: [
            {
              messageId: 'allowOnly',
              data: { algorithm: 'HS256' },
              output: `
const jwt_1 = require('@nestjs/jwt')
jwt_1.JwtModule.register({ secret, verifyOptions: { maxAge: '1h', algorithms: ['HS256'] } })
`,
            },
            {
              messageId: 'allowOnly',
              data: { algorithm: 'RS256' },
              output: `
const jwt_1 = require('@nestjs/jwt')
jwt_1.JwtModule.register({ secret, verifyOptions: { maxAge: '1h', algorithms: ['RS256'] } })
`,
            },
          ],
        },
      ],
    },
  ],
})

ruleTester.run(`nestjs-jwt: ${noNoneAlgorithm.name}`, noNoneAlgorithm, {
  assertionOptions,
  valid: [
    {
      name: 'real algorithms for signing and verifying',
      code: `
import { JwtModule } from '@nestjs/jwt'
JwtModule.register({ privateKey, publicKey, signOptions: { algorithm: 'RS256' }, verifyOptions: { algorithms: ['RS256'] } })
`,
    },
    {
      name: 'a per-call sign with a real algorithm',
      code: `
import { JwtService } from '@nestjs/jwt'
export class AuthService {
  constructor(private readonly jwtService: JwtService) {}
  login(user: User) {
    return this.jwtService.signAsync({ sub: user.id }, { algorithm: 'ES256', expiresIn: '15m' })
  }
}
`,
    },
    {
      name: 'none on an unrelated object',
      code: `
import { JwtService } from '@nestjs/jwt'
export class AuthService {
  constructor(private readonly jwtService: JwtService) {}
  login(user: User) {
    const audit = { algorithm: 'none', header: { alg: 'none' } }
    this.logger.log(audit)
    return this.jwtService.sign({ sub: user.id })
  }
}
`,
    },
    {
      name: 'signOptions imported from another module',
      code: `
import { JwtModule } from '@nestjs/jwt'
import { signOptions } from './jwt.constants'
JwtModule.register({ secret, signOptions })
`,
    },
    {
      name: 'a local class called JwtService',
      code: `
class JwtService {
  sign(payload: object, options: object) { return JSON.stringify(payload) }
}
export class AuthService {
  constructor(private readonly jwtService: JwtService) {}
  login(user: User) {
    return this.jwtService.sign({ sub: user.id }, { algorithm: 'none' })
  }
}
`,
    },
    {
      name: 'JwtService from a project module',
      code: `
import { JwtService } from './jwt.service'
export class AuthService {
  constructor(private readonly jwtService: JwtService) {}
  check(token: string) {
    return this.jwtService.verify(token, { algorithms: ['none'] })
  }
}
`,
    },
  ],
  invalid: [
    {
      name: 'signOptions with alg none on the module',
      code: `
import { JwtModule } from '@nestjs/jwt'
@Module({ imports: [JwtModule.register({ secret, signOptions: { algorithm: 'none', expiresIn: '1h' } })] })
export class AuthModule {}
`,
      errors: [{ messageId: 'noneSigned', data: { api: register, value: 'none', option: 'algorithm' }, line: 3, column: 76, endLine: 3, endColumn: 82 }],
    },
    {
      name: 'a none header in registerAsync signOptions',
      code: `
import { JwtModule } from '@nestjs/jwt'
JwtModule.registerAsync({
  useFactory: () => ({ secret: process.env.JWT_SECRET, signOptions: { header: { alg: 'none' } } }),
})
`,
      errors: [{ messageId: 'noneSigned', data: { api: registerAsync, value: 'none', option: 'header.alg' }, line: 4, column: 86, endLine: 4, endColumn: 92 }],
    },
    {
      name: 'none in the module verifyOptions',
      code: `
import { JwtModule } from '@nestjs/jwt'
JwtModule.register({ secret, verifyOptions: { algorithms: ['HS256', 'none'] } })
`,
      errors: [
        {
          messageId: 'noneAccepted',
          data: { api: register, value: 'none', option: 'algorithms' },
          line: 3, column: 69, endLine: 3, endColumn: 75,
          suggestions: [
            {
              messageId: 'removeNone',
              data: { value: 'none' },
              output: `
import { JwtModule } from '@nestjs/jwt'
JwtModule.register({ secret, verifyOptions: { algorithms: ['HS256'] } })
`,
            },
          ],
        },
      ],
    },
    {
      name: 'a per-call sign through constructor injection',
      code: `
import { Injectable } from '@nestjs/common'
import { JwtService } from '@nestjs/jwt'
@Injectable()
export class AuthService {
  constructor(private readonly jwtService: JwtService) {}
  async login(user: User) {
    return { access_token: await this.jwtService.signAsync({ sub: user.id }, { algorithm: 'none' }) }
  }
}
`,
      errors: [{ messageId: 'noneSigned', data: { api: signAsync, value: 'none', option: 'algorithm' }, line: 8, column: 91, endLine: 8, endColumn: 97 }],
    },
    {
      name: 'a per-call verify through property injection',
      code: `
import { Inject } from '@nestjs/common'
import { JwtService } from '@nestjs/jwt'
export class TokenService {
  @Inject(JwtService) private readonly jwt: JwtService
  read(token: string) {
    return this.jwt.verify(token, { algorithms: ['none'] })
  }
}
`,
      errors: [
        {
          messageId: 'noneAccepted',
          data: { api: verify, value: 'none', option: 'algorithms' },
          line: 7, column: 50, endLine: 7, endColumn: 56,
          suggestions: [
            {
              messageId: 'removeNone',
              data: { value: 'none' },
              output: `
import { Inject } from '@nestjs/common'
import { JwtService } from '@nestjs/jwt'
export class TokenService {
  @Inject(JwtService) private readonly jwt: JwtService
  read(token: string) {
    return this.jwt.verify(token, { algorithms: [] })
  }
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'a service constructed directly',
      code: `
import { JwtService } from '@nestjs/jwt'
const jwtService = new JwtService({ secret: process.env.JWT_SECRET })
export const token = jwtService.sign({ sub: 'worker' }, { header: { alg: 'none', typ: 'JWT' } })
`,
      errors: [{ messageId: 'noneSigned', data: { api: sign, value: 'none', option: 'header.alg' }, line: 4, column: 74, endLine: 4, endColumn: 80 }],
    },
  ],
})

cjsRuleTester.run(`nestjs-jwt (CommonJS): ${noNoneAlgorithm.name}`, noNoneAlgorithm, {
  assertionOptions,
  valid: [
    {
      name: 'compiled CommonJS with a real algorithm',
      code: `
const { JwtModule } = require('@nestjs/jwt')
JwtModule.register({ secret, signOptions: { algorithm: 'HS512' } })
`,
    },
  ],
  invalid: [
    {
      name: 'compiled CommonJS',
      code: `
const jwt_1 = require('@nestjs/jwt')
jwt_1.JwtModule.register({ secret, signOptions: { algorithm: 'none' } })
`,
      errors: [{ messageId: 'noneSigned', data: { api: register, value: 'none', option: 'algorithm' }, line: 3, column: 62, endLine: 3, endColumn: 68 }],
    },
  ],
})

ruleTester.run(`nestjs-jwt: ${noMixedAlgorithmFamilies.name}`, noMixedAlgorithmFamilies, {
  assertionOptions,
  valid: [
    {
      name: 'one family on the module',
      code: `
import { JwtModule } from '@nestjs/jwt'
JwtModule.register({ publicKey, verifyOptions: { algorithms: ['RS256', 'PS256'] } })
`,
    },
    {
      name: 'one family per call',
      code: `
import { JwtService } from '@nestjs/jwt'
export class TokenService {
  constructor(private readonly jwtService: JwtService) {}
  internal(token: string) {
    return this.jwtService.verify(token, { secret: internalSecret, algorithms: ['HS256'] })
  }
  partner(token: string) {
    return this.jwtService.verifyAsync(token, { publicKey: partnerKey, algorithms: ['RS256'] })
  }
}
`,
    },
    {
      name: 'one family per branch of a factory',
      code: `
import { JwtModule } from '@nestjs/jwt'
JwtModule.registerAsync({
  useFactory: (config: ConfigService) => ({ verifyOptions: { algorithms: config.get('JWKS') ? ['RS256'] : ['HS256'] } }),
})
`,
    },
    {
      name: 'the signing algorithm is not an allow-list',
      code: `
import { JwtModule } from '@nestjs/jwt'
JwtModule.register({ secret, signOptions: { algorithm: 'HS256' }, verifyOptions: { algorithms: ['HS256'] } })
`,
    },
    {
      name: 'an allow-list from another module',
      code: `
import { JwtModule } from '@nestjs/jwt'
import { ALGORITHMS } from './jwt.constants'
JwtModule.register({ secret, verifyOptions: { algorithms: ALGORITHMS } })
`,
    },
    {
      name: 'a mixed list on an unrelated object',
      code: `
import { JwtService } from '@nestjs/jwt'
export class DiscoveryController {
  constructor(private readonly jwtService: JwtService) {}
  get() {
    return { id_token_signing_alg_values_supported: ['HS256', 'RS256'] }
  }
}
`,
    },
  ],
  invalid: [
    {
      name: 'the module verifyOptions',
      code: `
import { JwtModule } from '@nestjs/jwt'
JwtModule.register({ secret, publicKey, verifyOptions: { algorithms: ['HS256', 'RS256'] } })
`,
      errors: [
        {
          messageId: 'mixedFamilies',
          data: { api: register, option: 'algorithms', hmac: '`HS256`', asymmetric: '`RS256`' },
          line: 3, column: 70, endLine: 3, endColumn: 88,
        },
      ],
    },
    {
      name: 'registerAsync',
      code: `
import { JwtModule } from '@nestjs/jwt'
JwtModule.registerAsync({ useFactory: async () => ({ verifyOptions: { algorithms: ['ES256', 'HS512'] } }) })
`,
      errors: [
        {
          messageId: 'mixedFamilies',
          data: { api: registerAsync, option: 'algorithms', hmac: '`HS512`', asymmetric: '`ES256`' },
          line: 3, column: 83, endLine: 3, endColumn: 101,
        },
      ],
    },
    {
      name: 'a per-call verify',
      code: `
import { JwtService } from '@nestjs/jwt'
export class AuthGuard {
  constructor(private jwtService: JwtService) {}
  async canActivate(context: ExecutionContext) {
    const token = extract(context)
    await this.jwtService.verifyAsync(token, { algorithms: ['RS256', 'HS256'] })
    return true
  }
}
`,
      errors: [
        {
          messageId: 'mixedFamilies',
          data: { api: verifyAsync, option: 'algorithms', hmac: '`HS256`', asymmetric: '`RS256`' },
          line: 7, column: 60, endLine: 7, endColumn: 78,
        },
      ],
    },
    {
      name: 'a constant list on a directly constructed service',
      code: `
import { JwtService } from '@nestjs/jwt'
const ALGORITHMS = ['HS256', 'PS256']
const service = new JwtService({ secret })
service.verify(token, { algorithms: ALGORITHMS })
`,
      errors: [
        {
          messageId: 'mixedFamilies',
          data: { api: verify, option: 'algorithms', hmac: '`HS256`', asymmetric: '`PS256`' },
          line: 5, column: 37, endLine: 5, endColumn: 47,
        },
      ],
    },
    {
      name: 'a type-only import of the injected service',
      code: `
import type { JwtService } from '@nestjs/jwt'
export class TokenService {
  constructor(private readonly jwtService: JwtService) {}
  verify(token: string) {
    return this.jwtService.verify(token, { algorithms: ['HS256', 'RS256'] })
  }
}
`,
      errors: [
        {
          messageId: 'mixedFamilies',
          data: { api: verify, option: 'algorithms', hmac: '`HS256`', asymmetric: '`RS256`' },
          line: 6, column: 56, endLine: 6, endColumn: 74,
        },
      ],
    },
    {
      name: 'a renamed import injected with @Inject',
      code: `
import { Inject } from '@nestjs/common'
import { JwtService as NestJwtService } from '@nestjs/jwt'
export class TokenService {
  constructor(@Inject(NestJwtService) private readonly jwt: NestJwtService) {}
  verify(token: string) {
    return this.jwt.verifyAsync(token, { algorithms: ['ES256', 'HS256'] })
  }
}
`,
      errors: [
        {
          messageId: 'mixedFamilies',
          data: { api: verifyAsync, option: 'algorithms', hmac: '`HS256`', asymmetric: '`ES256`' },
          line: 7, column: 54, endLine: 7, endColumn: 72,
        },
      ],
    },
    {
      name: 'a constructor parameter used in the constructor',
      code: `
import { JwtService } from '@nestjs/jwt'
export class StartupCheck {
  constructor(jwt: JwtService) {
    jwt.verify(process.env.BOOT_TOKEN, { algorithms: ['RS384', 'HS384'] })
  }
}
`,
      errors: [
        {
          messageId: 'mixedFamilies',
          data: { api: verify, option: 'algorithms', hmac: '`HS384`', asymmetric: '`RS384`' },
          line: 5, column: 54, endLine: 5, endColumn: 72,
        },
      ],
    },
  ],
})

cjsRuleTester.run(`nestjs-jwt (CommonJS): ${noMixedAlgorithmFamilies.name}`, noMixedAlgorithmFamilies, {
  assertionOptions,
  valid: [
    {
      name: 'compiled CommonJS, one family',
      code: `
const { JwtModule } = require('@nestjs/jwt')
JwtModule.register({ secret, verifyOptions: { algorithms: ['HS384'] } })
`,
    },
  ],
  invalid: [
    {
      name: 'compiled CommonJS',
      code: `
const { JwtModule } = require('@nestjs/jwt')
JwtModule.register({ secret, verifyOptions: { algorithms: ['RS256', 'HS256'] } })
`,
      errors: [
        {
          messageId: 'mixedFamilies',
          data: { api: register, option: 'algorithms', hmac: '`HS256`', asymmetric: '`RS256`' },
          line: 3, column: 59, endLine: 3, endColumn: 77,
        },
      ],
    },
    {
      name: 'compiled CommonJS, a service constructed directly',
      code: `
const jwt_1 = require('@nestjs/jwt')
new jwt_1.JwtService({ secret }).verify(token, { algorithms: ['ES384', 'HS384'] })
`,
      errors: [
        {
          messageId: 'mixedFamilies',
          data: { api: verify, option: 'algorithms', hmac: '`HS384`', asymmetric: '`ES384`' },
          line: 3, column: 62, endLine: 3, endColumn: 80,
        },
      ],
    },
  ],
})

ruleTester.run(`nestjs-jwt: ${noAlgorithmFromHeader.name}`, noAlgorithmFromHeader, {
  assertionOptions,
  valid: [
    {
      name: 'the header picks the key, the allow-list is fixed',
      code: `
import { JwtService } from '@nestjs/jwt'
export class TokenService {
  constructor(private readonly jwtService: JwtService) {}
  verify(token: string) {
    const { header } = this.jwtService.decode(token, { complete: true })
    return this.jwtService.verify(token, { publicKey: keys[header.kid], algorithms: ['RS256'] })
  }
}
`,
    },
    {
      name: 'the allow-list comes from configuration',
      code: `
import { JwtService } from '@nestjs/jwt'
export class TokenService {
  constructor(private readonly jwtService: JwtService, private readonly config: ConfigService) {}
  verify(token: string) {
    return this.jwtService.verifyAsync(token, { algorithms: this.config.get('JWT_ALGORITHMS') })
  }
}
`,
    },
    {
      name: 'the header algorithm checked against a fixed list first, then a fixed list passed',
      code: `
import { JwtService } from '@nestjs/jwt'
export class TokenService {
  constructor(private readonly jwtService: JwtService) {}
  verify(token: string) {
    const { header } = this.jwtService.decode(token, { complete: true })
    if (header.alg !== 'RS256') throw new UnauthorizedException()
    return this.jwtService.verify(token, { algorithms: ['RS256'] })
  }
}
`,
    },
    {
      name: 'the algorithm of a verified result',
      code: `
import { JwtService } from '@nestjs/jwt'
export class TokenService {
  constructor(private readonly jwtService: JwtService) {}
  verify(token: string, other: string) {
    const verified = this.jwtService.verify(token, { algorithms: ['RS256'], complete: true })
    return this.jwtService.verify(other, { algorithms: [verified.header.alg] })
  }
}
`,
    },
    {
      name: 'a header decoded by a local function',
      code: `
import { JwtService } from '@nestjs/jwt'
function decode(token: string) { return { header: { alg: 'RS256' } } }
export class TokenService {
  constructor(private readonly jwtService: JwtService) {}
  verify(token: string) {
    return this.jwtService.verify(token, { algorithms: [decode(token).header.alg] })
  }
}
`,
    },
    {
      name: 'the module allow-list',
      code: `
import { JwtModule } from '@nestjs/jwt'
JwtModule.register({ publicKey, verifyOptions: { algorithms: ['RS256'] } })
`,
    },
  ],
  invalid: [
    {
      name: 'decode complete, then verify with the header algorithm',
      code: `
import { JwtService } from '@nestjs/jwt'
export class TokenService {
  constructor(private readonly jwtService: JwtService) {}
  verify(token: string) {
    const decoded = this.jwtService.decode(token, { complete: true })
    return this.jwtService.verify(token, { publicKey, algorithms: [decoded.header.alg] })
  }
}
`,
      errors: [
        {
          messageId: 'algorithmFromToken',
          data: { api: verify, option: 'algorithms', part: 'header', source: 'this.jwtService.decode(token, { complete: true })' },
          line: 7, column: 68, endLine: 7, endColumn: 86,
        },
      ],
    },
    {
      name: 'verifyAsync with a destructured header',
      code: `
import { JwtService } from '@nestjs/jwt'
export class AuthGuard {
  constructor(private jwt: JwtService) {}
  async canActivate(context: ExecutionContext) {
    const token = extract(context)
    const { header } = this.jwt.decode(token, { complete: true })
    await this.jwt.verifyAsync(token, { algorithms: [header.alg] })
    return true
  }
}
`,
      errors: [
        {
          messageId: 'algorithmFromToken',
          data: { api: verifyAsync, option: 'algorithms', part: 'header', source: 'this.jwt.decode(token, { complete: true })' },
          line: 8, column: 54, endLine: 8, endColumn: 64,
        },
      ],
    },
    {
      name: 'a hand-rolled header decode',
      code: `
import { JwtService } from '@nestjs/jwt'
export class TokenService {
  constructor(private readonly jwtService: JwtService) {}
  verify(token: string) {
    const header = JSON.parse(Buffer.from(token.split('.')[0], 'base64url').toString())
    return this.jwtService.verify(token, { algorithms: [header.alg] })
  }
}
`,
      errors: [
        {
          messageId: 'algorithmFromToken',
          data: {
            api: verify,
            option: 'algorithms',
            part: 'header',
            source: "JSON.parse(Buffer.from(token.split('.')[0], 'base64url').to…",
          },
          line: 7, column: 57, endLine: 7, endColumn: 67,
        },
      ],
    },
    {
      name: 'the header algorithm as a fallback',
      code: `
import { JwtService } from '@nestjs/jwt'
export class TokenService {
  constructor(private readonly jwtService: JwtService) {}
  verify(token: string, expected?: string) {
    const { header } = this.jwtService.decode(token, { complete: true })
    return this.jwtService.verify(token, { algorithms: [expected ?? header.alg] })
  }
}
`,
      errors: [
        {
          messageId: 'algorithmFromToken',
          data: { api: verify, option: 'algorithms', part: 'header', source: 'this.jwtService.decode(token, { complete: true })' },
          line: 7, column: 69, endLine: 7, endColumn: 79,
        },
      ],
    },
    {
      name: 'a directly constructed service',
      code: `
import { JwtService } from '@nestjs/jwt'
const service = new JwtService({ publicKey })
export function check(token: string) {
  const alg = service.decode(token, { complete: true }).header.alg
  return service.verify(token, { algorithms: [alg] })
}
`,
      errors: [
        {
          messageId: 'algorithmFromToken',
          data: { api: verify, option: 'algorithms', part: 'header', source: 'service.decode(token, { complete: true })' },
          line: 6, column: 47, endLine: 6, endColumn: 50,
        },
      ],
    },
  ],
})

cjsRuleTester.run(`nestjs-jwt (CommonJS): ${noAlgorithmFromHeader.name}`, noAlgorithmFromHeader, {
  assertionOptions,
  valid: [
    {
      name: 'compiled CommonJS with a fixed list',
      code: `
const { JwtService } = require('@nestjs/jwt')
const service = new JwtService({ publicKey })
module.exports = (token) => service.verify(token, { algorithms: ['RS256'] })
`,
    },
  ],
  invalid: [
    {
      name: 'compiled CommonJS',
      code: `
const { JwtService } = require('@nestjs/jwt')
const service = new JwtService({ publicKey })
module.exports = (token) => service.verify(token, { algorithms: [service.decode(token, { complete: true }).header.alg] })
`,
      errors: [
        {
          messageId: 'algorithmFromToken',
          data: { api: verify, option: 'algorithms', part: 'header', source: 'service.decode(token, { complete: true })' },
          line: 4, column: 66, endLine: 4, endColumn: 118,
        },
      ],
    },
  ],
})

ruleTester.run(`nestjs-jwt: ${noUnverifiedDecode.name}`, noUnverifiedDecode, {
  assertionOptions,
  valid: [
    {
      name: 'the header of an unverified token picks the key',
      code: `
import { JwtService } from '@nestjs/jwt'
export class KeyService {
  constructor(private readonly jwtService: JwtService) {}
  keyFor(token: string) {
    return this.keys.get(this.jwtService.decode(token, { complete: true }).header.kid)
  }
}
`,
    },
    {
      name: 'the expiry of the own token, to schedule a refresh',
      code: `
import { JwtService } from '@nestjs/jwt'
export class SessionService {
  constructor(private readonly jwtService: JwtService) {}
  refreshAt(token: string) {
    const { exp } = this.jwtService.decode(token)
    return exp * 1000 - 60_000
  }
}
`,
    },
    {
      name: 'claims read from the verified result',
      code: `
import { JwtService } from '@nestjs/jwt'
export class AuthGuard {
  constructor(private readonly jwtService: JwtService) {}
  async canActivate(context: ExecutionContext) {
    const request = context.switchToHttp().getRequest()
    const payload = await this.jwtService.verifyAsync(extract(request), { secret: jwtConstants.secret })
    request.user = payload
    return true
  }
}
`,
    },
    {
      name: 'the issuer picks the key, then the same token is verified',
      code: `
import { JwtService } from '@nestjs/jwt'
export class TokenService {
  constructor(private readonly jwtService: JwtService) {}
  verify(token: string) {
    const { iss } = this.jwtService.decode(token)
    return this.jwtService.verify(token, { publicKey: this.keys.get(iss), issuer: iss })
  }
}
`,
    },
    {
      name: 'a decoded token only logged',
      code: `
import { JwtService } from '@nestjs/jwt'
export class DebugService {
  constructor(private readonly jwtService: JwtService) {}
  dump(token: string) {
    console.log(this.jwtService.decode(token))
  }
}
`,
    },
    {
      name: 'a local decode method',
      code: `
export class TokenService {
  decode(token: string) { return JSON.parse(token) }
  user(token: string) { return this.decode(token).sub }
}
`,
    },
  ],
  invalid: [
    {
      name: 'a guard that trusts the decoded payload',
      code: `
import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common'
import { JwtService } from '@nestjs/jwt'
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(private readonly jwtService: JwtService) {}
  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest()
    const payload = this.jwtService.decode(request.headers.authorization.split(' ')[1])
    request.user = payload
    return true
  }
}
`,
      errors: [
        {
          messageId: 'unverifiedClaims',
          data: { api: decode, claim: 'the whole payload', verify: verifyHint },
          line: 9, column: 21, endLine: 9, endColumn: 88,
        },
      ],
    },
    {
      name: 'a role check on a decoded claim',
      code: `
import { JwtService } from '@nestjs/jwt'
export class RolesGuard {
  constructor(private jwt: JwtService) {}
  canActivate(context: ExecutionContext) {
    const { role } = this.jwt.decode(extract(context))
    return role === 'admin'
  }
}
`,
      errors: [
        { messageId: 'unverifiedClaims', data: { api: decode, claim: '`role`', verify: verifyHint }, line: 6, column: 22, endLine: 6, endColumn: 55 },
      ],
    },
    {
      name: 'a claim of a complete decode',
      code: `
import { JwtService } from '@nestjs/jwt'
export class UsersService {
  constructor(private readonly jwtService: JwtService) {}
  findMe(token: string) {
    const decoded = this.jwtService.decode(token, { complete: true })
    return this.users.findOne(decoded.payload.sub)
  }
}
`,
      errors: [
        {
          messageId: 'unverifiedClaims',
          data: { api: decode, claim: '`sub`', verify: verifyHint },
          line: 6, column: 21, endLine: 6, endColumn: 70,
        },
      ],
    },
    {
      name: 'property injection',
      code: `
import { Inject } from '@nestjs/common'
import { JwtService } from '@nestjs/jwt'
export class TenantService {
  @Inject(JwtService) private readonly jwtService: JwtService
  tenantOf(token: string) {
    return this.jwtService.decode<{ tenant: string }>(token).tenant
  }
}
`,
      errors: [
        {
          messageId: 'unverifiedClaims',
          data: { api: decode, claim: '`tenant`', verify: verifyHint },
          line: 7, column: 12, endLine: 7, endColumn: 61,
        },
      ],
    },
    {
      name: 'a directly constructed service',
      code: `
import { JwtService } from '@nestjs/jwt'
const jwtService = new JwtService()
export function emailOf(token: string) {
  return jwtService.decode(token).email
}
`,
      errors: [
        { messageId: 'unverifiedClaims', data: { api: decode, claim: '`email`', verify: verifyHint }, line: 5, column: 10, endLine: 5, endColumn: 34 },
      ],
    },
    {
      name: 'decoded claims that leave before the verify runs',
      code: `
import { JwtService } from '@nestjs/jwt'
export class TokenService {
  constructor(private readonly jwtService: JwtService) {}
  async user(token: string) {
    const claims = this.jwtService.decode(token)
    if (claims.admin) return { id: claims.sub, admin: true }
    await this.jwtService.verifyAsync(token)
    return this.users.get(claims.sub)
  }
}
`,
      errors: [
        { messageId: 'unverifiedClaims', data: { api: decode, claim: '`sub`', verify: verifyHint }, line: 6, column: 20, endLine: 6, endColumn: 49 },
      ],
    },
  ],
})

cjsRuleTester.run(`nestjs-jwt (CommonJS): ${noUnverifiedDecode.name}`, noUnverifiedDecode, {
  assertionOptions,
  valid: [
    {
      name: 'compiled CommonJS reading the header',
      code: `
const { JwtService } = require('@nestjs/jwt')
const service = new JwtService()
module.exports = (token) => service.decode(token, { complete: true }).header.kid
`,
    },
  ],
  invalid: [
    {
      name: 'compiled CommonJS',
      code: `
const jwt_1 = require('@nestjs/jwt')
const service = new jwt_1.JwtService()
module.exports = (token) => service.decode(token).userId
`,
      errors: [
        { messageId: 'unverifiedClaims', data: { api: decode, claim: '`userId`', verify: verifyHint }, line: 4, column: 29, endLine: 4, endColumn: 50 },
      ],
    },
  ],
})

ruleTester.run(`nestjs-jwt: ${requireAudience.name}`, requireAudience, {
  assertionOptions,
  valid: [
    {
      name: 'the module verifyOptions with audience',
      code: `
import { JwtModule } from '@nestjs/jwt'
JwtModule.register({ secret, verifyOptions: { algorithms: ['HS256'], audience: 'https://api.example.com' } })
`,
    },
    {
      name: 'registerAsync with audience from configuration',
      code: `
import { JwtModule } from '@nestjs/jwt'
JwtModule.registerAsync({
  inject: [ConfigService],
  useFactory: (config: ConfigService) => ({ secret: config.get('JWT_SECRET'), verifyOptions: { audience: config.get('JWT_AUDIENCE') } }),
})
`,
    },
    {
      name: 'a module that only signs',
      code: `
import { JwtModule } from '@nestjs/jwt'
JwtModule.register({ secret, signOptions: { expiresIn: '60s', audience: 'https://api.example.com' } })
`,
    },
    {
      name: 'a per-call verify without audience: the module may set it',
      code: `
import { JwtService } from '@nestjs/jwt'
export class AuthGuard {
  constructor(private jwtService: JwtService) {}
  async canActivate(context: ExecutionContext) {
    await this.jwtService.verifyAsync(extract(context), { secret: jwtConstants.secret })
    return true
  }
}
`,
    },
    {
      name: 'verifyOptions spread in from another module',
      code: `
import { JwtModule } from '@nestjs/jwt'
import { claimChecks } from './jwt.constants'
JwtModule.register({ secret, verifyOptions: { algorithms: ['HS256'], ...claimChecks } })
`,
    },
    {
      name: 'a local class called JwtModule',
      code: `
class JwtModule {
  static register(options: object) { return options }
}
JwtModule.register({ verifyOptions: { audience: '' } })
`,
    },
  ],
  invalid: [
    {
      name: 'register with verifyOptions but no audience',
      code: `
import { JwtModule } from '@nestjs/jwt'
@Module({ imports: [JwtModule.register({ secret, verifyOptions: { algorithms: ['HS256'] } })] })
export class AuthModule {}
`,
      errors: [{ messageId: 'missingClaimCheck', data: { api: register, option: 'audience', claim: 'audience' }, line: 3, column: 21, endLine: 3, endColumn: 39 }],
    },
    {
      name: 'registerAsync without audience',
      code: `
import { JwtModule } from '@nestjs/jwt'
JwtModule.registerAsync({
  useFactory: async (config: ConfigService) => ({ secret: config.get('JWT_SECRET'), verifyOptions: { algorithms: ['HS256'] } }),
  inject: [ConfigService],
})
`,
      errors: [
        { messageId: 'missingClaimCheck', data: { api: registerAsync, option: 'audience', claim: 'audience' }, line: 3, column: 1, endLine: 3, endColumn: 24 },
      ],
    },
    {
      name: 'audience emptied on one call',
      code: `
import { JwtService } from '@nestjs/jwt'
export class TokenService {
  constructor(private readonly jwtService: JwtService) {}
  verify(token: string) {
    return this.jwtService.verify(token, { audience: '' })
  }
}
`,
      errors: [{ messageId: 'emptyClaimCheck', data: { api: verify, option: 'audience', claim: 'audience', value: `''` }, line: 6, column: 54, endLine: 6, endColumn: 56 }],
    },
    {
      name: 'audience set to null in a verifyOptions constant',
      code: `
import { JwtModule } from '@nestjs/jwt'
const verifyOptions = { algorithms: ['RS256'], audience: null }
JwtModule.register({ publicKey, verifyOptions })
`,
      errors: [{ messageId: 'emptyClaimCheck', data: { api: register, option: 'audience', claim: 'audience', value: 'null' }, line: 3, column: 58, endLine: 3, endColumn: 62 }],
    },
    {
      name: 'namespace import',
      code: `
import * as nestJwt from '@nestjs/jwt'
nestJwt.JwtModule.register({ publicKey, verifyOptions: { algorithms: ['RS256'] } })
`,
      errors: [{ messageId: 'missingClaimCheck', data: { api: register, option: 'audience', claim: 'audience' }, line: 3, column: 1, endLine: 3, endColumn: 27 }],
    },
  ],
})

cjsRuleTester.run(`nestjs-jwt (CommonJS): ${requireAudience.name}`, requireAudience, {
  assertionOptions,
  valid: [
    {
      name: 'compiled CommonJS with audience',
      code: `
const jwt_1 = require('@nestjs/jwt')
jwt_1.JwtModule.register({ secret, verifyOptions: { audience: 'https://api.example.com' } })
`,
    },
  ],
  invalid: [
    {
      name: 'compiled CommonJS without audience',
      code: `
const jwt_1 = require('@nestjs/jwt')
jwt_1.JwtModule.register({ secret, verifyOptions: { algorithms: ['HS256'] } })
`,
      errors: [{ messageId: 'missingClaimCheck', data: { api: register, option: 'audience', claim: 'audience' }, line: 3, column: 1, endLine: 3, endColumn: 25 }],
    },
  ],
})

ruleTester.run(`nestjs-jwt: ${requireIssuer.name}`, requireIssuer, {
  assertionOptions,
  valid: [
    {
      name: 'the module verifyOptions with issuer',
      code: `
import { JwtModule } from '@nestjs/jwt'
JwtModule.register({ secret, verifyOptions: { algorithms: ['HS256'], issuer: 'https://auth.example.com/' } })
`,
    },
    {
      name: 'registerAsync with issuer from configuration',
      code: `
import { JwtModule } from '@nestjs/jwt'
JwtModule.registerAsync({
  inject: [ConfigService],
  useFactory: (config: ConfigService) => ({ secret: config.get('JWT_SECRET'), verifyOptions: { issuer: config.get('JWT_ISSUER') } }),
})
`,
    },
    {
      name: 'a module that only signs',
      code: `
import { JwtModule } from '@nestjs/jwt'
JwtModule.register({ secret, signOptions: { expiresIn: '60s', issuer: 'https://auth.example.com/' } })
`,
    },
    {
      name: 'a per-call verify without issuer: the module may set it',
      code: `
import { JwtService } from '@nestjs/jwt'
export class AuthGuard {
  constructor(private jwtService: JwtService) {}
  async canActivate(context: ExecutionContext) {
    await this.jwtService.verifyAsync(extract(context), { secret: jwtConstants.secret })
    return true
  }
}
`,
    },
    {
      name: 'verifyOptions spread in from another module',
      code: `
import { JwtModule } from '@nestjs/jwt'
import { claimChecks } from './jwt.constants'
JwtModule.register({ secret, verifyOptions: { algorithms: ['HS256'], ...claimChecks } })
`,
    },
    {
      name: 'a local class called JwtModule',
      code: `
class JwtModule {
  static register(options: object) { return options }
}
JwtModule.register({ verifyOptions: { issuer: '' } })
`,
    },
  ],
  invalid: [
    {
      name: 'register with verifyOptions but no issuer',
      code: `
import { JwtModule } from '@nestjs/jwt'
@Module({ imports: [JwtModule.register({ secret, verifyOptions: { algorithms: ['HS256'] } })] })
export class AuthModule {}
`,
      errors: [{ messageId: 'missingClaimCheck', data: { api: register, option: 'issuer', claim: 'issuer' }, line: 3, column: 21, endLine: 3, endColumn: 39 }],
    },
    {
      name: 'registerAsync without issuer',
      code: `
import { JwtModule } from '@nestjs/jwt'
JwtModule.registerAsync({
  useFactory: async (config: ConfigService) => ({ secret: config.get('JWT_SECRET'), verifyOptions: { algorithms: ['HS256'] } }),
  inject: [ConfigService],
})
`,
      errors: [
        { messageId: 'missingClaimCheck', data: { api: registerAsync, option: 'issuer', claim: 'issuer' }, line: 3, column: 1, endLine: 3, endColumn: 24 },
      ],
    },
    {
      name: 'issuer emptied on one call',
      code: `
import { JwtService } from '@nestjs/jwt'
export class TokenService {
  constructor(private readonly jwtService: JwtService) {}
  verify(token: string) {
    return this.jwtService.verify(token, { issuer: '' })
  }
}
`,
      errors: [{ messageId: 'emptyClaimCheck', data: { api: verify, option: 'issuer', claim: 'issuer', value: `''` }, line: 6, column: 52, endLine: 6, endColumn: 54 }],
    },
    {
      name: 'issuer set to null in a verifyOptions constant',
      code: `
import { JwtModule } from '@nestjs/jwt'
const verifyOptions = { algorithms: ['RS256'], issuer: null }
JwtModule.register({ publicKey, verifyOptions })
`,
      errors: [{ messageId: 'emptyClaimCheck', data: { api: register, option: 'issuer', claim: 'issuer', value: 'null' }, line: 3, column: 56, endLine: 3, endColumn: 60 }],
    },
    {
      name: 'namespace import',
      code: `
import * as nestJwt from '@nestjs/jwt'
nestJwt.JwtModule.register({ publicKey, verifyOptions: { algorithms: ['RS256'] } })
`,
      errors: [{ messageId: 'missingClaimCheck', data: { api: register, option: 'issuer', claim: 'issuer' }, line: 3, column: 1, endLine: 3, endColumn: 27 }],
    },
  ],
})

cjsRuleTester.run(`nestjs-jwt (CommonJS): ${requireIssuer.name}`, requireIssuer, {
  assertionOptions,
  valid: [
    {
      name: 'compiled CommonJS with issuer',
      code: `
const jwt_1 = require('@nestjs/jwt')
jwt_1.JwtModule.register({ secret, verifyOptions: { issuer: 'https://auth.example.com/' } })
`,
    },
  ],
  invalid: [
    {
      name: 'compiled CommonJS without issuer',
      code: `
const jwt_1 = require('@nestjs/jwt')
jwt_1.JwtModule.register({ secret, verifyOptions: { algorithms: ['HS256'] } })
`,
      errors: [{ messageId: 'missingClaimCheck', data: { api: register, option: 'issuer', claim: 'issuer' }, line: 3, column: 1, endLine: 3, endColumn: 25 }],
    },
  ],
})

ruleTester.run(`nestjs-jwt: ${noDisabledExpiry.name}`, noDisabledExpiry, {
  assertionOptions,
  valid: [
    {
      name: 'expiry checks left on',
      code: `
import { JwtModule } from '@nestjs/jwt'
JwtModule.register({ secret, verifyOptions: { ignoreExpiration: false, clockTolerance: 30 } })
`,
    },
    {
      name: 'a long token lifetime is a signing choice, not a verify option',
      code: `
import { JwtModule } from '@nestjs/jwt'
JwtModule.register({ secret, signOptions: { expiresIn: '7d', notBefore: 3600 } })
`,
    },
    {
      name: 'a flag from configuration',
      code: `
import { JwtModule } from '@nestjs/jwt'
JwtModule.registerAsync({
  inject: [ConfigService],
  useFactory: (config: ConfigService) => ({ verifyOptions: { ignoreExpiration: config.get<boolean>('JWT_IGNORE_EXP') } }),
})
`,
    },
    {
      name: 'verifyOptions imported from another module',
      code: `
import { JwtModule } from '@nestjs/jwt'
import { verifyOptions } from './jwt.constants'
JwtModule.register({ secret, verifyOptions })
`,
    },
    {
      name: 'the same option names on an unrelated object',
      code: `
import { JwtService } from '@nestjs/jwt'
export class CacheService {
  constructor(private readonly jwtService: JwtService) {}
  options = { ignoreExpiration: true, clockTolerance: 86400 }
}
`,
    },
    {
      name: 'a local class called JwtService',
      code: `
class JwtService {
  verify(token: string, options: object) { return options }
}
new JwtService().verify(token, { ignoreExpiration: true })
`,
    },
  ],
  invalid: [
    {
      name: 'ignoreExpiration on the module',
      code: `
import { JwtModule } from '@nestjs/jwt'
@Module({ imports: [JwtModule.register({ secret, verifyOptions: { algorithms: ['HS256'], ignoreExpiration: true } })] })
export class AuthModule {}
`,
      errors: [
        {
          messageId: 'expiryIgnored',
          data: { api: register, option: 'ignoreExpiration' },
          line: 3, column: 90, endLine: 3, endColumn: 112,
          suggestions: [
            {
              messageId: 'removeOption',
              data: { option: 'ignoreExpiration' },
              output: `
import { JwtModule } from '@nestjs/jwt'
@Module({ imports: [JwtModule.register({ secret, verifyOptions: { algorithms: ['HS256'] } })] })
export class AuthModule {}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'a large clock tolerance from registerAsync',
      code: `
import { JwtModule } from '@nestjs/jwt'
JwtModule.registerAsync({ useFactory: async () => ({ verifyOptions: { clockTolerance: 60 * 60 } }) })
`,
      errors: [
        {
          messageId: 'clockToleranceTooLarge',
          data: { api: registerAsync, option: 'clockTolerance', seconds: '3600', limit: '300' },
          line: 3, column: 71, endLine: 3, endColumn: 94,
          suggestions: [
            {
              messageId: 'removeOption',
              data: { option: 'clockTolerance' },
              output: `
import { JwtModule } from '@nestjs/jwt'
JwtModule.registerAsync({ useFactory: async () => ({ verifyOptions: {  } }) })
`,
            },
          ],
        },
      ],
    },
    {
      name: 'ignoreExpiration on one call',
      code: `
import { JwtService } from '@nestjs/jwt'
export class RefreshService {
  constructor(private readonly jwtService: JwtService) {}
  refresh(token: string) {
    const payload = this.jwtService.verify(token, { secret: refreshSecret, ignoreExpiration: true })
    return this.jwtService.sign({ sub: payload.sub })
  }
}
`,
      errors: [
        {
          messageId: 'expiryIgnored',
          data: { api: verify, option: 'ignoreExpiration' },
          line: 6, column: 76, endLine: 6, endColumn: 98,
          suggestions: [
            {
              messageId: 'removeOption',
              data: { option: 'ignoreExpiration' },
              output: `
import { JwtService } from '@nestjs/jwt'
export class RefreshService {
  constructor(private readonly jwtService: JwtService) {}
  refresh(token: string) {
    const payload = this.jwtService.verify(token, { secret: refreshSecret })
    return this.jwtService.sign({ sub: payload.sub })
  }
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'ignoreNotBefore on verifyAsync',
      code: `
import { JwtService } from '@nestjs/jwt'
export class AuthGuard {
  constructor(private jwt: JwtService) {}
  async canActivate(context: ExecutionContext) {
    await this.jwt.verifyAsync(extract(context), { ignoreNotBefore: true })
    return true
  }
}
`,
      errors: [
        {
          messageId: 'notBeforeIgnored',
          data: { api: verifyAsync, option: 'ignoreNotBefore' },
          line: 6, column: 52, endLine: 6, endColumn: 73,
          suggestions: [
            {
              messageId: 'removeOption',
              data: { option: 'ignoreNotBefore' },
              output: `
import { JwtService } from '@nestjs/jwt'
export class AuthGuard {
  constructor(private jwt: JwtService) {}
  async canActivate(context: ExecutionContext) {
    await this.jwt.verifyAsync(extract(context), {  })
    return true
  }
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'a clock tolerance string in a verifyOptions constant',
      code: `
import { JwtModule } from '@nestjs/jwt'
const verifyOptions = { algorithms: ['HS256'], clockTolerance: '120' }
JwtModule.register({ secret, verifyOptions })
`,
      errors: [
        {
          messageId: 'clockToleranceUnbounded',
          data: { api: register, option: 'clockTolerance', value: `'120'` },
          line: 3, column: 48, endLine: 3, endColumn: 69,
          suggestions: [
            {
              messageId: 'removeOption',
              data: { option: 'clockTolerance' },
              output: `
import { JwtModule } from '@nestjs/jwt'
const verifyOptions = { algorithms: ['HS256'] }
JwtModule.register({ secret, verifyOptions })
`,
            },
          ],
        },
      ],
    },
    {
      name: 'a pinned clock on a directly constructed service',
      code: `
import { JwtService } from '@nestjs/jwt'
const service = new JwtService({ secret })
service.verify(fixtureToken, { clockTimestamp: 1700000000 })
`,
      errors: [
        {
          messageId: 'clockPinned',
          data: { api: verify, option: 'clockTimestamp' },
          line: 4, column: 32, endLine: 4, endColumn: 58,
          suggestions: [
            {
              messageId: 'removeOption',
              data: { option: 'clockTimestamp' },
              output: `
import { JwtService } from '@nestjs/jwt'
const service = new JwtService({ secret })
service.verify(fixtureToken, {  })
`,
            },
          ],
        },
      ],
    },
  ],
})

cjsRuleTester.run(`nestjs-jwt (CommonJS): ${noDisabledExpiry.name}`, noDisabledExpiry, {
  assertionOptions,
  valid: [
    {
      name: 'compiled CommonJS with the expiry check on',
      code: `
const jwt_1 = require('@nestjs/jwt')
jwt_1.JwtModule.register({ secret, verifyOptions: { maxAge: '1h' } })
`,
    },
  ],
  invalid: [
    {
      name: 'compiled CommonJS',
      code: `
const jwt_1 = require('@nestjs/jwt')
jwt_1.JwtModule.register({ secret, verifyOptions: { ignoreExpiration: true } })
`,
      errors: [
        {
          messageId: 'expiryIgnored',
          data: { api: register, option: 'ignoreExpiration' },
          line: 3, column: 53, endLine: 3, endColumn: 75,
          suggestions: [
            {
              messageId: 'removeOption',
              data: { option: 'ignoreExpiration' },
              output: `
const jwt_1 = require('@nestjs/jwt')
jwt_1.JwtModule.register({ secret, verifyOptions: {  } })
`,
            },
          ],
        },
      ],
    },
  ],
})

ruleTester.run(`nestjs-jwt: ${noIgnoredVerifyError.name}`, noIgnoredVerifyError, {
  assertionOptions,
  valid: [
    {
      name: 'the NestJS documentation guard',
      code: `
import { CanActivate, ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common'
import { JwtService } from '@nestjs/jwt'
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(private jwtService: JwtService) {}
  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest()
    const token = this.extractTokenFromHeader(request)
    if (!token) {
      throw new UnauthorizedException()
    }
    try {
      const payload = await this.jwtService.verifyAsync(token, { secret: jwtConstants.secret })
      request['user'] = payload
    } catch {
      throw new UnauthorizedException()
    }
    return true
  }
}
`,
    },
    {
      name: 'a guard whose catch denies',
      code: `
import { JwtService } from '@nestjs/jwt'
export class AuthGuard {
  constructor(private readonly jwtService: JwtService) {}
  canActivate(context: ExecutionContext) {
    try {
      context.switchToHttp().getRequest().user = this.jwtService.verify(extract(context))
      return true
    } catch (error) {
      this.logger.warn(error)
      return false
    }
  }
}
`,
    },
    {
      name: 'a validity check outside a guard returns true or false',
      code: `
import { JwtService } from '@nestjs/jwt'
export class TokenService {
  constructor(private readonly jwtService: JwtService) {}
  isValid(token: string): boolean {
    try {
      this.jwtService.verify(token)
      return true
    } catch {
      return false
    }
  }
}
`,
    },
    {
      name: 'the Promise returned to the caller',
      code: `
import { JwtService } from '@nestjs/jwt'
export class TokenService {
  constructor(private readonly jwtService: JwtService) {}
  verify(token: string) {
    return this.jwtService.verifyAsync(token)
  }
}
`,
    },
    {
      name: 'a rejection turned into an HTTP error',
      code: `
import { JwtService } from '@nestjs/jwt'
export class AuthGuard {
  constructor(private readonly jwtService: JwtService) {}
  async canActivate(context: ExecutionContext) {
    const request = context.switchToHttp().getRequest()
    request.user = await this.jwtService.verifyAsync(extract(request)).catch((error) => {
      throw new UnauthorizedException(error.message)
    })
    return true
  }
}
`,
    },
    {
      name: 'a middleware that passes the error on',
      code: `
import { NestMiddleware } from '@nestjs/common'
import { JwtService } from '@nestjs/jwt'
export class JwtMiddleware implements NestMiddleware {
  constructor(private readonly jwtService: JwtService) {}
  use(req: Request, res: Response, next: () => void) {
    try {
      req.user = this.jwtService.verify(extract(req))
    } catch (error) {
      return next(new UnauthorizedException())
    }
    next()
  }
}
`,
    },
  ],
  invalid: [
    {
      name: 'a guard whose catch only logs, then allows',
      code: `
import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common'
import { JwtService } from '@nestjs/jwt'
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(private jwtService: JwtService) {}
  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest()
    try {
      request.user = await this.jwtService.verifyAsync(extract(request))
    } catch (error) {
      console.error(error)
    }
    return true
  }
}
`,
      errors: [
        {
          messageId: 'swallowedVerifyError',
          data: { api: verifyAsync },
          line: 11, column: 7, endLine: 13, endColumn: 6,
        },
      ],
    },
    {
      name: 'a guard whose catch allows',
      code: `
import { JwtService } from '@nestjs/jwt'
export class OptionalAuthGuard {
  constructor(private readonly jwt: JwtService) {}
  canActivate(context: ExecutionContext) {
    const request = context.switchToHttp().getRequest()
    try {
      request.user = this.jwt.verify(extract(request))
    } catch {
      return true
    }
    return request.user.active
  }
}
`,
      errors: [
        {
          messageId: 'swallowedVerifyError',
          data: { api: verify },
          line: 9, column: 7, endLine: 11, endColumn: 6,
        },
      ],
    },
    {
      name: 'a Promise tested as a boolean',
      code: `
import { JwtService } from '@nestjs/jwt'
export class AuthGuard {
  constructor(private readonly jwtService: JwtService) {}
  async canActivate(context: ExecutionContext) {
    if (this.jwtService.verifyAsync(extract(context))) return true
    throw new UnauthorizedException()
  }
}
`,
      errors: [
        {
          messageId: 'unawaitedVerify',
          data: { api: verifyAsync },
          line: 6, column: 9, endLine: 6, endColumn: 54,
          suggestions: [
            {
              messageId: 'addAwait',
              data: {},
              output: `
import { JwtService } from '@nestjs/jwt'
export class AuthGuard {
  constructor(private readonly jwtService: JwtService) {}
  async canActivate(context: ExecutionContext) {
    if (await this.jwtService.verifyAsync(extract(context))) return true
    throw new UnauthorizedException()
  }
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'a floating Promise in a try',
      code: `
import { JwtService } from '@nestjs/jwt'
export class AuthGuard {
  constructor(private readonly jwtService: JwtService) {}
  async canActivate(context: ExecutionContext) {
    try {
      this.jwtService.verifyAsync(extract(context))
    } catch {
      throw new UnauthorizedException()
    }
    return true
  }
}
`,
      errors: [
        {
          messageId: 'floatingVerify',
          data: { api: verifyAsync, inTry: ', and the surrounding try catches nothing' },
          line: 7, column: 7, endLine: 7, endColumn: 52,
          suggestions: [
            {
              messageId: 'addAwait',
              data: {},
              output: `
import { JwtService } from '@nestjs/jwt'
export class AuthGuard {
  constructor(private readonly jwtService: JwtService) {}
  async canActivate(context: ExecutionContext) {
    try {
      await this.jwtService.verifyAsync(extract(context))
    } catch {
      throw new UnauthorizedException()
    }
    return true
  }
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'a middleware whose catch logs, then calls next()',
      code: `
import { NestMiddleware } from '@nestjs/common'
import { JwtService } from '@nestjs/jwt'
export class JwtMiddleware implements NestMiddleware {
  constructor(private readonly jwtService: JwtService) {}
  use(req: Request, res: Response, next: () => void) {
    try {
      req.user = this.jwtService.verify(extract(req))
    } catch (error) {
      this.logger.warn(error)
    }
    next()
  }
}
`,
      errors: [
        {
          messageId: 'swallowedVerifyError',
          data: { api: verify },
          line: 9, column: 7, endLine: 11, endColumn: 6,
        },
      ],
    },
    {
      name: 'a rejection handler that calls next()',
      code: `
import { JwtService } from '@nestjs/jwt'
export class JwtMiddleware {
  constructor(private readonly jwtService: JwtService) {}
  use(req: Request, res: Response, next: () => void) {
    this.jwtService
      .verifyAsync(extract(req))
      .then((payload) => {
        req.user = payload
        next()
      })
      .catch(() => next())
  }
}
`,
      errors: [{ messageId: 'swallowedVerifyError', data: { api: verifyAsync }, line: 12, column: 14, endLine: 12, endColumn: 26 }],
    },
  ],
})

cjsRuleTester.run(`nestjs-jwt (CommonJS): ${noIgnoredVerifyError.name}`, noIgnoredVerifyError, {
  assertionOptions,
  valid: [
    {
      name: 'compiled CommonJS guard that denies',
      code: `
const { JwtService } = require('@nestjs/jwt')
const service = new JwtService({ secret })
exports.canActivate = function canActivate(token) {
  try {
    service.verify(token)
  } catch (error) {
    return false
  }
  return true
}
`,
    },
  ],
  invalid: [
    {
      name: 'compiled CommonJS guard that allows on error',
      code: `
const { JwtService } = require('@nestjs/jwt')
const service = new JwtService({ secret })
exports.canActivate = function canActivate(token) {
  try {
    service.verify(token)
  } catch (error) {
    console.warn(error)
  }
  return true
}
`,
      errors: [
        {
          messageId: 'swallowedVerifyError',
          data: { api: verify },
          line: 7, column: 5, endLine: 9, endColumn: 4,
        },
      ],
    },
  ],
})

