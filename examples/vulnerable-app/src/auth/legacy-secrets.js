const jwt = require('jsonwebtoken')

// Tokens for the old mobile app. Nobody set LEGACY_JWT_SECRET in production, so the fallback is live.
const LEGACY_SECRET = process.env.LEGACY_JWT_SECRET || 'changeme'

// Partner webhooks are signed with HS512; the shared key was pasted in during the integration call.
const PARTNER_WEBHOOK_KEY = 'acme-webhooks-7f3a9c2e41b8'

function issueLegacyToken(user) {
  return jwt.sign({ sub: user.id, role: user.role }, LEGACY_SECRET, { expiresIn: '1h', audience: 'mobile' })
}

function verifyLegacyToken(token) {
  return jwt.verify(token, LEGACY_SECRET, { algorithms: ['HS256'], audience: 'mobile', issuer: 'legacy-login' })
}

function verifyPartnerWebhook(token) {
  return jwt.verify(token, PARTNER_WEBHOOK_KEY, { algorithms: ['HS512'], audience: 'webhooks', issuer: 'partner' })
}

module.exports = { issueLegacyToken, verifyLegacyToken, verifyPartnerWebhook }
