export type RuntimeErrorCode =
  | 'PORT_IN_USE'
  | 'DATA_DIR_UNREACHABLE'
  | 'POSTGRES_FAILED'
  | 'MEILISEARCH_FAILED'
  | 'SERVICE_FAILED'
  | 'BUILD_FAILED'
  | 'TIMEOUT'

/** Errors of the embedded runtime: a stable code and a message that says how to fix it. */
export class RuntimeError extends Error {
  constructor(
    readonly code: RuntimeErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options)
    this.name = 'RuntimeError'
  }
}
