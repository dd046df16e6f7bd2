import type { TSESTree } from '@typescript-eslint/utils'
import { callsJwtApis, getJwtAnalysis } from '../core/analysis.js'
import { keyArgumentLabel, type KeySite } from '../core/key-sites.js'
import { writtenKeyUses } from '../core/written-keys.js'
import { createRule } from '../utils/create-rule.js'
import { ignoreFilesSchema, isIgnoredFile } from '../utils/file-globs.js'

export type Options = [{ ignoreFiles?: string[] }]
export type MessageIds = 'hardcoded' | 'fallback'

const materialNames = { secret: 'secret', 'private-key': 'private key' } as const

export default createRule<Options, MessageIds>({
  name: 'no-hardcoded-secret',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow JWT secrets and private keys written in the source code',
      recommended: 'recommended',
      cwe: 'CWE-321',
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: { ignoreFiles: ignoreFilesSchema },
      },
    ],
    defaultOptions: [{ ignoreFiles: [] }],
    messages: {
      hardcoded:
        '`{{api}}` gets its {{place}} from a {{material}} written in the code: anyone who can read the repository or the build can forge tokens this service accepts. Load it at runtime from a secret store or the environment.',
      fallback:
        '`{{api}}` falls back to a {{material}} written in the code when `{{source}}` is not set, so a deployment that misses the variable runs with a key everyone with the source knows. Fail at startup when it is missing instead.',
    },
  },
  create(context, [{ ignoreFiles = [] }]) {
    if (!callsJwtApis(context)) return {}
    if (isIgnoredFile(context.filename, context.cwd, ignoreFiles)) return {}
    const { sourceCode } = context

    return {
      'Program:exit'(): void {
        /** A constant used by several calls is reported once, at the literal. */
        const reported = new Set<TSESTree.Node>()
        for (const { site, key } of writtenKeyUses(getJwtAnalysis(context))) {
          if (key.kind === 'public-key' || reported.has(key.node)) continue
          reported.add(key.node)
          const api = site.reference.displayName
          const material = materialNames[key.kind]
          if (key.fallbackFor) {
            context.report({
              node: key.node,
              messageId: 'fallback',
              data: { api, material, source: sourceCode.getText(key.fallbackFor) },
            })
          } else {
            context.report({ node: key.node, messageId: 'hardcoded', data: { api, place: placeName(site), material } })
          }
        }
      },
    }
  },
})

function placeName(site: KeySite): string {
  return site.label === keyArgumentLabel ? 'key' : `\`${site.label}\``
}
