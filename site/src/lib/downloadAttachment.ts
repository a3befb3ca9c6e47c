import { getEnv } from '../env.ts'
import { SiteError } from './SiteError.ts'
import { cmsRequest } from './cmsRequest.ts'
import { payloadQuery } from './payloadQuery.ts'
import type { Viewer } from './Viewer.ts'

/** Never served with their own type, whatever the CMS says: browsers would run them as pages or scripts. */
// Whole name parts only: "vnd.openxmlformats-officedocument…" is a Word file, not XML.
const ACTIVE_TYPE = /(^|[/+.-])(x?html|xml|svg|javascript|ecmascript|x-shockwave-flash)([+.-]|$)|^text\/(?!plain$|csv$|markdown$)/i
const FILE_ID = /^[1-9]\d{0,9}$/

/**
 * Response headers of a download: always saved as a file (never rendered in a page of this site, not even a PDF: a
 * sandboxed PDF does not open in Chromium's viewer anyway), never sniffed, never framed.
 */
export function downloadHeaders(filename: string, contentType: string | null, size: string | null): Headers {
  const type = (contentType ?? '').split(';', 1)[0].trim().toLowerCase()
  const served = !type || ACTIVE_TYPE.test(type) || !/^[\w.+-]+\/[\w.+-]+$/.test(type) ? 'application/octet-stream' : type
  const ascii = filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_')
  const headers = new Headers({
    'Content-Type': served,
    'Content-Disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`,
    'X-Content-Type-Options': 'nosniff',
    // Stricter than the pages' policy, and kept by the middleware, should a browser render the file after all.
    'Content-Security-Policy': "sandbox; default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; frame-ancestors 'none'",
    'Cache-Control': 'private, no-store',
  })
  if (size && /^\d+$/.test(size)) headers.set('Content-Length', size)
  return headers
}

/**
 * An attachment of a document, fetched from the CMS with the viewer's token: the CMS checks access to the file record
 * and again to its bytes, and the file must belong to this document (no reaching other files through any page).
 * Anything else is the same `not_found`.
 */
export async function downloadAttachment(viewer: Viewer, documentId: string, fileId: string): Promise<Response> {
  if (!FILE_ID.test(fileId)) throw new SiteError('not_found', `"${fileId}" is not a file id`)
  const query = payloadQuery({ depth: 0, select: { filename: true, document: true, mimeType: true } })
  const meta = await cmsRequest(viewer, `/api/files/${fileId}?${query}`)
  if (meta.status !== 200) {
    if (meta.status === 403 || meta.status === 404 || meta.status === 400) throw new SiteError('not_found', `file ${fileId}: ${meta.status}`)
    throw new SiteError('upstream_failed', `CMS answered ${meta.status} for file ${fileId}`)
  }
  const record = (meta.body ?? {}) as Record<string, unknown>
  const filename = typeof record.filename === 'string' ? record.filename : ''
  if (!filename || String(record.document) !== documentId) throw new SiteError('not_found', `file ${fileId} is not an attachment of document ${documentId}`)

  const { cmsUrl, upstreamTimeoutMs } = getEnv()
  let upstream: Response
  try {
    upstream = await fetch(`${cmsUrl}/api/files/file/${encodeURIComponent(filename)}`, {
      headers: { Authorization: `JWT ${viewer.token}` },
      signal: AbortSignal.timeout(upstreamTimeoutMs * 6),
      redirect: 'manual',
    })
  } catch (cause) {
    throw new SiteError('upstream_unreachable', `CMS did not answer the download of file ${fileId}`, { cause })
  }
  if (upstream.status !== 200 || !upstream.body) {
    await upstream.body?.cancel()
    if (upstream.status === 401) throw new SiteError('unauthenticated', 'CMS did not accept the token for a download')
    if (upstream.status === 403 || upstream.status === 404) throw new SiteError('not_found', `file ${fileId}: ${upstream.status}`)
    throw new SiteError('upstream_failed', `CMS answered ${upstream.status} for the bytes of file ${fileId}`)
  }
  const type = typeof record.mimeType === 'string' ? record.mimeType : upstream.headers.get('content-type')
  return new Response(upstream.body, { status: 200, headers: downloadHeaders(filename, type, upstream.headers.get('content-length')) })
}
