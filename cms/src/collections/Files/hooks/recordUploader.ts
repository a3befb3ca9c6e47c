import type { CollectionBeforeChangeHook } from 'payload'
import type { File } from '../../../payload-types.ts'

/** The uploader is the signed-in person, whatever was sent; until the file is attached, it is theirs alone. */
export const recordUploader: CollectionBeforeChangeHook<File> = ({ data, operation, req }) =>
  operation === 'create' && req.user ? { ...data, uploadedBy: req.user.id } : data
