import { cwdRelative, type Finding, type Report, rootRelative } from '../report.js'

function findingJson(report: Report, finding: Finding): Record<string, unknown> {
  return {
    file: rootRelative(report, finding.file),
    line: finding.line,
    column: finding.column,
    endLine: finding.endLine ?? null,
    endColumn: finding.endColumn ?? null,
    severity: finding.severity,
    ruleId: finding.rule.id,
    message: finding.message,
    cwe: finding.rule.cwe ?? null,
    securitySeverity: finding.rule.securitySeverity,
    docs: finding.rule.url,
    suggestions: finding.suggestions.map((suggestion) => ({
      description: suggestion.description,
      fix: { range: suggestion.range, text: suggestion.text },
    })),
    ...(finding.suppression ? { justification: finding.suppression.justification ?? null } : {}),
  }
}

/**
 * A machine-readable report. Paths are relative to `root` (the repository root, or the working
 * directory outside a repository), with forward slashes.
 */
export function formatJson(report: Report): string {
  const json = {
    tool: { name: 'jwt-guard', version: report.toolVersion, eslint: report.eslintVersion },
    config: report.config,
    root: report.root,
    shard: report.shard ?? null,
    filesAudited: report.filesAudited,
    files: report.files.map((file) => rootRelative(report, file)),
    minifiedSkipped: report.minifiedSkipped,
    findings: report.findings.map((finding) => findingJson(report, finding)),
    suppressed: report.suppressed.map((finding) => findingJson(report, finding)),
    errors: report.errors.map((error) => ({
      file: rootRelative(report, error.file),
      displayPath: cwdRelative(report, error.file),
      line: error.line ?? null,
      column: error.column ?? null,
      message: error.message,
    })),
    rules: report.rules.map((rule) => ({
      id: rule.id,
      description: rule.description,
      docs: rule.url,
      cwe: rule.cwe ?? null,
      securitySeverity: rule.securitySeverity,
    })),
  }
  return `${JSON.stringify(json, null, 2)}\n`
}
