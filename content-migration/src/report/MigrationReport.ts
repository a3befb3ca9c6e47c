/** What happened to one file of the drive (DESIGN.md, "Migration CLI": names and values are a contract). */
export const OUTCOMES = ['imported', 'duplicate', 'version', 'junk', 'unreadable', 'needsOcr', 'failed'] as const
export type Outcome = (typeof OUTCOMES)[number]

export interface FileEntry {
  /** Relative to the imported folder, '/'-separated, NFC. */
  path: string
  sha256: string | null
  outcome: Outcome
  /** The document the file became or was folded into (imported, duplicate, version). */
  documentId: string | null
  duplicateOf: string | null
  versionOf: string | null
  title: string | null
  error: string | null
  /** Why an editor should look at the document although it was imported (German, for the HTML report). */
  review?: string | null
}

export interface ReportTotals {
  files: number
  imported: number
  duplicates: number
  versions: number
  junk: number
  unreadable: number
  needsOcr: number
  failed: number
  /** (imported + duplicates + versions) / (files − junk), 0…1; 1 when nothing relevant was found. */
  kpi: number
}

export interface MigrationReport {
  root: string
  startedAt: string
  finishedAt: string
  dryRun: boolean
  /** The migration-runs record (null on a dry run). */
  runId: number | null
  options: { status: 'draft' | 'published' | null; mapping: string | null; approvedBy: string | null; concurrency: number }
  totals: ReportTotals
  /** Where the run's time went, in seconds per phase (connect, walk, extract, group, write). */
  seconds: Partial<Record<Phase, number>>
  files: FileEntry[]
}

export type Phase = 'connect' | 'walk' | 'extract' | 'group' | 'write'
