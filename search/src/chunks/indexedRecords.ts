import { foldedWords } from '../analysis/foldGerman.ts'
import type { SearchRecord } from '../records/SearchRecord.ts'
import { withAnalysedFields, type IndexedRecord } from '../records/withAnalysedFields.ts'
import { chunkText } from './chunkText.ts'
import type { AttachmentText } from './readAttachmentTexts.ts'

/** How many leading words of an attachment are looked for in the body to recognise it as the body's own source. */
const PROBE_WORDS = 40

/**
 * The index entries of one document: the record itself with the first part of the body, one entry per further part
 * of a long body, and one per part of each attached file's text. Every entry carries the document's id (the index's
 * `distinct` attribute: one hit per document), its visibility facts and its display fields, so a chunk is found by
 * exactly the viewers who may find the document; `generation` marks the entries written together, so the worker can
 * remove the ones a change left over (a deleted attachment, a shorter body). An attachment whose text the body
 * already holds (a migrated original) adds nothing.
 */
export function indexedRecords(record: SearchRecord, attachments: AttachmentText[], generation: string): IndexedRecord[] {
  const bodyParts = chunkText(record.body ?? '')
  const bodyWords = foldedWords(record.body ?? '').join(' ')
  const inForce = record.status === 'published' ? 1 : 0
  const entries: IndexedRecord[] = [withAnalysedFields({ ...record, body: bodyParts[0] ?? '', attachment: null, inForce, generation })]
  const part = (id: string, body: string, attachment: string | null) => withAnalysedFields({ ...record, id, summary: '', body, attachment, inForce, generation })
  bodyParts.slice(1).forEach((body, i) => entries.push(part(`${record.id}-b${i + 1}`, body, null)))
  for (const file of attachments) {
    const probe = foldedWords(file.text).slice(0, PROBE_WORDS).join(' ')
    if (!probe || bodyWords.includes(probe)) continue
    chunkText(file.text).forEach((body, i) => entries.push(part(`${record.id}-f${file.fileId}-${i}`, body, file.filename)))
  }
  return entries
}
