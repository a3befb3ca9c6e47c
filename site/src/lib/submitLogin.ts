import { isSiteError } from './SiteError.ts'
import type { MessageKey } from './i18n.ts'
import type { LoginResult } from './cmsClient.ts'
import { afterLoginPath } from './safeNextPath.ts'

export type LoginOutcome =
  | { ok: true; token: string; expires: Date | undefined; next: string }
  | {
      ok: false
      status: number
      errorKey: MessageKey
      /** Placeholders of the message (the minutes to wait). */
      errorVars?: Record<string, number>
      /** Throttled: seconds until the CMS takes attempts again, for the page's own Retry-After. */
      retryAfterSeconds?: number
      email: string
      next: string
    }

const MAX_FIELD = 1024

function field(form: FormData, name: string): string {
  const value = form.get(name)
  return typeof value === 'string' ? value.slice(0, MAX_FIELD) : ''
}

/** Handles the posted login form: validates, asks the CMS, maps every failure to a message people understand. */
export async function submitLogin(
  form: FormData,
  login: (email: string, password: string) => Promise<LoginResult>,
): Promise<LoginOutcome> {
  const email = field(form, 'email').trim()
  const password = field(form, 'password')
  const next = afterLoginPath(field(form, 'next'))
  const fail = (status: number, errorKey: MessageKey): LoginOutcome & { ok: false } => ({ ok: false, status, errorKey, email, next })
  if (!email || !password) return fail(400, 'login.error.missingFields')
  try {
    const result = await login(email, password)
    return { ok: true, token: result.token, expires: result.expires, next }
  } catch (error) {
    if (isSiteError(error, 'invalid_credentials')) return fail(401, 'login.error.invalidCredentials')
    if (isSiteError(error, 'too_many_attempts')) {
      const seconds = error.retryAfterSeconds
      if (seconds === undefined) return fail(429, 'login.error.tooManyAttempts')
      const minutes = Math.max(1, Math.ceil(seconds / 60))
      return { ...fail(429, 'login.error.tooManyAttemptsWait'), errorVars: { minutes }, retryAfterSeconds: seconds }
    }
    console.error('[site] login failed:', error instanceof Error ? error.message : error)
    return fail(503, 'login.error.unreachable')
  }
}
