const jwt = require('jsonwebtoken')

// Verifies the bearer token of every API request.
function authenticate(req, res, next) {
  const header = req.headers.authorization || ''
  const token = header.replace(/^Bearer\s+/i, '')

  jwt.verify(token, process.env.JWT_SECRET, (err, claims) => {
    req.user = claims
    next()
  })
}

module.exports = { authenticate }
