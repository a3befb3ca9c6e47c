import type { Access } from 'payload'
import { hasRole } from './hasRole.ts'

/**
 * Who reads documents: editors and admins everything (drafts included), any other signed-in person only published
 * ones, anonymous callers nothing. Audience and classification join this rule when the full model arrives.
 */
export const publishedOrEditor: Access = ({ req: { user } }) => {
  if (!user) return false
  if (hasRole(user, 'editor', 'admin')) return true
  return { _status: { equals: 'published' } }
}
