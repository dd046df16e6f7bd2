/**
 * HMAC secrets that wordlists for offline JWT cracking (hashcat mode 16500,
 * jwt_tool, jwt-cracker) try first: dictionary words, placeholders and the
 * sample secrets of library READMEs, jwt.io and framework docs.
 */

/** Compared after normalization (lower case, no spaces, dashes, underscores or dots, no trailing digits). */
const wellKnown = [
  'secret',
  'changeme',
  'changeit',
  'password',
  'passw0rd',
  'letmein',
  'qwerty',
  'admin',
  'default',
  'example',
  'sample',
  'demo',
  'hello',
  'helloworld',
  'foobar',
  'abc',
  'test',
  'dev',
  // express-jwt and koa-jwt README samples, and express-session's.
  'shhhhh',
  'shhhhhhared-secret',
  'keyboard cat',
  // jwt.io's default HS256/384/512 secrets.
  'your-256-bit-secret',
  'your-384-bit-secret',
  'your-512-bit-secret',
  'a-string-secret-at-least-256-bits-long',
  // The NestJS authentication guide.
  'DO NOT USE THIS VALUE. INSTEAD, CREATE A COMPLEX SECRET AND KEEP IT SAFE OUTSIDE OF THE SOURCE CODE.',
].map(normalize)

/** Words for a secret, with the qualifiers sample code puts around them: `my-jwt-secret`, `superSecretKey`. */
const secretPhrase =
  /^(?:my|your|our|the|a|some|super|top|very|jwt|app|auth|api|token|access|refresh|server|session|signing|sign|hmac|shared|private|dev|development|local|test|testing|default)*(?:secret|key|password|pass|passphrase|token)(?:key|phrase)?$/u

/** Words that mark a value meant to be replaced: `change-me-in-production`, `replace-with-your-secret`. */
const placeholderMarkers = ['changeme', 'changethis', 'replaceme', 'replacethis', 'replacewith', 'yoursecret', 'donotuse', 'notsecure', 'insecure', 'placeholder']

export function isWellKnownSecret(text: string): boolean {
  const normalized = normalize(text)
  if (normalized === '') return /^(.)\1*$/u.test(text)
  return (
    wellKnown.includes(normalized) ||
    secretPhrase.test(normalized) ||
    placeholderMarkers.some((marker) => normalized.includes(marker)) ||
    // One character repeated: `xxxxxxxx...`.
    /^(.)\1*$/u.test(normalized)
  )
}

function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\s_.-]/gu, '')
    .replace(/\d+$/u, '')
}
