/** One document in the Meilisearch index. Visibility fields are indexed for filtering and never returned to callers. */
export interface SearchRecord {
  /** `documents-<cms id>`: ids of different collections cannot collide. */
  id: string
  documentId: string
  title: string
  summary: string
  body: string
  kind: string
  status: string
  url: string
  sourcePath: string | null
  orgUnit: string | null
  topics: string[]
  validFrom: string | null
  updatedAt: string
}

/** What an outbox row asks the sync worker to do. */
export type OutboxOperation = { op: 'upsert'; documentId: string; record: SearchRecord } | { op: 'delete'; documentId: string }

export const searchRecordId = (documentId: string | number) => `documents-${documentId}`
