export type CmsErrorCode = 'ENV_INVALID' | 'APPROVER_INVALID'

/** Errors of the CMS workspace: a stable code and a message that says how to fix it. */
export class CmsError extends Error {
  constructor(
    readonly code: CmsErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options)
    this.name = 'CmsError'
  }
}
