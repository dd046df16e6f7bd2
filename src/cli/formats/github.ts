import { type Finding, type Report, rootRelative } from '../report.js'

// https://docs.github.com/actions/reference/workflows-and-actions/workflow-commands
function escapeData(text: string): string {
  return text.replace(/%/gu, '%25').replace(/\r/gu, '%0D').replace(/\n/gu, '%0A')
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/gu, '%3A').replace(/,/gu, '%2C')
}

function command(name: string, properties: Record<string, string | number | undefined>, message: string): string {
  const list = Object.entries(properties)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',')
  return `::${name} ${list}::${escapeData(message)}`
}

function annotation(report: Report, finding: Finding): string {
  const cwe = finding.rule.cwe ? ` (${finding.rule.cwe})` : ''
  return command(
    finding.severity,
    {
      file: rootRelative(report, finding.file),
      line: finding.line,
      endLine: finding.endLine,
      col: finding.column,
      endColumn: finding.endLine === finding.line ? finding.endColumn : undefined,
      title: `${finding.rule.id}${cwe}`,
    },
    `${finding.message}\n${finding.rule.url}`,
  )
}

/**
 * GitHub Actions workflow commands: one `::error` or `::warning` annotation per finding, shown on
 * the pull request's diff, and a `::warning` per file that could not be parsed.
 */
export function formatGithub(report: Report): string {
  const lines = report.findings.map((finding) => annotation(report, finding))
  for (const error of report.errors) {
    lines.push(
      command('warning', { file: rootRelative(report, error.file), line: error.line, col: error.column, title: 'jwt-guard: file not audited' }, error.message),
    )
  }
  const files = new Set(report.findings.map((finding) => finding.file)).size
  lines.push(
    report.findings.length === 0
      ? `jwt-guard: no findings in ${report.filesAudited} files (jwt-guard/${report.config}).`
      : `jwt-guard: ${report.findings.length} findings in ${files} of ${report.filesAudited} files (jwt-guard/${report.config}).`,
  )
  return `${lines.join('\n')}\n`
}
