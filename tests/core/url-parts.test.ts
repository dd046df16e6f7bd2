import { AST_NODE_TYPES } from '@typescript-eslint/utils'
import { describe, expect, it } from 'vitest'
import { urlPieces } from '../../src/core/url-parts.js'
import { withAnalysis } from './probe.js'

interface Found {
  readonly pieces: readonly string[]
  readonly staticText: string
}

/** The URL pieces of the initializer of `url`, the last declaration of `code`: each as `text part parameter`. */
function piecesOf(code: string, isUrl = false): Found {
  return withAnalysis(code, (analysis) => {
    const statement = analysis.sourceCode.ast.body.at(-1)
    const declarator = statement?.type === AST_NODE_TYPES.VariableDeclaration ? statement.declarations[0] : undefined
    if (!declarator?.init) throw new Error('the last statement must declare url')
    const url = urlPieces(declarator.init, analysis, isUrl)
    return {
      pieces: url.pieces.map((piece) => [analysis.sourceCode.getText(piece.node), piece.part, piece.parameter ?? '-'].join(' ')),
      staticText: url.staticText(),
    }
  })
}

describe('urlPieces', () => {
  it.each<[string, string, boolean, readonly string[]]>([
    ['a query parameter', 'const url = `https://api.test/x?access_token=${t}`', false, ['t query access_token']],
    ['a fragment parameter', "const url = 'https://app.test/#id_token=' + t", false, ['t fragment id_token']],
    ['a path segment', 'const url = `https://api.test/sessions/${t}`', false, ['t path -']],
    ['a path segment of a string used as a URL', 'const url = `${api}/sessions/${t}`', true, ['t path -']],
    ['a message, not a URL', "const url = 'Failed to load ' + t", false, []],
    ['a sum with a number', 'const url = count + 1', false, []],
    // The first part is only worked out when the token's place needs it.
    ['a constant prefix that ends in a parameter', "const base = 'https://api.test/x?token='\nconst url = base + t", false, ['t query token']],
    ['a constant scheme and host, then a path', "const scheme = 'https://'\nconst host = 'api.test'\nconst url = `${scheme}${host}/users/${t}`", false, ['t path -']],
    ['a constant prefix, an unknown part, then a parameter', "const base = 'https://api.test'\nconst url = base + path + '?token=' + t", false, ['t query token']],
    ['a parameter cut off by whitespace', "const base = 'https://api.test/x?token='\nconst url = `${base} ${t}`", false, []],
    ['a parameter in a prefix whose value is unknown', 'const url = `${base}${t}`', false, []],
    ['a known value in place of an expression', "const id = 'me'\nconst url = `https://api.test/users/${id}?token=${t}`", false, ['t query token']],
  ])('%s', (_name, code, isUrl, expected) => {
    expect(piecesOf(code, isUrl).pieces).toEqual(expected)
  })

  it('gives the static text of every part, also of the ones it did not need', () => {
    const code = "const what = 'confirm your e-mail'\nconst url = what + ': https://app.test/verify?token=' + t"
    expect(piecesOf(code)).toEqual({ pieces: ['t query token'], staticText: 'confirm your e-mail : https://app.test/verify?token=' })
  })
})
