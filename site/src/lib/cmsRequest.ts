import { getEnv } from '../env.ts'
import { SiteError } from './SiteError.ts'
import { requestJson, type UpstreamResponse } from './requestJson.ts'
import type { Viewer } from './Viewer.ts'

/** One call to the CMS REST API on behalf of the viewer (their token, so the CMS applies its access rules). */
export async function cmsRequest(
  viewer: Pick<Viewer, 'token'>,
  path: string,
  init: { method?: 'GET' | 'POST' | 'DELETE'; json?: unknown } = {},
): Promise<UpstreamResponse> {
  const { cmsUrl, upstreamTimeoutMs } = getEnv()
  const response = await requestJson(`${cmsUrl}${path}`, { ...init, token: viewer.token, timeoutMs: upstreamTimeoutMs, service: 'CMS' })
  if (response.status === 401) throw new SiteError('unauthenticated', `CMS did not accept the token for ${path.split('?')[0]}`)
  return response
}

/** The body of a 200 answer; any other status is `upstream_failed` (callers map the statuses they expect first). */
export function expectOk(response: UpstreamResponse, what: string): Record<string, unknown> {
  if (response.status !== 200 && response.status !== 201) throw new SiteError('upstream_failed', `CMS answered ${response.status} for ${what}`)
  const body = response.body
  if (typeof body !== 'object' || body === null) throw new SiteError('upstream_failed', `CMS answered ${what} without a JSON object`)
  return body as Record<string, unknown>
}
