import type { CollectionAfterChangeHook } from 'payload'
import type { Document } from '../../../payload-types.ts'
import { auditAction } from '../lib/auditAction.ts'

/**
 * Approving a version releases the files attached to the document, in the same transaction — except those the approver
 * uploaded or changed last (Files/hooks/resetRelease.ts): like a content edit, an approver's own attachment needs
 * another person. Written to the database directly, because the files' own hooks would count this as the approver's
 * change and un-release them again.
 */
export const releaseAttachments: CollectionAfterChangeHook<Document> = async ({ doc, previousDoc, operation, req }) => {
  const approver = req.user
  if (!approver || auditAction(operation, operation === 'update' ? previousDoc : undefined, doc) !== 'approve') return doc
  await req.payload.db.updateMany({
    collection: 'files',
    where: {
      and: [
        { document: { equals: doc.id } },
        { releasedAt: { exists: false } },
        { or: [{ changedBy: { exists: false } }, { changedBy: { not_equals: approver.id } }] },
      ],
    },
    data: { releasedAt: new Date().toISOString() },
    req,
    returning: false,
  })
  return doc
}
