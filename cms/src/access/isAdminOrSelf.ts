import type { Access } from 'payload'
import { hasRole } from './hasRole.ts'

/** Admins reach every user; anyone else only their own record (the database filters by id). */
export const isAdminOrSelf: Access = ({ req: { user } }) => {
  if (!user) return false
  if (hasRole(user, 'admin')) return true
  return { id: { equals: user.id } }
}
