import { getEnv } from '../env.ts'
import { SiteError } from './SiteError.ts'
import { requestJson } from './requestJson.ts'
import type { Viewer } from './Viewer.ts'

export interface QueryCount {
  query: string
  count: number
}

/** What staff of the viewer's units searched for and did not find (the search API decides whose searches). */
export interface SearchAnalytics {
  days: number
  searches: number
  noResults: QueryCount[]
  noClicks: QueryCount[]
}

const counts = (value: unknown): QueryCount[] =>
  (Array.isArray(value) ? value : []).flatMap((entry) => {
    const row = (entry ?? {}) as Record<string, unknown>
    return typeof row.query === 'string' && typeof row.count === 'number' ? [{ query: row.query, count: row.count }] : []
  })

/** `GET /analytics/searches?days=N` of the search API as the viewer. Throws `upstream_*` when it is unavailable. */
export async function getSearchAnalytics(viewer: Viewer, days = 30): Promise<SearchAnalytics> {
  const { searchUrl, upstreamTimeoutMs } = getEnv()
  const { status, body } = await requestJson(`${searchUrl}/analytics/searches?days=${days}`, { token: viewer.token, timeoutMs: upstreamTimeoutMs, service: 'search API' })
  if (status === 401) throw new SiteError('unauthenticated', 'search API did not accept the token')
  if (status === 403) throw new SiteError('forbidden', 'search API refused the analytics (403)')
  if (status !== 200) throw new SiteError('upstream_failed', `search API answered ${status} for the analytics`)
  const report = (body ?? {}) as Record<string, unknown>
  return { days, searches: typeof report.searches === 'number' ? report.searches : 0, noResults: counts(report.noResults), noClicks: counts(report.noClicks) }
}
