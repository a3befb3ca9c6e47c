export type MigrationErrorCode = 'USAGE' | 'NO_DATABASE' | 'APPROVER' | 'MAPPING' | 'LOCKED'

/** Errors that stop a run before it writes anything, with a message that says what to do. USAGE exits with 2. */
export class MigrationError extends Error {
  constructor(
    readonly code: MigrationErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options)
    this.name = 'MigrationError'
  }
}
