import type { CollectionBeforeChangeHook } from 'payload'
import type { File } from '../../../payload-types.ts'

/**
 * A file reaches the readers of its document only once a second person approved that document with it attached
 * (Documents/hooks/releaseAttachments.ts). So whatever a person sends, their upload or change leaves the file unreleased
 * and records them as its last author. Trusted server code without a user (seed, migration, tests) imports reviewed
 * originals: released unless it says otherwise.
 */
export const resetRelease: CollectionBeforeChangeHook<File> = ({ data, operation, originalDoc, req }) => {
  if (req.user) return { ...data, releasedAt: null, changedBy: req.user.id }
  const fallback = operation === 'create' ? new Date().toISOString() : (originalDoc?.releasedAt ?? null)
  return { ...data, releasedAt: data.releasedAt === undefined ? fallback : data.releasedAt }
}
