import type { CollectionConfig } from 'payload'
import { refuseRelationshipQueries } from '../access/queries/refuseRelationshipQueries.ts'
import { readMissingDataAsEmpty } from '../hooks/readMissingDataAsEmpty.ts'
import { checkRestListLimits } from '../limits/checkRestListLimits.ts'

/**
 * What every collection gets, ahead of its own `beforeOperation` hooks: filters and sorts never reach into related
 * documents (refuseRelationshipQueries), a write without data reads as an empty one, and a REST list stays within
 * the page size (checkRestListLimits). No document locks: Payload's
 * lock records are open to every signed-in person, so staff could lock any unit's documents against its editors or
 * lift their locks; without lockable collections Payload keeps no lock collection at all.
 */
export const guardCollection = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  lockDocuments: false,
  hooks: { ...collection.hooks, beforeOperation: [refuseRelationshipQueries, readMissingDataAsEmpty, checkRestListLimits, ...(collection.hooks?.beforeOperation ?? [])] },
})
