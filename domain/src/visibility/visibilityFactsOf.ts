import { idOf, idsOf } from '../idOf.ts'
import { CLASSIFICATIONS } from '../vocabulary.ts'
import type { VisibilityFacts } from './Condition.ts'

/** A relationship value as Payload returns it: a bare id, or the related document when populated. */
export type Ref = string | number | { id: string | number } | null | undefined

/** The fields of a stored CMS document that visibility reads (any depth). */
export interface DocumentVisibilityFields {
  workflowStatus?: string | null
  classification?: string | null
  ownerUnit?: Ref
  responsible?: Ref
  audienceUnits?: Ref[] | null
  audienceRoles?: string[] | null
}

/**
 * The visibility facts of a stored document. Fails closed: a missing status counts as draft,
 * an unknown classification as confidential.
 */
export function visibilityFactsOf(doc: DocumentVisibilityFields): VisibilityFacts {
  const audienceUnits = idsOf(doc.audienceUnits)
  const audienceRoles = [...(doc.audienceRoles ?? [])]
  return {
    workflowStatus: doc.workflowStatus ?? 'draft',
    classification: (CLASSIFICATIONS as readonly string[]).includes(doc.classification ?? '') ? doc.classification! : 'confidential',
    ownerUnit: idOf(doc.ownerUnit),
    responsible: idOf(doc.responsible),
    audienceAll: audienceUnits.length === 0 && audienceRoles.length === 0,
    audienceUnits,
    audienceRoles,
  }
}
