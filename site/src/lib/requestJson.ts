import { SiteError } from './SiteError.ts'

export interface UpstreamResponse {
  status: number
  /** Parsed JSON body, or `null` when the body is empty or not JSON. */
  body: unknown
  headers: Headers
}

export interface RequestJsonOptions {
  method?: 'GET' | 'POST' | 'DELETE'
  token?: string | undefined
  json?: unknown
  /** Further headers, e.g. `X-Forwarded-For` with the visitor's address on a login. */
  headers?: Record<string, string>
  timeoutMs: number
  /** Name of the service in error messages ("CMS", "search API"). */
  service: string
}

/**
 * One HTTP call to an upstream service of the site (CMS, search API). Any HTTP status resolves (callers map them);
 * only "no answer" (connection refused, DNS, timeout, an answer broken off) throws `SiteError('upstream_unreachable')`.
 */
export async function requestJson(url: string, options: RequestJsonOptions): Promise<UpstreamResponse> {
  const headers: Record<string, string> = { Accept: 'application/json', ...options.headers }
  if (options.token) headers.Authorization = `JWT ${options.token}`
  if (options.json !== undefined) headers['Content-Type'] = 'application/json'
  let response: Response
  try {
    response = await fetch(url, {
      method: options.method ?? 'GET',
      headers,
      body: options.json === undefined ? undefined : JSON.stringify(options.json),
      signal: AbortSignal.timeout(options.timeoutMs),
      redirect: 'manual',
    })
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause)
    throw new SiteError(
      'upstream_unreachable',
      `${options.service} at ${new URL(url).origin} did not answer (${reason}); is it running and is its URL set correctly?`,
      { cause },
    )
  }
  let text: string
  try {
    text = await response.text()
  } catch (cause) {
    // The timeout (or the connection) ended while the body arrived: an answer cut short is no answer, never an empty
    // one (an empty profile would sign the person out, an empty document would read as a broken one).
    const reason = cause instanceof Error ? cause.message : String(cause)
    throw new SiteError('upstream_unreachable', `${options.service} at ${new URL(url).origin} broke off its answer (${reason})`, { cause })
  }
  let body: unknown = null
  if (text) {
    try {
      body = JSON.parse(text)
    } catch {
      body = null
    }
  }
  return { status: response.status, body, headers: response.headers }
}
