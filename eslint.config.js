import eslintPlugin from 'eslint-plugin-eslint-plugin'
import { defineConfig } from 'eslint/config'
import tseslint from 'typescript-eslint'

export default defineConfig(
  { ignores: ['dist/', 'coverage/', 'examples/', '.bench-cache/', 'tests/fixtures/'] },
  tseslint.configs.strict,
  {
    files: ['src/rules/**/*.ts', 'src/utils/**/*.ts'],
    extends: [eslintPlugin.configs['rules-recommended']],
    rules: {
      'eslint-plugin/require-meta-docs-description': ['error', { pattern: '^(Disallow|Require|Enforce) .+[^. ]$' }],
      'eslint-plugin/meta-property-ordering': 'error',
      'eslint-plugin/no-property-in-node': 'off',
      'eslint-plugin/require-meta-schema-description': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: 'MemberExpression[object.name="context"][property.name="options"]',
          message: "Read options from create's second parameter, where meta.defaultOptions are applied.",
        },
      ],
    },
  },
  {
    files: ['tests/**/*.ts'],
    extends: [eslintPlugin.configs['tests-recommended']],
    rules: {
      'eslint-plugin/require-test-error-positions': 'error',
      'eslint-plugin/no-only-tests': 'error',
      'eslint-plugin/no-identical-tests': 'error',
    },
  },
  {
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
)
