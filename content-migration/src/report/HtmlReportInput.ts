/** Outcomes of the report contract (DESIGN.md, "Migration CLI"). */
export type ReportOutcome = 'imported' | 'duplicate' | 'version' | 'junk' | 'unreadable' | 'needsOcr' | 'failed'

/** The part of the migration report (JSON contract) the HTML report and the summary line read. */
export interface HtmlReportInput {
  root?: string
  startedAt?: string
  finishedAt?: string
  dryRun?: boolean
  totals: {
    files: number
    imported: number
    duplicates: number
    versions: number
    junk: number
    unreadable: number
    needsOcr: number
    failed: number
    kpi?: number
  }
  files: readonly {
    path: string
    outcome: ReportOutcome
    documentId?: string | number | null
    duplicateOf?: string | null
    versionOf?: string | null
    title?: string | null
    error?: string | null
    /** Why an editor should look at the file although it was imported (e.g. no mapping rule matched). */
    review?: string | null
  }[]
}
