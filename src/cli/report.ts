import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { ESLint, Linter } from 'eslint'
import plugin from '../index.js'
import type { SeverityName } from './args.js'
import type { ConfigName } from './eslint-config.js'
import type { Shard } from './files.js'
import { toPosix } from './files.js'

/**
 * How GitHub code scanning should rank each rule's findings (its `security-severity`, a CVSS-like
 * 0.0 to 10.0: 9.0 and up is critical, 7.0 to 8.9 high, 4.0 to 6.9 medium): roughly what an attacker
 * gains when the finding is real.
 */
const securitySeverityByRule: Readonly<Record<string, number>> = {
  'no-none-algorithm': 9.8, // unsigned tokens accepted: anyone can mint any identity
  'no-algorithm-from-header': 9.1, // the attacker picks the algorithm, e.g. HMAC with the public key
  'no-unverified-decode': 8.8, // claims trusted without a signature check
  'no-ignored-verify-error': 8.8, // a failed verification does not stop the request
  'no-mixed-algorithm-families': 8.1, // algorithm confusion, when the public key is known
  'no-hardcoded-secret': 8.1, // whoever reads the source can mint tokens
  'no-weak-secret': 7.5, // an HMAC secret that can be brute-forced offline
  'require-algorithms': 7.4, // the library's defaults decide which algorithms are accepted
  'require-audience': 6.8, // a token for another service is accepted (substitution)
  'require-issuer': 6.5, // a token from another issuer sharing the key is accepted
  'no-disabled-expiry': 6.5, // expired or stolen tokens stay valid
  'require-expiration': 5.4, // tokens that never expire
  'no-sensitive-payload': 5.3, // readable secrets in a token's payload
}

/** For rules missing above, by weakness. */
const securitySeverityByCwe: Readonly<Record<string, number>> = {
  'CWE-347': 8.8,
  'CWE-345': 8.8,
  'CWE-755': 7.5,
  'CWE-327': 7.4,
  'CWE-321': 8.1,
  'CWE-326': 7.5,
  'CWE-287': 6.5,
  'CWE-613': 5.4,
  'CWE-312': 5.3,
}
const defaultSecuritySeverity = 7.0

export interface RuleInfo {
  /** `jwt-guard/<name>` */
  readonly id: string
  readonly name: string
  readonly description: string
  readonly url: string
  readonly cwe: string | undefined
  readonly securitySeverity: number
  readonly hasSuggestions: boolean
  /** The rule's documentation page, from the package's `docs/rules/`, without the generated header. */
  readonly helpMarkdown: string | undefined
}

export interface Suggestion {
  readonly description: string
  readonly range: readonly [number, number]
  readonly text: string
}

export interface Finding {
  /** Absolute path. */
  readonly file: string
  readonly line: number
  readonly column: number
  readonly endLine: number | undefined
  readonly endColumn: number | undefined
  readonly severity: SeverityName
  readonly rule: RuleInfo
  readonly message: string
  readonly suggestions: readonly Suggestion[]
  /** Set for a finding silenced by an `eslint-disable` comment: its justification, if any. */
  readonly suppression?: { readonly justification: string | undefined }
}

/** A file the command could not audit, usually because it does not parse. */
export interface FileError {
  readonly file: string
  readonly line: number | undefined
  readonly column: number | undefined
  readonly message: string
}

export interface Report {
  readonly toolVersion: string
  readonly eslintVersion: string
  readonly config: ConfigName
  /** Where relative paths in SARIF and annotations start: the repository root, or the working directory. */
  readonly root: string
  readonly cwd: string
  readonly shard: Shard | undefined
  readonly filesAudited: number
  /** The audited files (absolute paths), in the order they were linted. */
  readonly files: readonly string[]
  readonly minifiedSkipped: number
  /** Every rule of the config, in name order. */
  readonly rules: readonly RuleInfo[]
  /** Findings at or above the severity threshold, by file and position. */
  readonly findings: readonly Finding[]
  readonly suppressed: readonly Finding[]
  readonly errors: readonly FileError[]
}

const docsDirectory = new URL('../../docs/rules/', import.meta.url)

function readHelpMarkdown(name: string): string | undefined {
  const file = new URL(`${name}.md`, docsDirectory)
  if (!existsSync(file)) return undefined
  const text = readFileSync(file, 'utf8')
  const marker = '<!-- end auto-generated rule header -->'
  const body = text.includes(marker) ? text.slice(text.indexOf(marker) + marker.length) : text
  return body.replace(/<!--[\s\S]*?-->/gu, '').trim()
}

export function securitySeverity(name: string, cwe: string | undefined): number {
  return securitySeverityByRule[name] ?? (cwe ? securitySeverityByCwe[cwe] : undefined) ?? defaultSecuritySeverity
}

/** Metadata of the rules a config enables. */
export function rulesOf(config: ConfigName): RuleInfo[] {
  const enabled = Object.keys(plugin.configs[config].rules ?? {})
  return enabled.sort().map((id) => {
    const name = id.replace(/^jwt-guard\//u, '')
    const meta = plugin.rules[name as keyof typeof plugin.rules].meta
    const docs = meta.docs as { description: string; url: string; cwe?: string }
    return {
      id,
      name,
      description: docs.description,
      url: docs.url,
      cwe: docs.cwe,
      securitySeverity: securitySeverity(name, docs.cwe),
      hasSuggestions: meta.hasSuggestions === true,
      helpMarkdown: readHelpMarkdown(name),
    }
  })
}

const severityRank: Record<SeverityName, number> = { warning: 1, error: 2 }

/** What the report needs besides ESLint's results: the run's own facts. */
export interface ReportContext
  extends Pick<Report, 'toolVersion' | 'eslintVersion' | 'config' | 'root' | 'cwd' | 'shard' | 'minifiedSkipped'> {
  readonly threshold: SeverityName
}

function toFinding(file: string, message: Linter.LintMessage, rule: RuleInfo): Finding {
  return {
    file,
    line: message.line,
    column: message.column,
    endLine: message.endLine,
    endColumn: message.endColumn,
    severity: message.severity === 2 ? 'error' : 'warning',
    rule,
    message: message.message,
    suggestions: (message.suggestions ?? []).map((suggestion) => ({
      description: suggestion.desc,
      range: suggestion.fix.range,
      text: suggestion.fix.text,
    })),
  }
}

const byPosition = (a: Finding, b: Finding): number =>
  a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.rule.id.localeCompare(b.rule.id)

export function createReport(results: readonly ESLint.LintResult[], context: ReportContext): Report {
  const rules = rulesOf(context.config)
  const rulesById = new Map(rules.map((rule) => [rule.id, rule]))
  const findings: Finding[] = []
  const suppressed: Finding[] = []
  const errors: FileError[] = []
  const threshold = severityRank[context.threshold]

  for (const result of results) {
    for (const message of result.messages) {
      const rule = message.ruleId ? rulesById.get(message.ruleId) : undefined
      if (message.fatal) {
        errors.push({ file: result.filePath, line: message.line, column: message.column, message: message.message })
      } else if (rule && message.severity >= threshold) {
        findings.push(toFinding(result.filePath, message, rule))
      }
      // Anything else comes from the project's inline comments for rules this run does not have.
    }
    for (const message of result.suppressedMessages) {
      const rule = message.ruleId ? rulesById.get(message.ruleId) : undefined
      if (!rule || message.severity < threshold) continue
      const justification = message.suppressions.find((suppression) => suppression.justification)?.justification
      suppressed.push({ ...toFinding(result.filePath, message, rule), suppression: { justification: justification || undefined } })
    }
  }

  return {
    toolVersion: context.toolVersion,
    eslintVersion: context.eslintVersion,
    config: context.config,
    root: context.root,
    cwd: context.cwd,
    shard: context.shard,
    filesAudited: results.length,
    files: results.map((result) => result.filePath),
    minifiedSkipped: context.minifiedSkipped,
    rules,
    findings: findings.sort(byPosition),
    suppressed: suppressed.sort(byPosition),
    errors,
  }
}

/** A path relative to the repository root, with forward slashes, as SARIF and GitHub expect. */
export function rootRelative(report: Pick<Report, 'root'>, file: string): string {
  return toPosix(path.relative(report.root, file))
}

/** A path as the user typed it: relative to the working directory. */
export function cwdRelative(report: Pick<Report, 'cwd'>, file: string): string {
  return toPosix(path.relative(report.cwd, file)) || toPosix(path.basename(file))
}
