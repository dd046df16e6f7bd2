import { cwdRelative, type Finding, type Report } from '../report.js'

export interface StylishOptions {
  readonly color: boolean
}

type Paint = (text: string) => string

function palette(color: boolean): Record<'bold' | 'dim' | 'red' | 'yellow' | 'green' | 'underline', Paint> {
  const style =
    (open: number, close: number): Paint =>
    (text) =>
      color ? `\u001B[${open}m${text}\u001B[${close}m` : text
  return {
    bold: style(1, 22),
    dim: style(2, 22),
    red: style(31, 39),
    yellow: style(33, 39),
    green: style(32, 39),
    underline: style(4, 24),
  }
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`
}

function groupByFile<T extends { file: string }>(items: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const item of items) {
    const group = groups.get(item.file)
    if (group) group.push(item)
    else groups.set(item.file, [item])
  }
  return groups
}

/**
 * Findings grouped by file, each with its position, severity, message, rule and documentation link;
 * then files that could not be parsed, a summary by rule and a total.
 */
export function formatStylish(report: Report, { color }: StylishOptions): string {
  const paint = palette(color)
  const lines: string[] = []
  const configName = `jwt-guard/${report.config}`

  for (const [file, findings] of groupByFile(report.findings)) {
    lines.push(paint.underline(cwdRelative(report, file)))
    const positions = findings.map((finding) => `${finding.line}:${finding.column}`)
    const width = Math.max(...positions.map((position) => position.length))
    findings.forEach((finding: Finding, index) => {
      const severity = finding.severity === 'error' ? paint.red('error  ') : paint.yellow('warning')
      const indent = ' '.repeat(2 + width + 2 + 7 + 2)
      lines.push(`  ${paint.dim(positions[index]!.padEnd(width))}  ${severity}  ${finding.message}  ${paint.dim(finding.rule.id)}`)
      const suggestions = finding.suggestions.length > 0 ? `  ${paint.dim(`(${plural(finding.suggestions.length, 'suggestion')} in the editor)`)}` : ''
      lines.push(`${indent}${paint.dim(finding.rule.url)}${suggestions}`)
    })
    lines.push('')
  }

  if (report.errors.length > 0) {
    lines.push(paint.bold('Files that could not be audited'))
    for (const error of report.errors) {
      const position = error.line === undefined ? '' : `:${error.line}:${error.column ?? 0}`
      lines.push(`  ${cwdRelative(report, error.file)}${position}  ${error.message}`)
    }
    lines.push('')
  }

  const scope = `${plural(report.filesAudited, 'file')}${report.shard ? ` (shard ${report.shard.index}/${report.shard.count})` : ''}`
  const extras: string[] = []
  if (report.suppressed.length > 0) extras.push(`${report.suppressed.length} suppressed by eslint-disable comments`)
  if (report.minifiedSkipped > 0) extras.push(`${plural(report.minifiedSkipped, 'minified file')} skipped`)
  if (report.errors.length > 0) extras.push(`${plural(report.errors.length, 'file')} not parsed`)
  const tail = extras.length > 0 ? `; ${extras.join(', ')}` : ''

  if (report.findings.length === 0) {
    lines.push(paint.green(`✔ No findings in ${scope} audited with ${configName}${tail}.`))
    return `${lines.join('\n')}\n`
  }

  lines.push(paint.bold('Findings by rule'))
  const counts = new Map<string, number>()
  for (const finding of report.findings) counts.set(finding.rule.id, (counts.get(finding.rule.id) ?? 0) + 1)
  const ranked = report.rules
    .filter((rule) => counts.has(rule.id))
    .sort((a, b) => counts.get(b.id)! - counts.get(a.id)! || a.id.localeCompare(b.id))
  const countWidth = Math.max(...ranked.map((rule) => String(counts.get(rule.id)).length))
  const idWidth = Math.max(...ranked.map((rule) => rule.id.length))
  for (const rule of ranked) {
    const count = String(counts.get(rule.id)).padStart(countWidth)
    lines.push(`  ${count}  ${rule.id.padEnd(idWidth)}  ${(rule.cwe ?? '').padEnd(8)}  ${rule.description}`)
    lines.push(`  ${' '.repeat(countWidth)}  ${paint.dim(rule.url)}`)
  }
  lines.push('')

  const errors = report.findings.filter((finding) => finding.severity === 'error').length
  const warnings = report.findings.length - errors
  const files = new Set(report.findings.map((finding) => finding.file)).size
  lines.push(
    paint.red(
      paint.bold(
        `✖ ${plural(report.findings.length, 'finding')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}) in ${files} of ${scope} audited with ${configName}${tail}.`,
      ),
    ),
  )
  return `${lines.join('\n')}\n`
}
