import { idOf } from '@lotse/domain'
import { ValidationError, type FieldHook, type TypeWithID } from 'payload'

/**
 * For relationship fields a person sets to a document (`supersedes`, a file's or a feedback's `document`): a newly
 * chosen document must be one the saving person may read, or the link itself would tell them about it (and hand
 * hooks a document they never saw). A field hook, because Payload skips field validation for drafts. Trusted server
 * code (`overrideAccess`) and links that stay as they were are left alone.
 */
export const refuseUnreadableDocument: FieldHook<TypeWithID, unknown> = async ({ value, previousValue, overrideAccess, req, path, collection }) => {
  const id = idOf(value)
  if (overrideAccess || !id || id === idOf(previousValue)) return value
  const { totalDocs } = await req.payload.count({ collection: 'documents', where: { id: { equals: id } }, req, user: req.user, overrideAccess: false })
  if (totalDocs === 0) {
    throw new ValidationError({ collection: collection?.slug, errors: [{ path: path.join('.'), message: `There is no document ${id} that you may read; choose another.` }] })
  }
  return value
}
