/**
 * Matching identifier, property, header and cookie names against the token name
 * lists, word by word: `access_token`, `accessToken` and `X-Access-Token` all end
 * in the words `access token`.
 */
import { defaultIgnoredNames, defaultTokenNames, idTokenNames } from '../model/tokens.js'
import { cached } from './memo.js'

/** The name lists a rule works with: its options, defaulting to the model. */
export interface TokenNames {
  readonly tokenNames: readonly string[]
  readonly ignoredNames: readonly string[]
}

export const defaultNames: TokenNames = { tokenNames: defaultTokenNames, ignoredNames: defaultIgnoredNames }

const resolved = new Map<string, TokenNames>()

/**
 * The name lists for a rule's options, one object per distinct pair of lists, so that
 * every rule with the same lists shares one per-file cache.
 */
export function resolveTokenNames(options: { readonly tokenNames?: readonly string[]; readonly ignoredNames?: readonly string[] }): TokenNames {
  // ESLint hands each file freshly merged option arrays: compare contents, not identity, and
  // do it without building a key for the common case of the default lists.
  const tokenNames = sameList(options.tokenNames, defaultTokenNames) ? defaultTokenNames : options.tokenNames!
  const ignoredNames = sameList(options.ignoredNames, defaultIgnoredNames) ? defaultIgnoredNames : options.ignoredNames!
  if (tokenNames === defaultTokenNames && ignoredNames === defaultIgnoredNames) return defaultNames
  const key = JSON.stringify([tokenNames, ignoredNames])
  return cached(resolved, key, () => ({ tokenNames, ignoredNames }))
}

function sameList(list: readonly string[] | undefined, defaults: readonly string[]): boolean {
  if (list === undefined || list === defaults) return true
  return list.length === defaults.length && list.every((item, index) => item === defaults[index])
}

export type NameVerdict = 'token' | 'idToken' | 'ignored' | undefined

/** Lower-case words of a name: `nextPageToken` → `next page token`, `X-Auth-Token` → `x auth token`. */
export function nameWords(name: string): string[] {
  return name
    .replaceAll(/([a-z\d])([A-Z])/gu, '$1 $2')
    .replaceAll(/([A-Z]+)([A-Z][a-z])/gu, '$1 $2')
    .toLowerCase()
    .split(/[^a-z\d]+/u)
    .filter((word) => word.length > 0)
}

/**
 * A case-insensitive pattern that every text naming one of `names` matches, however the name's words
 * are joined: `apiKey` also finds `api_key` and `API-KEY`. Undefined for an empty list.
 */
export function nameTextPattern(names: readonly string[]): RegExp | undefined {
  const alternatives = names.map((name) => nameWords(name).join('[^a-z\\d]*')).filter((pattern) => pattern.length > 0)
  return alternatives.length > 0 ? new RegExp([...new Set(alternatives)].join('|'), 'iu') : undefined
}

function endsWith(words: readonly string[], suffix: readonly string[]): boolean {
  if (suffix.length === 0 || suffix.length > words.length) return false
  const offset = words.length - suffix.length
  return suffix.every((word, index) => words[offset + index] === word)
}

/** Name lists split into words once per list, not once per lookup. */
interface CompiledNames {
  readonly tokens: readonly string[][]
  readonly ignored: readonly string[][]
  readonly idTokens: readonly string[][]
  /** The last word of every listed name: a name that contains none of them is in no list. */
  readonly lastWords: readonly string[]
}

const compiled = new WeakMap<TokenNames, CompiledNames>()

function compile(names: TokenNames): CompiledNames {
  return cached(compiled, names, () => {
    const tokens = names.tokenNames.map(nameWords)
    const ignored = names.ignoredNames.map(nameWords)
    return {
      tokens,
      ignored,
      idTokens: idTokenNames.map(nameWords),
      lastWords: [...new Set([...tokens, ...ignored].flatMap((words) => words.slice(-1)))],
    }
  })
}

/**
 * Whether `name` names a token, an ID token, or something that only looks like one.
 * `qualifier` is the name of the object it is read from: `csrf` in `csrf.token`.
 */
export function classifyName(name: string, names: TokenNames, qualifier?: string): NameVerdict {
  const lists = compile(names)
  // A list entry matches the last words of a name, so the name must contain the entry's last word:
  // a cheap test that settles most names of a file without splitting them into words. (A name
  // without a word of its own, `$`, leaves its qualifier's words last.)
  const lower = name.toLowerCase()
  if (!lists.lastWords.some((word) => lower.includes(word)) && (qualifier === undefined || /[a-z\d]/iu.test(name))) return undefined
  const words = nameWords(name)
  const qualified = qualifier === undefined ? words : [...nameWords(qualifier), ...words]
  if (lists.ignored.some((ignored) => endsWith(words, ignored) || endsWith(qualified, ignored))) return 'ignored'
  if (!lists.tokens.some((token) => endsWith(words, token))) return undefined
  return lists.idTokens.some((idToken) => endsWith(words, idToken)) ? 'idToken' : 'token'
}

/** Whether the name is one of `list`, compared word by word (`X-Access-Token` is `x-access-token`). */
export function isNameIn(name: string, list: readonly string[]): boolean {
  const words = nameWords(name).join(' ')
  return list.some((entry) => nameWords(entry).join(' ') === words)
}
