import { getPayload, type Payload } from 'payload'
import config from '../../src/payload.config.ts'
import { runMigrations } from '../../src/utilities/runMigrations.ts'

let ready: Promise<Payload> | undefined

/**
 * Payload on the integration database, migrated like production (never pushed). Vitest isolates modules per test file,
 * so this starts once per file; each file destroys it in `afterAll`.
 */
export function getTestPayload(): Promise<Payload> {
  ready ??= getPayload({ config }).then(async (payload) => {
    await runMigrations(payload)
    return payload
  })
  return ready
}
