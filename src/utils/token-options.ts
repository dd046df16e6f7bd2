/** The name-list options shared by the token exposure rules, and how their messages name a token. */
import type { JSONSchema4 } from '@typescript-eslint/utils/json-schema'
import type { TokenFacts } from '../core/token-provenance.js'
import { defaultIgnoredNames, defaultTokenNames } from '../model/tokens.js'

export interface TokenNameOptions {
  tokenNames?: string[]
  ignoredNames?: string[]
}

export const tokenNameSchema: Record<'tokenNames' | 'ignoredNames', JSONSchema4> = {
  tokenNames: {
    type: 'array',
    items: { type: 'string' },
    uniqueItems: true,
    description:
      'Names that mark a value as a token when its origin cannot be traced, matched on their last words, case and separators ignored (`token` also matches `access_token` and `newToken`).',
  },
  ignoredNames: {
    type: 'array',
    items: { type: 'string' },
    uniqueItems: true,
    description:
      'Names that end like a token name but are not credentials (`csrfToken`, `nextPageToken`, `resetToken`, `max_tokens`), matched on their last words.',
  },
}

export const defaultTokenNameOptions: Required<TokenNameOptions> = {
  tokenNames: [...defaultTokenNames],
  ignoredNames: [...defaultIgnoredNames],
}

/** How a message names what it found, mid-sentence: "a bearer token", "an ID token", "a value built with the `Authorization` header". */
export function describeToken(facts: TokenFacts): string {
  if (facts.source === 'request-headers') return facts.form === 'headers' ? 'the request headers, `Authorization` included' : 'a value that holds the request headers, `Authorization` included'
  let what: string
  if (facts.idToken) what = 'an ID token'
  else if (facts.form === 'header' || (facts.source === 'authorization-header' && facts.form === 'contains')) what = 'the `Authorization` header'
  else if (facts.source === 'authorization-header') what = 'the bearer token from the `Authorization` header'
  else what = 'a bearer token'
  return facts.form === 'contains' ? `a value built with ${what}` : what
}
