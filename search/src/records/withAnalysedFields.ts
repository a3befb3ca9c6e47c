import { analyseText } from '../analysis/analyseText.ts'
import type { SearchRecord } from './SearchRecord.ts'

/** The analysed fields: searched but never shown. */
export interface AnalysedFields {
  titleAnalysed: string
  summaryAnalysed: string
  bodyAnalysed: string
}

/** What the index stores per entry: a document's record or one part of it (chunks/indexedRecords.ts), analysed. */
export type IndexedRecord = SearchRecord & AnalysedFields & {
  /** The name of the attached file this entry's body comes from; null for the document's own text. */
  attachment: string | null
  /** 1 for a published document, 0 for a superseded or withdrawn one: a ranking rule (settings/documentsIndexSettings.ts). */
  inForce: number
  /** Which write of the worker (or rebuild) produced the entry: older entries of the document are removed after it. */
  generation: string
}

/**
 * Adds the analysed fields (search/src/analysis) when a record goes into Meilisearch. Done by the sync worker, not in
 * the CMS: outbox rows stay as small as the record, and the CMS process never loads the word lists.
 */
export function withAnalysedFields<T extends SearchRecord>(record: T): T & AnalysedFields {
  // Rows written by older versions may lack a field: analysed as empty, never a failed batch.
  const analysed = (text: string | undefined) => analyseText(text ?? '')
  return { ...record, titleAnalysed: analysed(record.title), summaryAnalysed: analysed(record.summary), bodyAnalysed: analysed(record.body) }
}
