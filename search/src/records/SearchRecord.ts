import type { VisibilityFacts } from '@lotse/domain'

/**
 * One document in the Meilisearch index. The visibility facts are indexed for filtering (the same rule as in the CMS)
 * and never returned to callers.
 */
export interface SearchRecord extends VisibilityFacts {
  /** `documents-<cms id>`: ids of different collections cannot collide. */
  id: string
  documentId: string
  title: string
  summary: string
  body: string
  kind: string
  /** The workflow status, for display. */
  status: string
  url: string
  sourcePath: string | null
  /** Display name of the owning unit (short code where there is one): a facet and a filter. */
  orgUnit: string | null
  topics: string[]
  validFrom: string | null
  validUntil: string | null
  /** The validity as epoch seconds, for range filters ("in force now"); null = unbounded. */
  validFromTs: number | null
  validUntilTs: number | null
  updatedAt: string
}

/** What an outbox row asks the sync worker to do. */
export type OutboxOperation = { op: 'upsert'; documentId: string; record: SearchRecord } | { op: 'delete'; documentId: string }

export const searchRecordId = (documentId: string | number) => `documents-${documentId}`
