import { isSiteError } from './SiteError.ts'
import { getCompletionDetail, getDashboard, type CompletionDetail, type Dashboard } from './dashboardClient.ts'
import { getSearchAnalytics, type SearchAnalytics } from './searchAnalyticsClient.ts'
import { parsePage } from './searchClient.ts'
import type { Viewer } from './Viewer.ts'

export type DashboardPageState =
  | {
      state: 'ok'
      dashboard: Dashboard
      /** `null`: the search API could not say (the rest of the page still renders). */
      analytics: SearchAnalytics | null
      /** The directive opened for its per-unit figures (`?document=`); `notFound` when it is none of theirs. */
      detail: CompletionDetail | 'notFound' | null
    }
  | { state: 'forbidden' }
  | { state: 'unavailable' }
  | { state: 'unauthenticated' }

/** Whether the viewer may open the dashboard at all: managers and admins (the CMS checks again). */
export const mayOpenDashboard = (viewer: Viewer) => viewer.roles.includes('manager') || viewer.roles.includes('admin')

/** The manager's dashboard for the URL's `page` and `document`. Never throws: every failure is a state the page renders. */
export async function loadDashboardPage(
  viewer: Viewer,
  params: URLSearchParams,
  deps: { dashboard?: typeof getDashboard; detail?: typeof getCompletionDetail; analytics?: typeof getSearchAnalytics } = {},
): Promise<DashboardPageState> {
  if (!mayOpenDashboard(viewer)) return { state: 'forbidden' }
  const { dashboard = getDashboard, detail = getCompletionDetail, analytics = getSearchAnalytics } = deps
  const documentId = params.get('document')
  const detailOf = async (id: string): Promise<CompletionDetail | 'notFound'> => {
    try {
      return await detail(viewer, id)
    } catch (error) {
      if (isSiteError(error, 'not_found')) return 'notFound'
      throw error
    }
  }
  const analyticsOrNull = analytics(viewer).catch((error: unknown) => {
    if (isSiteError(error, 'unauthenticated')) throw error
    console.error('[site] search analytics unavailable:', error instanceof Error ? error.message : error)
    return null
  })
  try {
    const validId = documentId && /^[1-9]\d{0,9}$/.test(documentId) ? documentId : null
    const [board, report, opened] = await Promise.all([
      dashboard(viewer, parsePage(params.get('page'))),
      analyticsOrNull,
      documentId === null ? null : validId ? detailOf(validId) : ('notFound' as const),
    ])
    return { state: 'ok', dashboard: board, analytics: report, detail: opened }
  } catch (error) {
    if (isSiteError(error, 'unauthenticated')) return { state: 'unauthenticated' }
    if (isSiteError(error, 'forbidden')) return { state: 'forbidden' }
    console.error('[site] dashboard failed:', error instanceof Error ? error.message : error)
    return { state: 'unavailable' }
  }
}
