export type SearchErrorCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'INVALID_QUERY' | 'NOT_FOUND' | 'SEARCH_UNAVAILABLE' | 'AUTH_UNAVAILABLE' | 'INTERNAL'

const STATUS: Record<SearchErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  INVALID_QUERY: 400,
  NOT_FOUND: 404,
  SEARCH_UNAVAILABLE: 503,
  AUTH_UNAVAILABLE: 503,
  INTERNAL: 500,
}

/** The search service's errors: a stable code, the HTTP status it maps to, a message that says what to do. */
export class SearchError extends Error {
  readonly status: number
  constructor(
    readonly code: SearchErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options)
    this.name = 'SearchError'
    this.status = STATUS[code]
  }
}
