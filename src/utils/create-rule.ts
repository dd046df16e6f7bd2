import { ESLintUtils } from '@typescript-eslint/utils'

/** The documentation fields every jwt-guard rule declares. */
export interface JwtRuleDocs {
  /** The first config that enables the rule; rules without it are only in `all`. */
  readonly recommended?: 'recommended' | 'strict'
  /** Options the `strict` and `all` configs pass, when stricter than the defaults. */
  readonly strictOptions?: readonly unknown[]
  /** The weakness the rule finds, e.g. `CWE-347`. */
  readonly cwe: string
  readonly requiresTypeChecking?: boolean
}

export const repositoryUrl = 'https://github.com/jwt-guard/eslint-plugin-jwt-guard'

export const createRule = ESLintUtils.RuleCreator<JwtRuleDocs>(
  (name) => `${repositoryUrl}/blob/main/docs/rules/${name}.md`,
)
