import type { TSESTree } from '@typescript-eslint/utils'
import { callsJwtApis, getJwtAnalysis } from '../core/analysis.js'
import { hmacRequirement } from '../core/hmac-requirement.js'
import { keyArgumentLabel, type KeySite } from '../core/key-sites.js'
import { writtenKeyUses } from '../core/written-keys.js'
import { isWellKnownSecret } from '../model/weak-secrets.js'
import { createRule } from '../utils/create-rule.js'
import { ignoreFilesSchema, isIgnoredFile } from '../utils/file-globs.js'

export type Options = [{ ignoreFiles?: string[] }]
export type MessageIds = 'tooShort' | 'wellKnown'

export default createRule<Options, MessageIds>({
  name: 'no-weak-secret',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow HMAC secrets that are shorter than the hash or well known',
      recommended: 'recommended',
      cwe: 'CWE-326',
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
      tooShort:
        'The HMAC {{place}} of `{{api}}` is {{bytes}} bytes, but {{algorithm}} needs at least {{required}} (its hash size): a shorter secret can be brute-forced offline from a single token. Use at least {{required}} random bytes, such as `crypto.randomBytes({{required}})`, kept out of the code.',
      wellKnown:
        'The HMAC {{place}} of `{{api}}` is `{{value}}`, a well-known value that JWT cracking wordlists try first: anyone can sign tokens with it. Use at least {{required}} random bytes kept out of the code.',
    },
  },
  create(context, [{ ignoreFiles = [] }]) {
    if (!callsJwtApis(context)) return {}
    if (isIgnoredFile(context.filename, context.cwd, ignoreFiles)) return {}

    return {
      'Program:exit'(): void {
        const analysis = getJwtAnalysis(context)
        /** A constant used by several calls is reported once, at its strictest use found first. */
        const reported = new Set<TSESTree.Node>()
        for (const { site, key } of writtenKeyUses(analysis)) {
          if (key.kind !== 'secret' || reported.has(key.node)) continue
          const requirement = hmacRequirement(analysis, site.reference)
          if (!requirement) continue
          const api = site.reference.displayName
          const place = placeName(site)
          const required = String(requirement.bytes)
          if (isWellKnownSecret(key.text)) {
            reported.add(key.node)
            context.report({ node: key.node, messageId: 'wellKnown', data: { api, place, required, value: key.text } })
          } else if (key.bytes !== undefined && key.bytes < requirement.bytes) {
            reported.add(key.node)
            context.report({
              node: key.node,
              messageId: 'tooShort',
              data: { api, place, required, bytes: String(key.bytes), algorithm: requirement.algorithm ?? 'even HS256' },
            })
          }
        }
      },
    }
  },
})

function placeName(site: KeySite): string {
  return site.label === keyArgumentLabel ? 'secret' : `\`${site.label}\``
}
