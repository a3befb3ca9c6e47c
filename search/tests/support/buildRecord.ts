import { buildFacts } from '@lotse/domain/testing'
import type { SearchRecord } from '../../src/records/SearchRecord.ts'

/** A published, current, all-staff search record; override what a test is about. */
export const buildRecord = (documentId: string | number, overrides: Partial<SearchRecord> = {}): SearchRecord => ({
  ...buildFacts(),
  id: `documents-${documentId}`,
  documentId: String(documentId),
  title: `Dokument ${documentId}`,
  summary: '',
  body: '',
  kind: 'directive',
  status: 'published',
  url: `/documents/${documentId}`,
  sourcePath: null,
  orgUnit: null,
  topics: [],
  validFrom: null,
  validUntil: null,
  validFromTs: null,
  validUntilTs: null,
  updatedAt: new Date().toISOString(),
  ...overrides,
})
