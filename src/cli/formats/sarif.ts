import { pathToFileURL } from 'node:url'
import { repositoryUrl } from '../../utils/create-rule.js'
import { type Finding, type Report, rootRelative, type RuleInfo } from '../report.js'

export const sarifSchemaUri = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json'

const srcRoot = '%SRCROOT%'

function level(severity: Finding['severity']): 'error' | 'warning' {
  return severity
}

function ruleDescriptor(rule: RuleInfo): Record<string, unknown> {
  const tags = ['security', 'jwt']
  if (rule.cwe) tags.push(`external/cwe/${rule.cwe.toLowerCase()}`)
  const helpText = `${rule.description}. See ${rule.url}`
  return {
    id: rule.id,
    name: rule.name.replace(/(^|-)([a-z])/gu, (_match, _dash: string, letter: string) => letter.toUpperCase()),
    shortDescription: { text: rule.description },
    fullDescription: { text: rule.description },
    helpUri: rule.url,
    help: { text: helpText, markdown: rule.helpMarkdown ?? `${rule.description}. See [the rule's documentation](${rule.url}).` },
    defaultConfiguration: { level: 'error' },
    properties: {
      tags,
      precision: 'high',
      problem: { severity: 'error' },
      'security-severity': rule.securitySeverity.toFixed(1),
    },
  }
}

function location(report: Report, finding: { file: string; line: number; column: number; endLine?: number | undefined; endColumn?: number | undefined }) {
  const region: Record<string, number> = { startLine: finding.line, startColumn: finding.column }
  if (finding.endLine !== undefined) region.endLine = finding.endLine
  if (finding.endColumn !== undefined) region.endColumn = finding.endColumn
  return {
    physicalLocation: {
      artifactLocation: artifactLocation(report, finding.file),
      region,
    },
  }
}

function artifactLocation(report: Report, file: string): { uri: string; uriBaseId?: string } {
  const relative = rootRelative(report, file)
  if (relative.startsWith('../')) return { uri: pathToFileURL(file).href }
  return { uri: relative.split('/').map(encodeURIComponent).join('/'), uriBaseId: srcRoot }
}

function result(report: Report, finding: Finding, ruleIndex: number): Record<string, unknown> {
  const sarifResult: Record<string, unknown> = {
    ruleId: finding.rule.id,
    ruleIndex,
    level: level(finding.severity),
    message: { text: finding.message },
    locations: [location(report, finding)],
  }
  if (finding.suggestions.length > 0) {
    sarifResult.fixes = finding.suggestions.map((suggestion) => ({
      description: { text: suggestion.description },
      artifactChanges: [
        {
          artifactLocation: artifactLocation(report, finding.file),
          replacements: [
            {
              deletedRegion: { charOffset: suggestion.range[0], charLength: suggestion.range[1] - suggestion.range[0] },
              insertedContent: { text: suggestion.text },
            },
          ],
        },
      ],
    }))
  }
  if (finding.suppression) {
    sarifResult.suppressions = [
      finding.suppression.justification === undefined
        ? { kind: 'inSource' }
        : { kind: 'inSource', justification: finding.suppression.justification },
    ]
  }
  return sarifResult
}

/**
 * SARIF 2.1.0, as GitHub code scanning reads it: the rules with their help, CWE tags and
 * `security-severity`; results with their regions and suggested fixes; findings silenced by
 * `eslint-disable` comments as suppressed results; unparsable files as tool notifications.
 * With `--shard`, each shard is its own analysis (`automationDetails.id`), so the SARIF files of
 * all shards can be uploaded side by side.
 */
export function formatSarif(report: Report): string {
  const ruleIndex = new Map(report.rules.map((rule, index) => [rule.id, index]))
  // GitHub takes everything up to the last '/' as the analysis category: the trailing slash makes
  // the whole id the category, one per shard.
  const automationId = report.shard ? `jwt-guard/shard-${report.shard.index}-of-${report.shard.count}/` : 'jwt-guard/'
  const run = {
    tool: {
      driver: {
        name: 'jwt-guard',
        fullName: 'eslint-plugin-jwt-guard',
        version: report.toolVersion,
        semanticVersion: report.toolVersion,
        informationUri: repositoryUrl,
        rules: report.rules.map(ruleDescriptor),
      },
    },
    automationDetails: { id: automationId },
    originalUriBaseIds: { [srcRoot]: { uri: pathToFileURL(report.root).href.replace(/\/?$/u, '/') } },
    columnKind: 'utf16CodeUnits',
    invocations: [
      {
        executionSuccessful: true,
        toolExecutionNotifications: report.errors.map((error) => ({
          level: 'warning',
          message: { text: `Not audited: ${error.message}` },
          locations: [location(report, { file: error.file, line: error.line ?? 1, column: error.column ?? 1 })],
        })),
      },
    ],
    results: [...report.findings, ...report.suppressed].map((finding) =>
      result(report, finding, ruleIndex.get(finding.rule.id)!),
    ),
    properties: {
      eslintVersion: report.eslintVersion,
      config: `jwt-guard/${report.config}`,
      filesAudited: report.filesAudited,
      ...(report.shard ? { shard: `${report.shard.index}/${report.shard.count}` } : {}),
    },
  }
  return `${JSON.stringify({ $schema: sarifSchemaUri, version: '2.1.0', runs: [run] }, null, 2)}\n`
}
