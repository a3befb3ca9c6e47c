import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'
import { demoDocuments } from './demoDocuments.ts'
import { demoUsers } from './demoUsers.ts'

export interface SeedSummary {
  users: number
  documents: number
}

/**
 * Demo users and published documents for a fresh database; does nothing once any user exists, so it is safe to run on
 * every start. One transaction: a half-seeded database would be skipped forever. Documents go through the hooks, so
 * their outbox rows are written and search picks them up.
 */
export async function seedDemo(payload: Payload): Promise<SeedSummary | null> {
  const { totalDocs } = await payload.count({ collection: 'users', overrideAccess: true })
  if (totalDocs > 0) return null

  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  try {
    for (const data of demoUsers) {
      await payload.create({ collection: 'users', data, req, overrideAccess: true })
    }
    for (const data of demoDocuments) {
      await payload.create({ collection: 'documents', data: { ...data, _status: 'published' }, req, overrideAccess: true })
    }
    await commitTransaction(req)
  } catch (error) {
    await killTransaction(req)
    throw error
  }
  return { users: demoUsers.length, documents: demoDocuments.length }
}
