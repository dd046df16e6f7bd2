// Tokens issued by the login, profile and device-pairing endpoints.
const jwt = require('jsonwebtoken')
const { User } = require('../models')

const secret = process.env.JWT_SECRET

/** The session token, after a successful login. */
async function issueSessionToken(email) {
  const user = await User.findOne({ email }).lean()
  // require-expiration: no `expiresIn` and no `exp` claim, so a leaked token works forever.
  return jwt.sign({ sub: String(user._id), role: user.role }, secret)
}

/** A token the single-page app reads the profile from. */
async function issueProfileToken(email) {
  const user = await User.findOne({ email }).lean()
  // no-sensitive-payload: the whole row, password hash included, is readable by anyone holding the token.
  return jwt.sign({ ...user }, secret, { expiresIn: '15m' })
}

/** The mobile app keeps this token for a quarter. */
function issueDeviceToken(user, deviceId) {
  // no-sensitive-payload: the unlock PIN travels base64url-encoded, not encrypted.
  // require-expiration: 90 days is far beyond the one-day maximum.
  return jwt.sign({ sub: user.id, deviceId, pin: user.devicePin }, secret, { expiresIn: '90d' })
}

module.exports = { issueSessionToken, issueProfileToken, issueDeviceToken }
