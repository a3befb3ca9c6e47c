/**
 * The site's small error family. Each code is stable (logs, tests, pages switch on it) and maps to one HTTP status
 * in `statusForError`. Messages are for operators; people see the translated text from i18n.
 */
export type SiteErrorCode =
  | 'config_invalid'
  | 'invalid_credentials'
  | 'too_many_attempts'
  | 'upstream_unreachable'
  | 'upstream_failed'
  | 'unauthenticated'
  | 'not_found'
  | 'forbidden'
  | 'bad_request'

export class SiteError extends Error {
  readonly code: SiteErrorCode
  /** `too_many_attempts`: how long the upstream asked to wait (its Retry-After), when it said. */
  readonly retryAfterSeconds: number | undefined

  constructor(code: SiteErrorCode, message: string, options?: { cause?: unknown; retryAfterSeconds?: number | undefined }) {
    super(message, options)
    this.name = 'SiteError'
    this.code = code
    this.retryAfterSeconds = options?.retryAfterSeconds
  }
}

const STATUS: Record<SiteErrorCode, number> = {
  config_invalid: 500,
  invalid_credentials: 401,
  too_many_attempts: 429,
  upstream_unreachable: 503,
  upstream_failed: 502,
  unauthenticated: 401,
  not_found: 404,
  forbidden: 403,
  bad_request: 400,
}

/** The HTTP status a page answers with when it shows this error. */
export function statusForError(error: unknown): number {
  return error instanceof SiteError ? STATUS[error.code] : 500
}

export function isSiteError(error: unknown, code?: SiteErrorCode): error is SiteError {
  return error instanceof SiteError && (code === undefined || error.code === code)
}
