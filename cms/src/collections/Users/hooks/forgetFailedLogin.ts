import type { CollectionAfterLoginHook } from 'payload'
import type { User } from '../../../payload-types.ts'
import type { LoginAttempt } from '../lib/LoginThrottle.ts'
import { failedLogins } from '../lib/failedLogins.ts'
import { LOGIN_ATTEMPT } from './throttleLogin.ts'

/** The password was right: the attempt `throttleLogin` counted was no failure. */
export const forgetFailedLogin: CollectionAfterLoginHook<User> = ({ req, user }) => {
  const attempt = req.context[LOGIN_ATTEMPT] as LoginAttempt | undefined
  if (attempt) failedLogins.forgive(attempt)
  return user
}
