import type { Locale, Settings } from 'meilisearch'

export const INDEX_LOCALE: Locale = 'eng'

/** Settings of the documents index, applied before any document (Meilisearch reindexes on change). */
export const documentsIndexSettings: Settings = {
  // Order is relevance: a match in the title outranks one in the body, the words as written outrank their analysed
  // forms (records/withAnalysedFields.ts; queries are analysed alike by api/searchDocuments.ts).
  searchableAttributes: ['title', 'summary', 'topics', 'titleAnalysed', 'summaryAnalysed', 'body', 'bodyAnalysed'],
  filterableAttributes: [
    'kind', 'status', 'orgUnit', 'topics', 'documentId', 'validFromTs', 'validUntilTs',
    // which write produced an entry: the worker removes a document's entries of older writes (chunks/indexedRecords.ts)
    'generation',
    // the visibility facts (see @lotse/domain): filtered on, never shown
    'workflowStatus', 'classification', 'ownerUnit', 'responsible', 'audienceAll', 'audienceUnits', 'audienceRoles',
  ],
  sortableAttributes: ['validFrom', 'updatedAt', 'inForce'],
  // Meilisearch's default order plus `inForce` (chunks/indexedRecords.ts) after proximity: under `validity=all` the
  // directive in force outranks its superseded and withdrawn states on an equal text match (measured in #11, demo
  // queries with validity=all: in-force class 0.66 → 0.91 nDCG@10; 0.86 placed last; recency as a further rule and
  // exactness earlier changed nothing). Under the default `validity=current` every hit is in force: no effect.
  rankingRules: ['words', 'typo', 'proximity', 'inForce:desc', 'attribute', 'sort', 'exactness'],
  distinctAttribute: 'documentId',
  // No German segmentation by the engine: Meilisearch 1.21 cuts unknown German words into fragments and 1.28+ cuts them
  // differently; compounds are split by search/src/analysis instead, the same on every version (measured in #11).
  // Pinned to a locale without a segmenter of its own, so no version guesses German from the text and splits anyway
  // (the same scores as no locale on 1.21). Queries name the same locale (api/searchDocuments.ts).
  localizedAttributes: [{ attributePatterns: ['*'], locales: [INDEX_LOCALE] }],
  faceting: { maxValuesPerFacet: 100 },
  // Facet *search* (typing inside a facet) is not used; facet counts work without it, and indexing is cheaper.
  facetSearch: false,
  pagination: { maxTotalHits: 10_000 },
}

export const FACETS = ['kind', 'orgUnit', 'topics'] as const
