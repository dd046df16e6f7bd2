import jwt from 'jsonwebtoken'
import { publicKeys } from './keys'

/** Partner systems send tokens signed with their own keys. */
export function verifyPartnerToken(token: string) {
  const { header } = jwt.decode(token, { complete: true }) ?? { header: { alg: 'RS256', kid: '' } }
  const key = publicKeys[header.kid as keyof typeof publicKeys]
  return jwt.verify(token, key, {
    algorithms: [header.alg as jwt.Algorithm],
    audience: 'https://api.example.com',
    issuer: 'https://partners.example.com',
  })
}

const legacyOptions: jwt.VerifyOptions = {
  algorithms: ['HS256', 'RS256', 'none'],
  audience: 'https://api.example.com',
  issuer: 'https://auth.example.com',
  ignoreExpiration: true,
}

/** Tokens from the old login service, which never set a proper expiry. */
export function verifyLegacyToken(token: string, key: string) {
  return jwt.verify(token, key, legacyOptions)
}
