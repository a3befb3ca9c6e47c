import { analyseText } from '../analysis/analyseText.ts'
import type { SearchRecord } from './SearchRecord.ts'

/** What the index stores: the record plus its analysed fields, which are searched but never shown. */
export type IndexedRecord = SearchRecord & { titleAnalysed: string; summaryAnalysed: string; bodyAnalysed: string }

/**
 * Adds the analysed fields (search/src/analysis) when a record goes into Meilisearch. Done by the sync worker, not in
 * the CMS: outbox rows stay as small as the record, and the CMS process never loads the word lists.
 */
export function withAnalysedFields(record: SearchRecord): IndexedRecord {
  // Rows written by older versions may lack a field: analysed as empty, never a failed batch.
  const analysed = (text: string | undefined) => analyseText(text ?? '')
  return { ...record, titleAnalysed: analysed(record.title), summaryAnalysed: analysed(record.summary), bodyAnalysed: analysed(record.body) }
}
