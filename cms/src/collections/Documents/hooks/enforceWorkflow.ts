import { RELEASED_STATUSES, type WorkflowStatus } from '@lotse/domain'
import { ValidationError, type CollectionBeforeChangeHook } from 'payload'
import { hasRole } from '../../../access/hasRole.ts'
import { viewerOf } from '../../../access/viewerOf.ts'
import type { Document } from '../../../payload-types.ts'
import { idOf } from '@lotse/domain'
import { contentChanges } from '../lib/contentChanges.ts'
import { workflowRefusal } from '../lib/workflowRefusal.ts'
import { workflowTransition } from '../lib/workflowTransition.ts'
import { unitsOf } from '../../../access/unitsOf.ts'

const released = (status: string | null | undefined) => (RELEASED_STATUSES as readonly (string | null | undefined)[]).includes(status)

/**
 * Applies the lifecycle (lib/workflowTransition.ts) to every save made for a person, and maintains the fields only the
 * system sets: who submitted, who approved and when, and the acknowledgement round (a new one per material change).
 * Only admins move a document to another unit. Trusted server code without a user (seed, migration, supersession)
 * is not checked, but keeps the same invariants; a migration run publishes only with the approver it names
 * (`context.migration`), who is recorded as `publishedBy`.
 */
export const enforceWorkflow: CollectionBeforeChangeHook<Document> = async ({ data, originalDoc, operation, req, context, collection }) => {
  const user = req.user
  const publishing = (data._status ?? originalDoc?._status) === 'published'
  const from: WorkflowStatus = originalDoc?.workflowStatus ?? 'draft'
  const requested: WorkflowStatus = data.workflowStatus ?? from
  // A migration run dates what it publishes by its import time.
  const now = (!user && context.migration?.importedAt) || new Date().toISOString()
  // System fields: never taken from the request.
  const next: Partial<Document> = {
    submittedBy: originalDoc?.submittedBy ?? null,
    publishedBy: originalDoc?.publishedBy ?? null,
    publishedAt: originalDoc?.publishedAt ?? null,
    acknowledgementRound: originalDoc?.acknowledgementRound ?? null,
    acknowledgementRoundStartedAt: originalDoc?.acknowledgementRoundStartedAt ?? null,
    supersededBy: context.supersession ? data.supersededBy : (originalDoc?.supersededBy ?? null),
  }

  if (!user || context.supersession) {
    next.workflowStatus = !publishing && released(requested) ? 'draft' : requested
    const migration = context.migration
    if (migration && publishing && next.workflowStatus === 'published') {
      // The run wrote the content (each version of it); a second person, checked by the tool before the run, approved
      // publishing it.
      if (!migration.approvedBy) {
        throw new ValidationError({ collection: 'documents', errors: [{ path: 'workflowStatus', message: 'A migration run publishes only with an approver: name one with --approved-by EMAIL or in the mapping file.' }] })
      }
      next.publishedBy = migration.approvedBy
      next.publishedAt = now
    }
  } else {
    const viewer = (await viewerOf(req))!
    const ownerUnit = idOf(data.ownerUnit ?? originalDoc?.ownerUnit)
    const isAdmin = hasRole(user, 'admin')
    // Moving a document would hand it (drafts included) to another unit's editors: neither unit alone decides that.
    if (operation === 'update' && !isAdmin && ownerUnit !== idOf(originalDoc?.ownerUnit)) {
      throw workflowRefusal(req, [{ path: 'ownerUnit', code: 'owner-move', message: 'Only an admin can move a document to another unit.' }])
    }
    const onOwningSide = hasRole(user, 'editor', 'manager') && !!ownerUnit && unitsOf(viewer).includes(ownerUnit)
    if (operation === 'create' && !isAdmin && !onOwningSide) {
      throw workflowRefusal(req, [{ path: 'ownerUnit', code: 'owner-create', message: 'You can create documents only for a unit you belong to or manage.' }])
    }
    const lastPublished =
      originalDoc?.publishedAt && publishing
        ? await req.payload.findByID({ collection: 'documents', id: originalDoc.id, draft: false, depth: 0, req, overrideAccess: true })
        : null
    const result = workflowTransition({
      from,
      to: requested,
      publishing,
      actor: { id: String(user.id), isAdmin, onOwningSide },
      submittedBy: idOf(originalDoc?.submittedBy),
      previousChangeNote: lastPublished ? (lastPublished.changeNote ?? '') : null,
      changeNote: data.changeNote,
      // `data` is the whole document here (Payload fills what the request left out from the latest version).
      contentChanges: operation === 'update' ? contentChanges(collection.flattenedFields, originalDoc, data) : [],
    })
    if (!result.ok) throw workflowRefusal(req, result.errors)
    next.workflowStatus = result.status
    if (result.action === 'submit') next.submittedBy = user.id
    if (result.action === 'approve') next.publishedBy = user.id
    // The first draft of a new version starts with an empty change note and "no material change", unless edited.
    if (!publishing && released(from)) {
      if (data.changeNote === originalDoc?.changeNote) next.changeNote = ''
      if (data.materialChange === originalDoc?.materialChange) next.materialChange = false
    }
  }

  if (publishing && next.workflowStatus === 'published' && from !== 'published') {
    next.publishedAt = now
    const requiresAcknowledgement = data.requiresAcknowledgement ?? originalDoc?.requiresAcknowledgement
    const material = data.materialChange ?? originalDoc?.materialChange
    if (requiresAcknowledgement && (material || !next.acknowledgementRound)) {
      next.acknowledgementRound = (next.acknowledgementRound ?? 0) + 1
      next.acknowledgementRoundStartedAt = now
    }
  }
  return { ...data, ...next }
}
