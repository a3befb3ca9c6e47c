import type { HtmlReportInput } from './HtmlReportInput.ts'
import { kpiOf } from './kpiOf.ts'

/** The one line the CLI prints at the end: every total and the KPI. */
export function summaryLine(report: Pick<HtmlReportInput, 'totals' | 'dryRun'>): string {
  const { files, imported, duplicates, versions, junk, unreadable, needsOcr, failed } = report.totals
  const relevant = files - junk
  const moved = imported + duplicates + versions
  const kpi = `${(kpiOf(report.totals) * 100).toFixed(1)} %`
  return (
    `${report.dryRun ? 'import (dry run, nothing written)' : 'import'}: ${files} files: ${imported} imported, ${duplicates} duplicates, ` +
    `${versions} versions, ${junk} junk, ${unreadable} unreadable, ${needsOcr} need OCR, ${failed} failed; ` +
    `KPI ${kpi} (${moved} of ${relevant} relevant files moved)`
  )
}
