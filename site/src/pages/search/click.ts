import type { APIRoute } from 'astro'
import { recordSearchClick } from '../../lib/recordSearchClick.ts'
import { requireViewer } from '../../lib/requireViewer.ts'
import { readSearchClick } from '../../lib/searchClick.ts'

/** A search result was opened: record the click (when the link was signed for this session), then go to the document. */
export const GET: APIRoute = async ({ locals, url }) => {
  const viewer = requireViewer(locals)
  const click = readSearchClick(url.searchParams, viewer.token)
  if (!click) return new Response('This link names no document; go back to the search and choose a result.', { status: 400 })
  if (click.searchId) await recordSearchClick(viewer, click.searchId, click.documentId)
  return new Response(null, { status: 303, headers: { Location: click.location, 'Cache-Control': 'no-store' } })
}
