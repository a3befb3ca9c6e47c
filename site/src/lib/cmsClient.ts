import { getEnv } from '../env.ts'
import { SiteError } from './SiteError.ts'
import { parseRetryAfter } from './parseRetryAfter.ts'
import { requestJson } from './requestJson.ts'
import { toViewerProfile, type Viewer, type ViewerProfile } from './Viewer.ts'
import { toDocumentView, type DocumentView } from './DocumentView.ts'
import { cmsRequest } from './cmsRequest.ts'
import { payloadQuery, type QueryValue } from './payloadQuery.ts'

/**
 * The site's calls to the Payload REST API. Everything done on behalf of a person carries that person's token, so the
 * CMS applies its access rules; the site never decides visibility itself.
 */

export interface LoginResult {
  token: string
  /** When the token expires (from the CMS's `exp`), if it said. */
  expires: Date | undefined
  profile: ViewerProfile | null
}

function cms(path: string): string {
  return `${getEnv().cmsUrl}${path}`
}

function options(extra: { method?: 'GET' | 'POST'; token?: string; json?: unknown; headers?: Record<string, string> } = {}) {
  return { ...extra, timeoutMs: getEnv().upstreamTimeoutMs, service: 'CMS' }
}

/**
 * Email + password → a token. Throws `too_many_attempts` (the CMS throttles: 429, with how long to wait),
 * `invalid_credentials` for every other refusal — one answer whether the email is unknown, the password wrong or the
 * account otherwise refused, so the page never tells which accounts exist — or `upstream_*`.
 * `clientAddress` is the visitor's: the CMS throttles failed logins per address, and without it every visitor of the
 * site would share the site's own.
 */
export async function login(email: string, password: string, clientAddress?: string): Promise<LoginResult> {
  const forwarded = clientAddress ? { 'X-Forwarded-For': clientAddress } : undefined
  const { status, body, headers } = await requestJson(cms('/api/users/login'), options({ method: 'POST', json: { email, password }, headers: forwarded }))
  if (status === 429) {
    const retryAfterSeconds = parseRetryAfter(headers.get('retry-after'), Date.now())
    throw new SiteError('too_many_attempts', 'CMS throttled the login (429)', { retryAfterSeconds })
  }
  if (status >= 400 && status < 500) throw new SiteError('invalid_credentials', `CMS refused the login (${status})`)
  if (status !== 200) throw new SiteError('upstream_failed', `CMS login answered ${status}; see the CMS log`)
  const record = (body ?? {}) as Record<string, unknown>
  if (typeof record.token !== 'string' || !record.token) {
    throw new SiteError('upstream_failed', 'CMS login answered 200 without a token; is CMS_URL pointing at Payload?')
  }
  const exp = typeof record.exp === 'number' && Number.isFinite(record.exp) ? new Date(record.exp * 1000) : undefined
  return { token: record.token, expires: exp, profile: toViewerProfile(record.user) }
}

/** The profile a token belongs to, or `null` when the CMS does not accept the token. */
export async function fetchViewerProfile(token: string): Promise<ViewerProfile | null> {
  const { status, body } = await requestJson(cms('/api/users/me'), options({ token }))
  if (status === 401 || status === 403) return null
  if (status !== 200) throw new SiteError('upstream_failed', `CMS /api/users/me answered ${status}`)
  return toViewerProfile((body as { user?: unknown } | null)?.user)
}

/** Ends the session in the CMS (where it keeps sessions). Best effort: the cookie is cleared either way. */
export async function logout(token: string): Promise<void> {
  await requestJson(cms('/api/users/logout'), options({ method: 'POST', token }))
}

export const DOCUMENT_ID = /^[A-Za-z0-9_-]{1,64}$/

/**
 * Exactly the fields the document page shows, and of related records only their names: without `select` and
 * `populate`, depth 1 loads every relation in full (audience units, submitter, approver, migration run …), each through
 * its own access check.
 */
const DOCUMENT_PAGE_QUERY = payloadQuery({
  depth: 1,
  select: Object.fromEntries(
    [
      'title', 'summary', 'body', 'kind', 'workflowStatus', 'updatedAt', 'publishedAt', 'validFrom', 'validUntil',
      'versionLabel', 'changeNote', 'legalBasis', 'ownerUnit', 'responsible', 'topics', 'supersedes', 'supersededBy',
      'attachments', 'requiresAcknowledgement', 'acknowledgementRound',
    ].map((field) => [field, true] as [string, QueryValue]).concat([['source', { path: true }]]),
  ),
  populate: {
    'org-units': { name: true, shortCode: true },
    users: { name: true },
    topics: { name: true },
    documents: { title: true, validFrom: true },
    files: { filename: true, mimeType: true, filesize: true },
  },
  joins: { attachments: { limit: 50, sort: 'filename' } },
})

/**
 * One document as the viewer may see it. "Does not exist" and "not allowed" both throw `not_found`: the site never
 * tells them apart.
 */
export async function getDocument(viewer: Viewer, id: string): Promise<DocumentView> {
  if (!DOCUMENT_ID.test(id)) throw new SiteError('not_found', `"${id}" is not a document id`)
  const { status, body } = await cmsRequest(viewer, `/api/documents/${encodeURIComponent(id)}?${DOCUMENT_PAGE_QUERY}`)
  if (status === 403 || status === 404 || status === 400) throw new SiteError('not_found', `document ${id}: ${status}`)
  if (status !== 200) throw new SiteError('upstream_failed', `CMS answered ${status} for document ${id}`)
  const document = toDocumentView(body)
  if (!document) throw new SiteError('upstream_failed', `CMS answered a document ${id} without id or title`)
  return document
}
