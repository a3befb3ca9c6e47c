import { ATTACHMENT_FORMATS } from './attachmentFormats.ts'

const INLINE = new Set(ATTACHMENT_FORMATS.filter((format) => format.inline).map((format) => format.mime))
const KNOWN = new Set(ATTACHMENT_FORMATS.map((format) => format.mime))

/**
 * Headers of every file Payload serves (`/api/files/file/<name>`, image sizes included): nothing uploaded ever runs as
 * a page on the CMS origin, not even a file stored before formats were checked. Browsers open only PDF and raster
 * images themselves; the rest is a download, never sniffed, and sandboxed should a browser render it anyway.
 */
export function downloadHeaders({ headers }: { headers: Headers }): Headers {
  const type = headers.get('Content-Type')?.split(';')[0]?.trim().toLowerCase() ?? ''
  if (!KNOWN.has(type)) headers.set('Content-Type', 'application/octet-stream')
  headers.set('Content-Disposition', INLINE.has(type) ? 'inline' : 'attachment')
  headers.set('X-Content-Type-Options', 'nosniff')
  headers.set('Content-Security-Policy', "sandbox; default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'")
  return headers
}
