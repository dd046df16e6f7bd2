import type { JwtLibrary } from '../types.js'
import { awsJwtVerify } from './aws-jwt-verify.js'
import { expressJwt } from './express-jwt.js'
import { fastJwt } from './fast-jwt.js'
import { fastifyJwt, fastifyJwtLegacy } from './fastify-jwt.js'
import { firebaseAdmin } from './firebase-admin.js'
import { googleAuthLibrary } from './google-auth-library.js'
import { hono } from './hono.js'
import { jose } from './jose.js'
import { jsonwebtoken } from './jsonwebtoken.js'
import { jsrsasign } from './jsrsasign.js'
import { jwksRsa } from './jwks-rsa.js'
import { jwtDecode } from './jwt-decode.js'
import { jwtSimple } from './jwt-simple.js'
import { koaJwt } from './koa-jwt.js'
import { nestjsJwt } from './nestjs-jwt.js'
import { passportJwt } from './passport-jwt.js'

export const libraries: readonly JwtLibrary[] = [
  jsonwebtoken,
  jose,
  jwtDecode,
  jwtSimple,
  expressJwt,
  passportJwt,
  koaJwt,
  fastifyJwt,
  fastifyJwtLegacy,
  fastJwt,
  hono,
  nestjsJwt,
  jsrsasign,
  jwksRsa,
  awsJwtVerify,
  googleAuthLibrary,
  firebaseAdmin,
]

/** Words that most JWT libraries' module names contain (`jsonwebtoken` and `fastify` do not). */
export const moduleNameWords: readonly string[] = ['jwt', 'jwk', 'jose']
