import { jwtVerify } from 'jose'
import type { NextFunction, Request, Response } from 'express'

const secret = new TextEncoder().encode(process.env.SESSION_SECRET)

/** Session cookies are verified with jose. */
export async function requireSession(req: Request, res: Response, next: NextFunction) {
  const token: string = req.cookies.session
  if (jwtVerify(token, secret, { algorithms: ['HS256'], issuer: 'https://auth.example.com' })) {
    return next()
  }
  res.status(401).end()
}
