import type { ClientUser } from 'payload'
import type { User } from '../payload-types.ts'

export type Role = User['roles'][number]

/**
 * The one role check: every access rule asks this instead of reading `user.roles` itself. Takes the server's user and
 * the admin UI's `ClientUser` alike (both carry `roles`, which is saved to the token).
 */
export function hasRole(user: Pick<User, 'roles'> | ClientUser | null | undefined, ...roles: Role[]): boolean {
  const held: unknown = user?.roles
  return Array.isArray(held) && roles.some((role) => held.includes(role))
}
