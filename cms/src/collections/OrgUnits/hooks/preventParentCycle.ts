import { ValidationError, type CollectionBeforeValidateHook } from 'payload'
import { idOf } from '@lotse/domain'
import type { OrgUnit } from '../../../payload-types.ts'

/** The org chart is a tree: a unit cannot be its own ancestor. */
export const preventParentCycle: CollectionBeforeValidateHook<OrgUnit> = async ({ data, originalDoc, req }) => {
  const self = idOf(originalDoc?.id)
  let parent = idOf(data?.parent)
  const seen = new Set<string>()
  while (parent && self) {
    if (parent === self || seen.has(parent)) {
      throw new ValidationError({ collection: 'org-units', errors: [{ path: 'parent', message: 'The parent unit lies below this unit: the org chart would contain a cycle.' }] })
    }
    seen.add(parent)
    const unit = await req.payload.findByID({ collection: 'org-units', id: parent, depth: 0, req, overrideAccess: true, disableErrors: true })
    parent = idOf(unit?.parent)
  }
  return data
}
