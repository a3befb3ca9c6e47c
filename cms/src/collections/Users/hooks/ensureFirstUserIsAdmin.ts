import type { FieldHook } from 'payload'
import type { User } from '../../../payload-types.ts'

/**
 * The admin's "create first user" form cannot set roles (only admins may), so without this the very first account of a
 * fresh installation would be plain staff and nobody could ever manage users. Local API callers (seed, tests, imports)
 * set roles themselves and are left alone.
 */
export const ensureFirstUserIsAdmin: FieldHook<User, User['roles'] | undefined> = async ({ operation, req, value }) => {
  if (operation !== 'create' || req.payloadAPI === 'local') return value
  const { totalDocs } = await req.payload.count({ collection: 'users', req, overrideAccess: true })
  if (totalDocs > 0) return value
  return [...new Set([...(value ?? []), 'admin' as const])]
}
