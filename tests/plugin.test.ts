import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import plugin from '../src/index.js'

const ruleFiles = readdirSync(new URL('../src/rules/', import.meta.url))
  .filter((file) => file.endsWith('.ts') && file !== 'index.ts')
  .map((file) => file.replace(/\.ts$/u, ''))
const packageJson = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  name: string
  version: string
}

describe('plugin', () => {
  it('has meta from package.json', () => {
    expect(plugin.meta).toEqual({ name: packageJson.name, version: packageJson.version, namespace: 'jwt-guard' })
  })

  it('exports every rule file under its file name, and nothing else', () => {
    expect(Object.keys(plugin.rules).sort()).toEqual([...ruleFiles].sort())
  })

  describe.each(Object.entries(plugin.rules))('%s', (name, rule) => {
    it('is named after its file', () => {
      expect(rule.name).toBe(name)
    })

    it('has a doc page with the required sections', () => {
      const doc = readFileSync(new URL(`../docs/rules/${name}.md`, import.meta.url), 'utf8')
      for (const heading of ['## Rule Details', '### ❌ Incorrect', '### ✅ Correct', '## When Not To Use It', '## Further Reading']) {
        expect(doc).toContain(heading)
      }
      expect(doc).toContain(rule.meta.docs!.cwe)
      expect(doc).toMatch(/RFC 8725/u)
      expect(doc).toMatch(/ASVS/u)
    })

    it('has a test file', () => {
      expect(existsSync(new URL(`rules/${name}.test.ts`, import.meta.url))).toBe(true)
    })

    it('links its docs and names a CWE', () => {
      expect(rule.meta.docs!.url).toMatch(new RegExp(`/docs/rules/${name}\\.md$`, 'u'))
      expect(rule.meta.docs!.cwe).toMatch(/^CWE-\d+$/u)
      expect(rule.meta.docs!.description).toMatch(/^(Disallow|Require|Enforce) .+[^.]$/u)
    })
  })
})

describe('configs', () => {
  const ruleIds = (config: { rules?: Record<string, unknown> }): string[] => Object.keys(config.rules ?? {}).sort()
  const byTier = (tiers: readonly (string | undefined)[]): string[] =>
    Object.entries(plugin.rules)
      .filter(([, rule]) => tiers.includes(rule.meta.docs!.recommended))
      .map(([name]) => `jwt-guard/${name}`)
      .sort()

  it('recommended holds exactly the rules marked recommended', () => {
    expect(ruleIds(plugin.configs.recommended)).toEqual(byTier(['recommended']))
  })

  it('strict adds the rules marked strict', () => {
    expect(ruleIds(plugin.configs.strict)).toEqual(byTier(['recommended', 'strict']))
  })

  it('all holds every rule', () => {
    expect(ruleIds(plugin.configs.all)).toEqual(Object.keys(plugin.rules).map((name) => `jwt-guard/${name}`).sort())
  })

  it('strict passes the stricter options a rule declares', () => {
    for (const [name, rule] of Object.entries(plugin.rules)) {
      const strictOptions = (rule.meta.docs as { strictOptions?: unknown[] }).strictOptions
      const entry = plugin.configs.strict.rules?.[`jwt-guard/${name}`]
      expect(entry).toEqual(strictOptions ? ['error', ...strictOptions] : 'error')
    }
  })

  it('every config is a named flat config that carries the plugin', () => {
    for (const [name, config] of Object.entries(plugin.configs)) {
      expect(config.name).toBe(`jwt-guard/${name}`)
      expect(config.plugins?.['jwt-guard']).toBe(plugin)
    }
  })
})
