import type { FileEntry, ReportTotals } from './MigrationReport.ts'

/** Totals and the KPI over the files of a report: (imported + duplicates + versions) / relevant, relevant = not junk. */
export function reportTotals(files: readonly Pick<FileEntry, 'outcome'>[]): ReportTotals {
  const count = (outcome: FileEntry['outcome']) => files.filter((file) => file.outcome === outcome).length
  const totals = {
    files: files.length,
    imported: count('imported'),
    duplicates: count('duplicate'),
    versions: count('version'),
    junk: count('junk'),
    unreadable: count('unreadable'),
    needsOcr: count('needsOcr'),
    failed: count('failed'),
  }
  const relevant = totals.files - totals.junk
  const moved = totals.imported + totals.duplicates + totals.versions
  return { ...totals, kpi: relevant === 0 ? 1 : Math.round((moved / relevant) * 10_000) / 10_000 }
}
