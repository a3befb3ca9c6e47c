import type pg from 'pg'
import { isCmsId } from '../api/isCmsId.ts'

export interface AttachmentText {
  fileId: string
  filename: string
  text: string
}

/**
 * The extracted text of the files attached to the given documents that their readers may see: released files only
 * (Files/hooks/resetRelease.ts — a file uploaded or changed since the document's last approval is for its drafts'
 * readers, never for the index). Read by the sync worker when it applies a document, so outbox rows stay small.
 */
export async function readAttachmentTexts(db: pg.Pool | pg.ClientBase, documentIds: string[]): Promise<Map<string, AttachmentText[]>> {
  const ids = documentIds.filter(isCmsId)
  const byDocument = new Map<string, AttachmentText[]>()
  if (ids.length === 0) return byDocument
  const { rows } = await db.query<{ id: number; document_id: number; filename: string | null; extracted_text: string }>(
    `SELECT id, document_id, filename, extracted_text FROM files
      WHERE document_id = ANY($1::int[]) AND released_at IS NOT NULL AND coalesce(extracted_text, '') <> '' ORDER BY id`,
    [ids],
  )
  for (const row of rows) {
    const list = byDocument.get(String(row.document_id)) ?? []
    list.push({ fileId: String(row.id), filename: row.filename ?? '', text: row.extracted_text })
    byDocument.set(String(row.document_id), list)
  }
  return byDocument
}
