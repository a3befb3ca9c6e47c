import type { Where } from 'payload'

/** Files not attached to any document belong to whoever uploaded them (`uploadedBy`, set by the system). */
export const ownUnattachedFiles = (userId: string | number): Where => ({ and: [{ document: { exists: false } }, { uploadedBy: { equals: userId } }] })
