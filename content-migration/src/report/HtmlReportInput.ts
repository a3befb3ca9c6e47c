import type { FileEntry, MigrationReport, Outcome, ReportTotals } from './MigrationReport.ts'

/** Outcomes of the report contract (DESIGN.md, "Migration CLI"). */
export type ReportOutcome = Outcome

/**
 * The part of the migration report (JSON contract) the HTML report and the summary line read: a report written by
 * an earlier version of the tool may lack the run's fields and the KPI, and name document ids as numbers.
 */
export interface HtmlReportInput extends Partial<Pick<MigrationReport, 'root' | 'startedAt' | 'finishedAt' | 'dryRun'>> {
  totals: Omit<ReportTotals, 'kpi'> & { kpi?: number }
  files: readonly (Pick<FileEntry, 'path' | 'outcome'> & Partial<Omit<FileEntry, 'path' | 'outcome' | 'documentId'>> & { documentId?: string | number | null })[]
}
