import type { MigrationContext } from '@lotse/cms/migration'
import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type PayloadRequest } from 'payload'

/**
 * Runs `work` in one database transaction, on a request marked as this run's (the CMS hooks record the run and its
 * approver) and with the search sync left to the caller (`skipSearchSync`: one outbox insert per batch).
 */
export async function inTransaction<T>(payload: Payload, migration: MigrationContext, work: (req: PayloadRequest) => Promise<T>): Promise<T> {
  const req = await createLocalReq({ context: { skipSearchSync: true, migration } }, payload)
  await initTransaction(req)
  try {
    const result = await work(req)
    await commitTransaction(req)
    return result
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}
