import { isSiteError } from './SiteError.ts'
import { listDoneAcknowledgements, listPendingAcknowledgements, type DoneAcknowledgement, type PendingAcknowledgement } from './acknowledgementsClient.ts'
import type { Viewer } from './Viewer.ts'

export type AcknowledgementsPageState =
  | { state: 'ok'; open: PendingAcknowledgement[]; done: DoneAcknowledgement[] }
  | { state: 'unavailable' }
  | { state: 'unauthenticated' }

/** "Meine Lesebestätigungen": open (overdue first) and done (newest first). Never throws. */
export async function loadAcknowledgementsPage(
  viewer: Viewer,
  deps: { pending?: typeof listPendingAcknowledgements; done?: typeof listDoneAcknowledgements } = {},
): Promise<AcknowledgementsPageState> {
  const { pending = listPendingAcknowledgements, done = listDoneAcknowledgements } = deps
  try {
    const [open, confirmed] = await Promise.all([pending(viewer), done(viewer)])
    return { state: 'ok', open, done: confirmed }
  } catch (error) {
    if (isSiteError(error, 'unauthenticated')) return { state: 'unauthenticated' }
    console.error('[site] acknowledgements failed:', error instanceof Error ? error.message : error)
    return { state: 'unavailable' }
  }
}
