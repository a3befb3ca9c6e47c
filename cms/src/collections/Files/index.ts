import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { CollectionConfig } from 'payload'
import { canChangeFiles } from '../../access/canChangeFiles.ts'
import { canReadFiles } from '../../access/canReadFiles.ts'
import { nobody } from '../../access/nobody.ts'
import { env } from '../../env.ts'
import { ATTACHMENT_FORMATS } from './attachmentFormats.ts'
import { downloadHeaders } from './downloadHeaders.ts'
import { checkUploadedContent } from './hooks/checkUploadedContent.ts'
import { refuseUnreadableDocument } from '../../fields/refuseUnreadableDocument.ts'
import { recordUploader } from './hooks/recordUploader.ts'

const cmsRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')

/** Originals (PDF, DOCX, …) attached to documents, with their extracted text; images get sizes through sharp. */
export const Files: CollectionConfig = {
  slug: 'files',
  labels: { singular: { de: 'Datei', en: 'File' }, plural: { de: 'Dateien', en: 'Files' } },
  admin: { useAsTitle: 'filename', defaultColumns: ['filename', 'document', 'mimeType', 'filesize'] },
  access: { read: canReadFiles, create: canChangeFiles, update: canChangeFiles, delete: canChangeFiles },
  hooks: { beforeOperation: [checkUploadedContent], beforeChange: [recordUploader] },
  upload: {
    staticDir: env.mediaDir ?? path.join(cmsRoot, 'media'),
    // Payload's own signature check runs after `checkUploadedContent`; old Office files are OLE containers to it.
    mimeTypes: [...ATTACHMENT_FORMATS.map((format) => format.mime), 'application/x-cfb'],
    modifyResponseHeaders: downloadHeaders,
    imageSizes: [{ name: 'thumbnail', width: 320 }],
    adminThumbnail: 'thumbnail',
  },
  fields: [
    {
      name: 'document',
      type: 'relationship',
      relationTo: 'documents',
      hooks: { beforeValidate: [refuseUnreadableDocument] },
      index: true,
      label: { de: 'Gehört zu Dokument', en: 'Belongs to document' },
      admin: { description: { de: 'Wer das Dokument lesen darf, darf auch die Datei laden.', en: 'Whoever may read the document may download the file.' } },
    },
    {
      name: 'uploadedBy',
      type: 'relationship',
      relationTo: 'users',
      index: true,
      // Set by hooks/recordUploader.ts: a file nobody has attached yet belongs to its uploader (access/canReadFiles.ts).
      access: { create: nobody, update: nobody },
      label: { de: 'Hochgeladen von', en: 'Uploaded by' },
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'extractedText',
      type: 'textarea',
      label: { de: 'Extrahierter Text', en: 'Extracted text' },
      admin: { readOnly: true, condition: (data) => Boolean(data?.extractedText) },
    },
  ],
}
