import { readFile } from 'node:fs/promises'
import { ValidationError, type CollectionBeforeOperationHook } from 'payload'
import { sniffAttachment } from '../sniffAttachment.ts'

/**
 * Every uploaded file, whoever sends it and however (admin, REST, GraphQL, Local API), is judged by its bytes before
 * Payload stores it; the type it is stored and later served as is the one found in the content, never the declared one.
 */
export const checkUploadedContent: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  const file = req.file
  if (!file || (operation !== 'create' && operation !== 'update')) return args
  const bytes = file.tempFilePath && file.data.length === 0 ? await readFile(file.tempFilePath) : file.data
  const result = await sniffAttachment(bytes, file.name)
  if (!result.ok) throw new ValidationError({ collection: 'files', errors: [{ path: 'file', message: result.reason }] }, req.t)
  file.mimetype = result.format.mime
  return args
}
