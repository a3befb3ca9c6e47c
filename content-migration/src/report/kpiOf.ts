import type { HtmlReportInput } from './HtmlReportInput.ts'

/** KPI = (imported + duplicates + versions) / (files − junk): the share of relevant files that reached Lotse; 1 when nothing is relevant. */
export function kpiOf(totals: HtmlReportInput['totals']): number {
  if (typeof totals.kpi === 'number') return totals.kpi
  const relevant = totals.files - totals.junk
  return relevant === 0 ? 1 : (totals.imported + totals.duplicates + totals.versions) / relevant
}
