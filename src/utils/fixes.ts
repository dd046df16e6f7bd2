/** Text edits for suggestions. Each keeps the surrounding commas and layout valid. */
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils'

type Fixer = TSESLint.RuleFixer
type SourceCode = Readonly<TSESLint.SourceCode>

/** Removes one element of an array literal or one property of an object literal, with its comma. */
export function removeListItem(
  fixer: Fixer,
  sourceCode: SourceCode,
  item: TSESTree.Node,
): TSESLint.RuleFix {
  const after = sourceCode.getTokenAfter(item)
  if (after?.value === ',') {
    const next = sourceCode.getTokenAfter(after)
    return fixer.removeRange([item.range[0], next ? next.range[0] : after.range[1]])
  }
  const before = sourceCode.getTokenBefore(item)
  if (before?.value === ',') return fixer.removeRange([before.range[0], item.range[1]])
  return fixer.remove(item)
}

/** Adds `text` (a `key: value` pair) as the last property of an object literal. */
export function addProperty(
  fixer: Fixer,
  sourceCode: SourceCode,
  object: TSESTree.ObjectExpression,
  text: string,
): TSESLint.RuleFix {
  const last = object.properties.at(-1)
  if (!last) return fixer.replaceText(object, `{ ${text} }`)
  const after = sourceCode.getTokenAfter(last)
  const hasTrailingComma = after?.value === ','
  return hasTrailingComma ? fixer.insertTextAfter(after, ` ${text},`) : fixer.insertTextAfter(last, `, ${text}`)
}

/** Inserts `text` as a new argument after `previous`. */
export function insertArgumentAfter(fixer: Fixer, previous: TSESTree.Node, text: string): TSESLint.RuleFix {
  return fixer.insertTextAfter(previous, `, ${text}`)
}

/** Whether `node` is written inline as the given call argument (so editing it edits only this call). */
export function isInlineArgument(call: TSESTree.Node, node: TSESTree.Node | undefined): boolean {
  return (
    node !== undefined &&
    (call.type === AST_NODE_TYPES.CallExpression || call.type === AST_NODE_TYPES.NewExpression) &&
    call.arguments.includes(node as TSESTree.CallExpressionArgument)
  )
}
