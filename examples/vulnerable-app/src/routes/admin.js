const express = require('express')
const { decode } = require('jsonwebtoken')

const router = express.Router()

// Only admins may list users.
router.get('/users', (req, res) => {
  const token = req.headers.authorization.split(' ')[1]
  const claims = decode(token)
  if (claims.role !== 'admin') return res.status(403).end()
  res.json(listUsers())
})

function listUsers() {
  return []
}

module.exports = router
