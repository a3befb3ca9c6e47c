import { ValidationError, type CollectionBeforeValidateHook } from 'payload'
import type { Document } from '../../../payload-types.ts'
import { idOf } from '@lotse/domain'
import type { FieldError } from '../lib/workflowTransition.ts'

/** Rules across fields, checked before anything is written: validity dates in order, no supersession cycles. */
export const validateDocument: CollectionBeforeValidateHook<Document> = async ({ data, originalDoc, req }) => {
  const errors: FieldError[] = []
  const validFrom = data?.validFrom ?? originalDoc?.validFrom
  const validUntil = data?.validUntil ?? originalDoc?.validUntil
  if (validFrom && validUntil && new Date(validUntil) < new Date(validFrom)) {
    errors.push({ path: 'validUntil', message: 'The end of validity lies before its start ("valid from").' })
  }
  const self = idOf(originalDoc?.id)
  const supersedes = idOf(data?.supersedes === undefined ? originalDoc?.supersedes : data.supersedes)
  if (supersedes && supersedes === self) {
    errors.push({ path: 'supersedes', message: 'A document cannot supersede itself.' })
  } else if (supersedes) {
    // Follow the chain the target already supersedes: meeting this document again would make a cycle.
    const seen = new Set<string>()
    for (let next: string | null = supersedes; next; ) {
      if (next === self || seen.has(next)) {
        errors.push({ path: 'supersedes', message: 'This would make a cycle: the chosen document (or one it supersedes) already supersedes this one.' })
        break
      }
      seen.add(next)
      const found: Document | null = await req.payload.findByID({ collection: 'documents', id: next, depth: 0, req, overrideAccess: true, disableErrors: true })
      if (!found && next === supersedes) errors.push({ path: 'supersedes', message: `There is no document ${supersedes}.` })
      next = idOf(found?.supersedes)
    }
  }
  if (errors.length) throw new ValidationError({ collection: 'documents', errors })
  return data
}
