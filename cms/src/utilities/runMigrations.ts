import type { Migration, Payload } from 'payload'
import { migrations } from '../migrations/index.ts'

/**
 * Applies the committed migrations that have not run yet. Passing them explicitly (rather than letting Payload read the
 * migrations folder) works the same under `payload run`, Vitest and a bundled Next server.
 */
export async function runMigrations(payload: Payload): Promise<void> {
  // Payload types `Migration.up/down` as `(args: unknown)`, the generated files use their concrete argument types.
  await payload.db.migrate({ migrations: migrations as Migration[] })
}
