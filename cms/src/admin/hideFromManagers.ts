import type { CollectionConfig } from 'payload'
import { hasRole } from '../access/hasRole.ts'

/**
 * Collections of the editors' work that managers' admin does not offer: managers come to approve, return and retire
 * their units' documents and read their feedback. Their API access is unchanged (the site and documents' relationship
 * fields still read units, topics and people).
 */
const EDITORS_ONLY = new Set(['files', 'topics', 'acknowledgements', 'users', 'org-units', 'migration-runs'])

export const hideFromManagers = (collection: CollectionConfig): CollectionConfig =>
  EDITORS_ONLY.has(collection.slug) ? { ...collection, admin: { ...collection.admin, hidden: ({ user }) => !hasRole(user, 'editor', 'admin') } } : collection
