import type { CollectionAfterLoginHook } from 'payload'
import type { LoginAttempt } from '../lib/LoginThrottle.ts'
import { failedLogins } from '../lib/failedLogins.ts'
import { LOGIN_ATTEMPT } from './throttleLogin.ts'

/** The password was right: the attempt `throttleLogin` counted was no failure. */
export const forgetFailedLogin: CollectionAfterLoginHook = ({ req, user }) => {
  const attempt = req.context[LOGIN_ATTEMPT] as LoginAttempt | undefined
  if (attempt) failedLogins.forgive(attempt)
  return user
}
