import { idOf, RELEASED_STATUSES } from '@lotse/domain'
import { ValidationError, type CollectionBeforeValidateHook, type PayloadRequest } from 'payload'
import { hasRole } from '../../../access/hasRole.ts'
import { unitsOf } from '../../../access/unitsOf.ts'
import { viewerOf } from '../../../access/viewerOf.ts'
import type { Document } from '../../../payload-types.ts'
import type { FieldError } from '../lib/workflowTransition.ts'

/**
 * Rules across fields, checked before anything is written: validity dates in order; a document supersedes only a
 * released document whose unit the saver works for; no supersession cycles.
 */
export const validateDocument: CollectionBeforeValidateHook<Document> = async ({ data, originalDoc, req, context }) => {
  const errors: FieldError[] = []
  const validFrom = data?.validFrom ?? originalDoc?.validFrom
  const validUntil = data?.validUntil ?? originalDoc?.validUntil
  if (validFrom && validUntil && new Date(validUntil) < new Date(validFrom)) {
    errors.push({ path: 'validUntil', message: 'The end of validity lies before its start ("valid from").' })
  }
  const supersedes = idOf(data?.supersedes === undefined ? originalDoc?.supersedes : data.supersedes)
  // The predecessor's own save during a supersession (hooks/applySupersession.ts) was checked with its successor's.
  const problem = supersedes && !context.supersession ? await supersessionProblem(req, supersedes, data, originalDoc) : null
  if (problem) errors.push({ path: 'supersedes', message: problem })
  if (errors.length) throw new ValidationError({ collection: 'documents', errors })
  return data
}

/** Why this document cannot supersede `supersedes`, or null. */
async function supersessionProblem(req: PayloadRequest, supersedes: string, data: Partial<Document> | undefined, originalDoc: Document | undefined): Promise<string | null> {
  const self = idOf(originalDoc?.id)
  if (supersedes === self) return 'A document cannot supersede itself.'
  // Publishing this document retires the predecessor (hooks/applySupersession.ts): naming it, and publishing while
  // naming it, need the right to retire it.
  const publishes =
    (data?._status ?? originalDoc?._status) === 'published' &&
    (data?.workflowStatus ?? originalDoc?.workflowStatus) === 'published' &&
    originalDoc?.workflowStatus !== 'published'
  const problem = supersedes !== idOf(originalDoc?.supersedes) || publishes ? await predecessorProblem(req, supersedes) : null
  if (problem) return problem
  return (await closesCycle(req, supersedes, self)) ? 'This would make a cycle: the chosen document (or one it supersedes) already supersedes this one.' : null
}

/**
 * Why `id` cannot be superseded by this save, or null: it must exist, be released (its published state is published,
 * superseded or withdrawn — a never-published draft must not be published as "superseded"), and a person must be an
 * admin or work for its unit. A person learns nothing about documents of other units: missing and foreign read alike.
 */
async function predecessorProblem(req: PayloadRequest, id: string): Promise<string | null> {
  const predecessor: Document | null = await req.payload.findByID({ collection: 'documents', id, draft: false, depth: 0, req, overrideAccess: true, disableErrors: true })
  if (req.user && !hasRole(req.user, 'admin')) {
    const viewer = await viewerOf(req)
    const unit = idOf(predecessor?.ownerUnit)
    const mayRetire = hasRole(req.user, 'editor', 'manager') && !!viewer && !!unit && unitsOf(viewer).includes(unit)
    if (!mayRetire) return `You can supersede only documents of a unit you belong to or manage; document ${id} is not one of them.`
  }
  if (!predecessor) return `There is no document ${id}.`
  const released = predecessor._status === 'published' && (RELEASED_STATUSES as readonly string[]).includes(predecessor.workflowStatus)
  return released ? null : `Document ${id} has not been published: only a published document can be superseded.`
}

/** Whether the chain `start` already supersedes leads back to `self`. */
async function closesCycle(req: PayloadRequest, start: string, self: string | null): Promise<boolean> {
  const seen = new Set<string>()
  for (let next: string | null = start; next; ) {
    if (next === self || seen.has(next)) return true
    seen.add(next)
    const found: Document | null = await req.payload.findByID({ collection: 'documents', id: next, depth: 0, req, overrideAccess: true, disableErrors: true })
    next = idOf(found?.supersedes)
  }
  return false
}
