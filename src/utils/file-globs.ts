/**
 * The `ignoreFiles` option of the key rules: globs, relative to the ESLint
 * working directory, of files where written keys are expected (tests,
 * fixtures). Matching follows ESLint's `files` patterns: `**` spans
 * directories, `*` and `?` stay within one, `{a,b}` lists alternatives.
 */
import path from 'node:path'
import type { JSONSchema4 } from '@typescript-eslint/utils/json-schema'

export const ignoreFilesSchema: JSONSchema4 = {
  type: 'array',
  items: { type: 'string', minLength: 1 },
  uniqueItems: true,
  description:
    'Globs, relative to the ESLint working directory, of files not to check, such as tests and fixtures (`**/*.test.*`).',
}

export function isIgnoredFile(filename: string, cwd: string, globs: readonly string[]): boolean {
  if (globs.length === 0) return false
  const relative = (path.isAbsolute(filename) ? path.relative(cwd, filename) : filename).split(path.sep).join('/')
  return globs.some((glob) => globToRegExp(glob).test(relative))
}

export function globToRegExp(glob: string): RegExp {
  return new RegExp(`^${globSource(glob.startsWith('./') ? glob.slice(2) : glob)}$`, 'u')
}

function globSource(glob: string): string {
  let source = ''
  let index = 0
  while (index < glob.length) {
    const char = glob[index]!
    if (glob.startsWith('**', index)) {
      const atSegmentStart = index === 0 || glob[index - 1] === '/'
      const followedBySlash = glob[index + 2] === '/'
      if (atSegmentStart && followedBySlash) {
        source += '(?:[^/]*/)*'
        index += 3
        continue
      }
      source += '.*'
      index += 2
      continue
    }
    if (char === '*') source += '[^/]*'
    else if (char === '?') source += '[^/]'
    else if (char === '{') {
      const end = glob.indexOf('}', index)
      if (end === -1) source += '\\{'
      else {
        source += `(?:${glob.slice(index + 1, end).split(',').map(globSource).join('|')})`
        index = end
      }
    } else if (char === '[') {
      const end = glob.indexOf(']', index + 1)
      if (end === -1) source += '\\['
      else {
        const body = glob.slice(index + 1, end).replace(/^!/u, '^').replace(/\\/gu, '\\\\')
        source += `[${body}]`
        index = end
      }
    } else source += escapeRegExp(char)
    index++
  }
  return source
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&')
}
