import { ValidationError, type CollectionBeforeChangeHook } from 'payload'
import type { User } from '../../../payload-types.ts'
import { clientAddress } from '../lib/clientAddress.ts'
import { failedLogins } from '../lib/failedLogins.ts'
import { verifyPassword } from '../lib/verifyPassword.ts'

/**
 * A person changes their own email or password only with their current password (`currentPassword`), so a stolen
 * session or an unattended screen cannot take the account over. Admins resetting someone else's account, and trusted
 * server code without a user, need none. Wrong guesses count as failed logins of that account from that address.
 */
export const requireCurrentPassword: CollectionBeforeChangeHook<User> = async ({ data, operation, originalDoc, req }) => {
  const { currentPassword, ...rest } = data as typeof data & { currentPassword?: unknown }
  if (operation !== 'update' || !req.user || !originalDoc || String(req.user.id) !== String(originalDoc.id)) return rest
  const changesPassword = typeof data.password === 'string' && data.password !== ''
  const changesEmail = typeof data.email === 'string' && data.email.trim().toLowerCase() !== String(originalDoc.email).toLowerCase()
  if (!changesPassword && !changesEmail) return rest

  const attempt = { account: String(originalDoc.email).toLowerCase(), client: clientAddress(req.headers) }
  const refuse = (message: string) => new ValidationError({ collection: 'users', errors: [{ path: 'currentPassword', message }] }, req.t)
  if (failedLogins.waitMs(attempt) > 0) throw refuse('Too many wrong passwords from this address; try again in 15 minutes.')
  const stored = await req.payload.db.findOne<{ id: number; hash?: unknown; salt?: unknown }>({ collection: 'users', where: { id: { equals: originalDoc.id } }, req })
  if (typeof currentPassword !== 'string' || !(await verifyPassword(currentPassword, stored ?? {}))) {
    failedLogins.recordFailure(attempt)
    throw refuse('Enter your current password to change your email address or password.')
  }
  return rest
}
