import { APIError, type CollectionBeforeOperationHook } from 'payload'
import { clientAddress } from '../lib/clientAddress.ts'
import type { LoginAttempt } from '../lib/LoginThrottle.ts'
import { failedLogins } from '../lib/failedLogins.ts'
import { DECOY_PASSWORD, verifyPassword } from '../lib/verifyPassword.ts'

/** Where `forgetFailedLogin` finds the attempt this hook counted. */
export const LOGIN_ATTEMPT = 'loginAttempt'

/**
 * Before every login (REST, GraphQL, Local API): a client that failed too often waits (429 with `Retry-After`);
 * otherwise the attempt counts as failed until `forgetFailedLogin` sees it succeed. An unknown email costs the same
 * password hash as a known one, so neither the answer (Payload's one message, no lockout) nor its time tells them apart.
 */
export const throttleLogin: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'login') return args
  const data = (args as { data?: { email?: unknown; password?: unknown } }).data
  const attempt: LoginAttempt = { account: typeof data?.email === 'string' ? data.email.trim().toLowerCase() : '', client: clientAddress(req.headers) }
  const waitMs = failedLogins.waitMs(attempt)
  if (waitMs > 0) {
    const seconds = Math.ceil(waitMs / 1000)
    req.responseHeaders = new Headers(req.responseHeaders)
    req.responseHeaders.set('Retry-After', String(seconds))
    throw new APIError(`Too many failed logins from this address. Try again in ${Math.ceil(seconds / 60)} minutes.`, 429, { retryAfter: seconds }, true)
  }
  failedLogins.recordFailure(attempt)
  req.context[LOGIN_ATTEMPT] = attempt
  if (typeof data?.password === 'string' && attempt.account) {
    const known = await req.payload.db.findOne({ collection: 'users', where: { email: { equals: attempt.account } }, req })
    if (!known) await verifyPassword(data.password, DECOY_PASSWORD)
  }
  return args
}
