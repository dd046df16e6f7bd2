const express = require('express')
const axios = require('axios')

const router = express.Router()

// After the OIDC sign-in the browser posts its tokens here, and they are kept in cookies.
router.post('/session', (req, res) => {
  const { access_token: accessToken, id_token: idToken } = req.body
  // Readable by every script on the page, and sent over plain HTTP too.
  res.cookie('access_token', accessToken, { sameSite: 'lax' })
  res.cookie('id_token', idToken, { httpOnly: true, sameSite: 'lax' })
  res.sendStatus(204)
})

// The profile lives in the CRM, a different service with its own audience.
router.get('/profile', async (req, res) => {
  const { data } = await axios.get('https://crm.example.com/v1/profile', {
    headers: { Authorization: req.headers.authorization },
  })
  res.json(data)
})

// Analytics events are sent on the user's behalf with the ID token as the credential.
router.post('/events', async (req, res) => {
  const idToken = req.cookies.id_token
  await axios.post('https://analytics.example.com/v2/events', req.body, {
    headers: { Authorization: `Bearer ${idToken}` },
  })
  res.sendStatus(202)
})

module.exports = router
