import config from '../payload.config.ts'
import { getPayload } from 'payload'
import { env } from '../env.ts'
import { runMigrations } from '../utilities/runMigrations.ts'
import { seedDemo } from './seed/seedDemo.ts'

/**
 * `npm run prepare-db -w @lotse/cms`: brings the database to the committed schema and, with LOTSE_DEMO=true, seeds an
 * empty database with demo content. Safe to run on every start.
 */
const payload = await getPayload({ config })
try {
  await runMigrations(payload)
  const seeded = env.demo ? await seedDemo(payload) : null
  const seedNote = !env.demo ? 'demo seed off' : seeded ? `seeded ${seeded.users} users and ${seeded.documents} documents` : 'demo data already present'
  // Plain stdout: `npm start` waits for this line (see runtime/src/stack.ts).
  console.log(`Database ready: migrations applied, ${seedNote}.`)
} finally {
  // Close the pool, or the process lingers on open connections.
  await payload.destroy()
}
