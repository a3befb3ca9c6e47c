import type { PayloadRequest, RequiredDataFromCollectionSlug } from 'payload'

/**
 * Writes one outbox row inside the caller's transaction (`req`), so the row commits or rolls back with the change
 * that caused it. Hooks write on the system's behalf: nobody may write the outbox through the API.
 */
export async function enqueueOutboxRow(req: PayloadRequest, data: RequiredDataFromCollectionSlug<'search-outbox'>) {
  await req.payload.create({ collection: 'search-outbox', data, req, overrideAccess: true })
}
