import type { Settings } from 'meilisearch'

/** Settings of the documents index, applied before any document (Meilisearch reindexes on change). */
export const documentsIndexSettings: Settings = {
  // Order is relevance: a match in the title outranks one in the body.
  searchableAttributes: ['title', 'summary', 'topics', 'body'],
  filterableAttributes: [
    'kind', 'status', 'orgUnit', 'topics', 'documentId', 'validFromTs', 'validUntilTs',
    // the visibility facts (see @lotse/domain): filtered on, never shown
    'workflowStatus', 'classification', 'ownerUnit', 'responsible', 'audienceAll', 'audienceUnits', 'audienceRoles',
  ],
  sortableAttributes: ['validFrom', 'updatedAt'],
  distinctAttribute: 'documentId',
  localizedAttributes: [{ attributePatterns: ['*'], locales: ['deu'] }],
  faceting: { maxValuesPerFacet: 100 },
  // Facet *search* (typing inside a facet) is not used; facet counts work without it, and indexing is cheaper.
  facetSearch: false,
  pagination: { maxTotalHits: 10_000 },
}

export const FACETS = ['kind', 'orgUnit', 'topics'] as const
