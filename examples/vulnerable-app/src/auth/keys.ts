import { readFileSync } from 'node:fs'

export const publicKeys = {
  partnerA: readFileSync('keys/partner-a.pem', 'utf8'),
  partnerB: readFileSync('keys/partner-b.pem', 'utf8'),
}
