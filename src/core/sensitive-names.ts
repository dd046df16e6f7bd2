/**
 * Matching claim and variable names against the sensitive-data model, word by
 * word: `passwordHash`, `password_hash` and `hashedPassword` end in a sensitive
 * term; `passwordResetRequired`, `hasPassword` and `tokenType` do not.
 */
import { flagPrefixes } from '../model/sensitive-data.js'
import { nameWords } from './token-names.js'

/** Words of a name without trailing digits: `cvv2` is `cvv`, `password1` is `password`. */
function words(name: string): string[] {
  return nameWords(name)
    .map((word) => word.replace(/\d+$/u, ''))
    .filter((word) => word !== '')
}

/**
 * The entry of `terms` that `name` names: its words end with the entry's words,
 * and it does not start with a flag word (`hasPassword`, `isSecret`).
 */
export function sensitiveTerm(name: string, terms: readonly string[]): string | undefined {
  const nameParts = words(name)
  if (nameParts.length === 0 || (nameParts.length > 1 && flagPrefixes.includes(nameParts[0]!))) return undefined
  return terms.find((term) => {
    const termParts = words(term)
    const offset = nameParts.length - termParts.length
    return termParts.length > 0 && offset >= 0 && termParts.every((word, index) => nameParts[offset + index] === word)
  })
}

/** Whether any word of `name` is one of `list`: `dbUser` has `user`. */
export function hasWord(name: string, list: readonly string[]): boolean {
  return words(name).some((word) => list.includes(word))
}
