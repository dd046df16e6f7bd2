import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils'
import { getJwtAnalysis } from '../core/analysis.js'
import { literalKeyName, outermostWrapper, skipWrappers } from '../core/ast.js'
import { getStringIfConstant } from '../core/eslint-utils.js'
import { anyOf } from '../core/text-patterns.js'
import { classifyName } from '../core/token-names.js'
import { mayHoldTokens, resolveTokenNames, tokenEvidence, tokenFacts } from '../core/token-provenance.js'
import { webStorageName } from '../core/web-storage.js'
import { type StorageSetting, storageSettings, storageWriters, storeClasses, webStorageGlobals } from '../model/sinks.js'
import { createRule } from '../utils/create-rule.js'
import { defaultTokenNameOptions, describeToken, type TokenNameOptions, tokenNameSchema } from '../utils/token-options.js'

export type Options = [TokenNameOptions]
export type MessageIds = 'tokenInStorage' | 'storageSetting' | 'storeSetting' | 'keepInMemory'

/** Text a file must contain to store anything in web storage: one pass over it for files that contain none. */
const settingHints = [...storageSettings.map((setting) => setting.option), ...storeClasses.map((store) => store.className)]
const storageTextHints = anyOf([...webStorageGlobals, ...settingHints])
const settingTextHints = anyOf(settingHints)

export default createRule<Options, MessageIds>({
  name: 'no-token-in-web-storage',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow keeping bearer tokens in `localStorage` or `sessionStorage`',
      recommended: 'recommended',
      cwe: 'CWE-922',
    },
    hasSuggestions: true,
    schema: [{ type: 'object', additionalProperties: false, properties: tokenNameSchema }],
    defaultOptions: [defaultTokenNameOptions],
    messages: {
      tokenInStorage:
        'This writes {{what}} to `{{storage}}`, where every script on the page can read it: a single XSS flaw or compromised dependency leaks it. Keep the token in memory, or let the server set it as an `HttpOnly` cookie.',
      storageSetting:
        '`{{option}}: {{value}}` makes {{library}} keep its tokens in `localStorage`, where every script on the page can read them and they outlive the browser session. Use the in-memory cache ({{memory}}) and silent renewal instead.',
      storeSetting:
        '`{{usedAs}}: new {{className}}({ {{option}}: {{storage}} })` makes {{library}} keep the signed-in user, tokens included, in `{{storage}}`, where every script on the page can read them. Use an in-memory store instead.',
      keepInMemory: 'Keep the tokens in memory: `{{option}}: {{memory}}`.',
    },
  },
  create(context, [options]) {
    const names = resolveTokenNames(options)
    const mentioned = storageTextHints.exec(context.sourceCode.text)?.[0]
    if (mentioned === undefined) return {}
    const mentionsSettings = !webStorageGlobals.includes(mentioned) || settingTextHints.test(context.sourceCode.text)
    if (!mentionsSettings && !mayHoldTokens(context, names)) return {}
    const analysis = getJwtAnalysis(context)

    /** Report a write of `value` under `key` (a static name or undefined). */
    function checkWrite(storage: string, key: TSESTree.Node | undefined, value: TSESTree.Node): void {
      const keyName = key ? getStringIfConstant(key, analysis.scopeOf(key)) : null
      checkWriteNamed(storage, keyName ?? undefined, value)
    }

    /**
     * A write of `value` under the key `name`. A value known to hold a token is reported, unless only
     * its name says so and the key says otherwise (`setItem('resetToken', params.get('token'))`). A value
     * of unknown origin is reported when the key names a token (`setItem('access_token', value)`).
     */
    function checkWriteNamed(storage: string, name: string | undefined, value: TSESTree.Node): void {
      const keyVerdict = name === undefined ? undefined : classifyName(name, names)
      const facts = tokenFacts(value, context, names)
      if (facts) {
        if (facts.source === 'request-headers' || (facts.source === 'name' && keyVerdict === 'ignored')) return
        context.report({ node: value, messageId: 'tokenInStorage', data: { what: describeToken(facts), storage } })
        return
      }
      if ((keyVerdict !== 'token' && keyVerdict !== 'idToken') || tokenEvidence(value, context, names) !== 'unknown') return
      const what = keyVerdict === 'idToken' ? 'an ID token' : 'a bearer token'
      context.report({ node: value, messageId: 'tokenInStorage', data: { what, storage } })
    }

    function reportSetting(node: TSESTree.Node, valueNode: TSESTree.Node, setting: StorageSetting, valueText: string): void {
      context.report({
        node,
        messageId: 'storageSetting',
        data: { option: setting.option, value: valueText, library: setting.library, memory: `\`${setting.memoryValue}\`` },
        suggest: [
          {
            messageId: 'keepInMemory',
            data: { option: setting.option, memory: setting.memoryValue },
            fix: (fixer): TSESLint.RuleFix =>
              valueNode.type === AST_NODE_TYPES.Literal && valueNode.parent.type === AST_NODE_TYPES.JSXAttribute
                ? fixer.replaceText(valueNode, `"${setting.memoryValue.slice(1, -1)}"`)
                : fixer.replaceText(valueNode, setting.memoryValue),
          },
        ],
      })
    }

    /** The setting `value` selects, by its static string or a `BrowserCacheLocation.LocalStorage` member. */
    function selectedSetting(option: string, value: TSESTree.Node): { setting: StorageSetting; text: string } | undefined {
      const unwrapped = skipWrappers(value)
      for (const setting of storageSettings) {
        if (setting.option !== option) continue
        if (unwrapped.type === AST_NODE_TYPES.Literal && typeof unwrapped.value === 'string' && setting.values.includes(unwrapped.value)) {
          return { setting, text: `'${unwrapped.value}'` }
        }
        if (unwrapped.type === AST_NODE_TYPES.MemberExpression && unwrapped.object.type === AST_NODE_TYPES.Identifier) {
          const member = [unwrapped.object.name, literalKeyName(unwrapped)]
          if (setting.members.some(([object, property]) => member[0] === object && member[1] === property)) {
            return { setting, text: `${member[0]}.${member[1]}` }
          }
        }
      }
      return undefined
    }

    return {
      CallExpression(node): void {
        const callee = skipWrappers(node.callee)
        if (callee.type !== AST_NODE_TYPES.MemberExpression) return
        const method = literalKeyName(callee)
        if (method === undefined || !storageWriters.includes(method)) return
        const storage = webStorageName(callee.object, analysis)
        const [key, value] = node.arguments
        if (!storage || !key || !value || value.type === AST_NODE_TYPES.SpreadElement) return
        checkWrite(storage, key, value)
      },
      AssignmentExpression(node): void {
        if (node.operator !== '=' || node.left.type !== AST_NODE_TYPES.MemberExpression) return
        const storage = webStorageName(node.left.object, analysis)
        if (!storage) return
        const key = node.left.computed ? node.left.property : undefined
        const name = node.left.computed ? undefined : literalKeyName(node.left)
        if (name !== undefined) {
          checkWriteNamed(storage, name, node.right)
          return
        }
        checkWrite(storage, key, node.right)
      },
      Property(node): void {
        if (node.computed || !mentionsSettings) return
        const option = literalKeyName(node)
        if (option === undefined) return
        const selected = selectedSetting(option, node.value)
        if (selected) reportSetting(node, skipWrappers(node.value), selected.setting, selected.text)
      },
      JSXAttribute(node): void {
        if (!mentionsSettings || node.name.type !== AST_NODE_TYPES.JSXIdentifier || !node.value) return
        const value = node.value.type === AST_NODE_TYPES.JSXExpressionContainer ? node.value.expression : node.value
        if (value.type === AST_NODE_TYPES.JSXEmptyExpression || value.type === AST_NODE_TYPES.JSXElement || value.type === AST_NODE_TYPES.JSXFragment) return
        const selected = selectedSetting(node.name.name, value)
        if (selected) reportSetting(node, skipWrappers(value), selected.setting, selected.text)
      },
      NewExpression(node): void {
        const callee = skipWrappers(node.callee)
        if (callee.type !== AST_NODE_TYPES.Identifier) return
        const store = storeClasses.find((candidate) => candidate.className === callee.name)
        const options = node.arguments[0]
        if (!store || options?.type !== AST_NODE_TYPES.ObjectExpression || !isUsedAs(node, store.usedAs)) return
        const property = options.properties.find(
          (candidate): candidate is TSESTree.Property =>
            candidate.type === AST_NODE_TYPES.Property && !candidate.computed && literalKeyName(candidate) === store.option,
        )
        const storage = property ? webStorageName(property.value, analysis) : undefined
        if (!property || storage !== 'localStorage') return
        context.report({
          node: property,
          messageId: 'storeSetting',
          data: { usedAs: store.usedAs, className: store.className, option: store.option, storage, library: store.library },
        })
      },
    }

    /** Whether a `new` expression is the value of the `usedAs` option, inline or through a variable. */
    function isUsedAs(node: TSESTree.NewExpression, usedAs: string): boolean {
      const holder = outermostWrapper(node)
      const parent = holder.parent
      if (parent?.type === AST_NODE_TYPES.Property) return parent.value === holder && literalKeyName(parent) === usedAs
      if (parent?.type !== AST_NODE_TYPES.VariableDeclarator || parent.id.type !== AST_NODE_TYPES.Identifier) return false
      const [variable] = context.sourceCode.getDeclaredVariables(parent)
      return (
        variable?.references.some((reference) => {
          const property = outermostWrapper(reference.identifier as TSESTree.Node).parent
          return property?.type === AST_NODE_TYPES.Property && literalKeyName(property) === usedAs
        }) ?? false
      )
    }
  },
})
