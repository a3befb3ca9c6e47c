import type { ExtractionResult } from './types.ts'

/**
 * Thrown inside an extractor for a file that cannot be read, with the reason a person should see; `extractBuffer`
 * turns it into an `unreadable` result, so it never leaves this package.
 */
export class Unreadable extends Error {
  readonly outcome: 'unreadable' | 'needsOcr' | 'unsupported'
  constructor(reason: string, outcome: 'unreadable' | 'needsOcr' | 'unsupported' = 'unreadable') {
    super(reason)
    this.name = 'Unreadable'
    this.outcome = outcome
  }
}

export function failure(outcome: 'unreadable' | 'needsOcr' | 'unsupported', reason: string): ExtractionResult {
  return { ok: false, outcome, reason }
}
