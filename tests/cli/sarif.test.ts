import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import plugin from '../../src/index.js'
import { makeTree, removeTree, runMain } from './helpers.js'
import { sarifSchemaFile as schemaFile, sarifValidator } from './sarif-schema.js'
import { workspaceFiles } from './workspace.js'


interface SarifRule {
  id: string
  name: string
  shortDescription: { text: string }
  helpUri: string
  help: { text: string; markdown: string }
  properties: { tags: string[]; precision: string; 'security-severity': string }
}
interface SarifLocation {
  physicalLocation: {
    artifactLocation: { uri: string; uriBaseId?: string }
    region: { startLine: number; startColumn: number; endLine?: number; endColumn?: number }
  }
}
interface SarifResult {
  ruleId: string
  ruleIndex: number
  level: string
  message: { text: string }
  locations: SarifLocation[]
  fixes?: { description: { text: string }; artifactChanges: unknown[] }[]
  suppressions?: { kind: string; justification?: string }[]
}
interface SarifLog {
  $schema: string
  version: string
  runs: {
    tool: { driver: { name: string; version: string; informationUri: string; rules: SarifRule[] } }
    automationDetails: { id: string }
    originalUriBaseIds: Record<string, { uri: string }>
    invocations: { executionSuccessful: boolean; toolExecutionNotifications: { level: string; message: { text: string }; locations: SarifLocation[] }[] }[]
    results: SarifResult[]
  }[]
}

let workspace: string
let log: SarifLog
let validate: (log: unknown) => string[]

beforeAll(async () => {
  workspace = makeTree('sarif', workspaceFiles)
  validate = sarifValidator()
  const result = await runMain(['--format', 'sarif'], workspace)
  expect(result.code).toBe(1)
  log = JSON.parse(result.stdout) as SarifLog
})
afterAll(() => removeTree(workspace))

describe('SARIF output', () => {
  it('uses the SARIF 2.1.0 schema vendored from @microsoft/sarif-multitool-linux, unchanged', () => {
    const hash = createHash('sha256').update(readFileSync(schemaFile)).digest('hex')
    expect(readFileSync(path.join(path.dirname(schemaFile), 'README.md'), 'utf8')).toContain(hash)
    expect(hash).toBe('1c49a0f2b60444c71bb14878e21e0d882198eff4c539861b133093ad89ed798c')
  })

  it('is valid against the schema, with findings, suggested fixes, suppressions and unparsable files', () => {
    expect(log.runs[0]!.results.some((result) => result.fixes)).toBe(true)
    expect(log.runs[0]!.results.some((result) => result.suppressions)).toBe(true)
    expect(log.runs[0]!.invocations[0]!.toolExecutionNotifications).toHaveLength(1)
    expect(validate(log)).toEqual([])
  })

  it('is valid with nothing found', async () => {
    const clean = JSON.parse((await runMain(['src/clean.ts', '--format', 'sarif'], workspace)).stdout) as SarifLog
    expect(clean.runs[0]!.results).toEqual([])
    expect(validate(clean)).toEqual([])
  })

  it('the validator rejects what the schema forbids', () => {
    const broken = structuredClone(log)
    broken.runs[0]!.results[0]!.level = 'critical'
    broken.runs[0]!.results[1]!.locations[0]!.physicalLocation.region.startLine = 0
    expect(validate(broken)).toEqual([
      '/runs/0/results/0/level must be equal to one of the allowed values',
      '/runs/0/results/1/locations/0/physicalLocation/region/startLine must be >= 1',
    ])
  })

  it('describes each rule as GitHub code scanning reads it: help, help URI, CWE tags, security-severity', () => {
    const rules = log.runs[0]!.tool.driver.rules
    expect(rules.map((rule) => rule.id)).toEqual(Object.keys(plugin.configs.recommended.rules!).sort())
    for (const rule of rules) {
      const meta = plugin.rules[rule.id.replace('jwt-guard/', '') as keyof typeof plugin.rules].meta
      const docs = meta.docs!
      expect(rule.helpUri).toBe(docs.url)
      expect(rule.shortDescription.text).toBe(docs.description)
      expect(rule.help.text).toContain(docs.url)
      expect(rule.properties.tags).toEqual(['security', 'jwt', `external/cwe/${docs.cwe.toLowerCase()}`])
      expect(rule.properties.precision).toBe('high')
      // A string holding a number from 0.0 to 10.0.
      expect(rule.properties['security-severity']).toMatch(/^(10|\d)\.\d$/u)
    }
    const severity = (id: string): number => Number(rules.find((rule) => rule.id === id)!.properties['security-severity'])
    expect(severity('jwt-guard/no-none-algorithm')).toBeGreaterThanOrEqual(9)
    expect(severity('jwt-guard/no-none-algorithm')).toBeGreaterThan(severity('jwt-guard/require-issuer'))
    expect(log.runs[0]!.tool.driver).toMatchObject({ name: 'jwt-guard', version: plugin.meta.version })
  })

  it('points each result at its rule and at a file relative to the repository root', () => {
    const run = log.runs[0]!
    expect(run.originalUriBaseIds['%SRCROOT%']!.uri).toBe(`file://${workspace}/`)
    for (const result of run.results) {
      expect(run.tool.driver.rules[result.ruleIndex]!.id).toBe(result.ruleId)
      expect(result.level).toBe('error')
      expect(result.locations[0]!.physicalLocation.artifactLocation).toEqual({ uri: expect.stringMatching(/^(src|packages)\//u), uriBaseId: '%SRCROOT%' })
    }
    const none = run.results.find((result) => result.ruleId === 'jwt-guard/no-none-algorithm')!
    expect(none.locations[0]!.physicalLocation).toEqual({
      artifactLocation: { uri: 'src/server/admin.tsx', uriBaseId: '%SRCROOT%' },
      region: { startLine: 5, startColumn: 27, endLine: 5, endColumn: 33 },
    })
    expect(none.fixes![0]!.description.text.length).toBeGreaterThan(0)
    const suppressed = run.results.filter((result) => result.suppressions)
    expect(suppressed.map((result) => result.suppressions)).toEqual(Array(3).fill([{ kind: 'inSource', justification: 'checked by the gateway' }]))
  })

  it('gives each shard its own automationDetails.id, so that shard uploads do not replace each other', async () => {
    expect(log.runs[0]!.automationDetails.id).toBe('jwt-guard/')
    const shards = await Promise.all(
      [1, 2, 3].map(async (index) => JSON.parse((await runMain(['--shard', `${index}/3`, '-f', 'sarif'], workspace)).stdout) as SarifLog),
    )
    expect(shards.map((shard) => shard.runs[0]!.automationDetails.id)).toEqual(['jwt-guard/shard-1-of-3/', 'jwt-guard/shard-2-of-3/', 'jwt-guard/shard-3-of-3/'])
    for (const shard of shards) expect(validate(shard)).toEqual([])
    const key = (result: SarifResult): string => `${result.locations[0]!.physicalLocation.artifactLocation.uri}:${result.locations[0]!.physicalLocation.region.startLine}:${result.ruleId}`
    expect(shards.flatMap((shard) => shard.runs[0]!.results.map(key)).sort()).toEqual(log.runs[0]!.results.map(key).sort())
  })
})
