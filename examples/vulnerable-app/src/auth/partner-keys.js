// Tokens from partner companies, and the access tokens issued to them in return.
const fs = require('node:fs')
const jwt = require('jsonwebtoken')
const { createRemoteJWKSet, decodeProtectedHeader, jwtVerify } = require('jose')

const partnerIssuer = 'https://partners.example.com'

// no-untrusted-key-source: the token says where its own keys are, so any key set will do.
// require-explicit-type (strict): no `typ`, so an ID token of the same issuer passes too.
async function verifyPartnerToken(token) {
  const { jku } = decodeProtectedHeader(token)
  const { payload } = await jwtVerify(token, createRemoteJWKSet(new URL(jku)), {
    algorithms: ['RS256'],
    issuer: partnerIssuer,
    audience: 'orders-api',
  })
  return payload
}

// no-untrusted-key-source: `kid` picks a file, `../../../dev/null` included.
function verifyLegacyPartnerToken(token, done) {
  jwt.verify(
    token,
    (header, callback) => callback(null, fs.readFileSync(`keys/partners/${header.kid}.pem`)),
    { algorithms: ['RS256'], issuer: partnerIssuer, audience: 'orders-api' },
    done,
  )
}

// require-explicit-type (strict): an access token without `typ: 'at+jwt'`.
function issuePartnerAccessToken(partnerId, privateKey) {
  return jwt.sign({ sub: partnerId, scope: 'orders:read' }, privateKey, {
    algorithm: 'RS256',
    expiresIn: '10m',
    issuer: 'https://api.example.com',
    audience: 'orders-api',
  })
}

module.exports = { verifyPartnerToken, verifyLegacyPartnerToken, issuePartnerAccessToken }
