import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'
import type { Document } from '../../../payload-types.ts'
import { auditAction } from '../lib/auditAction.ts'

async function append(req: PayloadRequest, action: string, doc: Document, details: Record<string, unknown>) {
  // A migration run writes without a person: the entry names the run and, for what it publishes, the approver.
  const migration = req.user ? undefined : req.context.migration
  await req.payload.create({
    collection: 'audit-log',
    data: {
      action: action as 'create',
      documentId: String(doc.id),
      documentTitle: doc.title,
      userId: req.user ? String(req.user.id) : null,
      userName: req.user && 'name' in req.user ? String(req.user.name) : migration ? `Migrationslauf ${migration.runId}` : 'System',
      details: migration ? { ...details, migrationRun: migration.runId, approvedBy: migration.approvedBy ?? null } : details,
    },
    req,
    overrideAccess: true,
  })
}

/** Every change to a document is logged in the same transaction (a rolled-back change leaves no entry). */
export const recordChange: CollectionAfterChangeHook<Document> = async ({ doc, previousDoc, operation, req }) => {
  const action = auditAction(operation, operation === 'update' ? previousDoc : undefined, doc)
  await append(req, action, doc, { status: doc.workflowStatus, draft: doc._status !== 'published', versionLabel: doc.versionLabel ?? null, changeNote: doc.changeNote ?? null })
  return doc
}

export const recordDeletion: CollectionAfterDeleteHook<Document> = async ({ doc, req }) => {
  await append(req, 'delete', doc, {})
  return doc
}
