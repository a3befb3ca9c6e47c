import { getEnv } from '../env.ts'
import { requestJson } from './requestJson.ts'
import type { Viewer } from './Viewer.ts'

/** A click is worth at most this long a wait before the document opens. */
const CLICK_TIMEOUT_MS = 1_500

/**
 * Tells the search API that the viewer opened `documentId` from the search `searchId` (`POST /analytics/clicks`).
 * Best effort: it never throws, because the person must get to the document whether or not analytics work; failures
 * are logged for operators. Resolves true when the API recorded the click.
 */
export async function recordSearchClick(viewer: Pick<Viewer, 'token'>, searchId: string, documentId: string): Promise<boolean> {
  const { searchUrl, upstreamTimeoutMs } = getEnv()
  try {
    const { status } = await requestJson(`${searchUrl}/analytics/clicks`, {
      method: 'POST',
      token: viewer.token,
      json: { searchId, documentId },
      timeoutMs: Math.min(upstreamTimeoutMs, CLICK_TIMEOUT_MS),
      service: 'search API',
    })
    if (status === 204 || status === 200) return true
    console.error(`[site] recording a search click failed: the search API answered ${status}`)
  } catch (error) {
    console.error('[site] recording a search click failed:', error instanceof Error ? error.message : error)
  }
  return false
}
