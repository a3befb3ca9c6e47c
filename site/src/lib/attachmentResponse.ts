import type { AstroCookies } from 'astro'
import { isSiteError } from './SiteError.ts'
import { downloadAttachment } from './downloadAttachment.ts'
import { endSession } from './endSession.ts'
import type { Viewer } from './Viewer.ts'

const text = (status: number, body: string) => new Response(body, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })

/**
 * The answer to an attachment link: the file, or — for a file that does not exist, is not readable or belongs to
 * another document — the same 404, never telling them apart.
 */
export async function attachmentResponse(
  viewer: Viewer,
  documentId: string,
  fileId: string,
  session: { cookies: AstroCookies; url: URL },
  download: typeof downloadAttachment = downloadAttachment,
): Promise<Response> {
  try {
    return await download(viewer, documentId, fileId)
  } catch (error) {
    if (isSiteError(error, 'not_found')) return text(404, 'Diese Datei gibt es nicht, oder sie ist für Sie nicht freigegeben. / This file does not exist or is not released for you.')
    if (isSiteError(error, 'unauthenticated')) return new Response(null, { status: 303, headers: { Location: endSession(session.cookies, session.url) } })
    console.error('[site] download %s/%s failed:', documentId, fileId, error instanceof Error ? error.message : error)
    return text(503, 'Die Datei kann gerade nicht geladen werden. / The file cannot be loaded right now.')
  }
}
