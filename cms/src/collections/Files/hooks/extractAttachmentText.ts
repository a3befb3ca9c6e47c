import { readFile } from 'node:fs/promises'
import { extractBuffer } from '@lotse/extraction/in-process'
import type { CollectionBeforeChangeHook } from 'payload'
import type { File } from '../../../payload-types.ts'

/**
 * Extraction here runs in the request, so it is capped: larger files, PDF pages beyond the cap and OCR are left to
 * the migration, which extracts in worker processes. A capped or unreadable file stores no text, never fails the upload.
 */
const LIMITS = { maxBytes: 25 * 1024 * 1024, maxPages: 300, maxChars: 1_000_000, ocr: false }

/**
 * `extractedText` is the text of the file as uploaded (new or replaced), for search. Trusted server code (the migration)
 * may hand in the text it already extracted: a value that reaches this hook and differs from the stored one can only
 * come from it, because the field's access drops what API callers send.
 */
export const extractAttachmentText: CollectionBeforeChangeHook<File> = async ({ data, operation, originalDoc, req }) => {
  const file = req.file
  if (!file) return data
  const previous = operation === 'update' ? originalDoc?.extractedText : undefined
  if (typeof data.extractedText === 'string' && data.extractedText !== previous) return data
  const bytes = file.tempFilePath && file.data.length === 0 ? await readFile(file.tempFilePath) : file.data
  const result = await extractBuffer(bytes, file.name, LIMITS)
  if (!result.ok) req.payload.logger.info({ msg: `No text from attachment ${file.name}: ${result.reason}` })
  return { ...data, extractedText: result.ok ? result.extraction.text : null }
}
