import type { APIRoute } from 'astro'
import { attachmentResponse } from '../../../../lib/attachmentResponse.ts'
import { requireViewer } from '../../../../lib/requireViewer.ts'

/** An attachment of a document, downloaded through the site with the viewer's access (lib/downloadAttachment.ts). */
export const GET: APIRoute = ({ locals, params, cookies, url }) =>
  attachmentResponse(requireViewer(locals), params.id ?? '', params.fileId ?? '', { cookies, url })
