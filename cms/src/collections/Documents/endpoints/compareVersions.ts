import { lexicalToText } from '@lotse/search'
import type { PayloadHandler, PayloadRequest } from 'payload'
import type { Document } from '../../../payload-types.ts'
import { jsonError } from '../../../utilities/jsonError.ts'
import { parseId } from '../../../utilities/parseId.ts'
import { metadataChanges } from '../lib/metadataChanges.ts'
import { textDiff } from '../lib/textDiff.ts'

const asText = (doc: Pick<Document, 'title' | 'summary' | 'body'>) => [doc.title, doc.summary ?? '', lexicalToText(doc.body)].join('\n\n')

/** A version of this document the caller may read (access applies to version history as to documents), or null. */
async function readableVersion(req: PayloadRequest, documentId: number, versionId: number) {
  const version = await req.payload.findVersionByID({ collection: 'documents', id: String(versionId), depth: 0, user: req.user, overrideAccess: false, disableErrors: true, req })
  return version && String(version.parent) === String(documentId) ? version : null
}

/**
 * `GET /api/documents/:id/compare?from=<versionId>&to=<versionId>` — a word diff of title, summary and body between
 * two versions, the metadata that changed (`fields`: validity, version label, kind, legal basis), and their labels and
 * change notes. Both versions go through the version history's read access: staff compare released versions only.
 */
export const compareVersions: PayloadHandler = async (req) => {
  if (!req.user) return jsonError(401, 'Log in first.')
  const documentId = parseId(req.routeParams?.id)
  const from = parseId(req.searchParams.get('from'))
  const to = parseId(req.searchParams.get('to'))
  if (!from || !to) return jsonError(400, 'Name the two versions to compare by their ids: ?from=<versionId>&to=<versionId> (see /api/documents/versions).')
  const [older, newer] = documentId ? await Promise.all([readableVersion(req, documentId, from), readableVersion(req, documentId, to)]) : []
  if (!older || !newer) return jsonError(404, `Document ${String(req.routeParams?.id)} has no such versions that you may read.`)
  const describe = (v: NonNullable<typeof older>) => ({
    id: v.id,
    updatedAt: v.updatedAt,
    status: v.version.workflowStatus,
    versionLabel: v.version.versionLabel ?? null,
    changeNote: v.version.changeNote ?? null,
    publishedAt: v.version.publishedAt ?? null,
  })
  return Response.json({
    from: describe(older),
    to: describe(newer),
    changes: textDiff(asText(older.version), asText(newer.version)),
    fields: metadataChanges(older.version, newer.version),
  })
}
