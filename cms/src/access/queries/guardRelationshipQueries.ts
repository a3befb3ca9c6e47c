import type { CollectionConfig } from 'payload'
import { refuseRelationshipQueries } from './refuseRelationshipQueries.ts'

/** The collection with `refuseRelationshipQueries` ahead of its own `beforeOperation` hooks (every collection gets it). */
export const guardRelationshipQueries = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: { ...collection.hooks, beforeOperation: [refuseRelationshipQueries, ...(collection.hooks?.beforeOperation ?? [])] },
})
