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
import { enqueueAttachmentRemoval, enqueueAttachmentSync } from './hooks/enqueueAttachmentSync.ts'
import { extractAttachmentText } from './hooks/extractAttachmentText.ts'
import { refuseUnreadableDocument } from '../../fields/refuseUnreadableDocument.ts'
import { recordUploader } from './hooks/recordUploader.ts'
import { resetRelease } from './hooks/resetRelease.ts'

const cmsRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')

/** Originals (PDF, DOCX, …) attached to documents, with their extracted text; images get sizes through sharp. */
export const Files: CollectionConfig = {
  slug: 'files',
  labels: { singular: { de: 'Datei', en: 'File' }, plural: { de: 'Dateien', en: 'Files' } },
  admin: { useAsTitle: 'filename', defaultColumns: ['filename', 'document', 'mimeType', 'filesize'] },
  access: { read: canReadFiles, create: canChangeFiles, update: canChangeFiles, delete: canChangeFiles },
  // A copy keeps its source's document: it would attach a file to a document of any unit without the upload checks.
  disableDuplicate: true,
  hooks: {
    beforeOperation: [checkUploadedContent],
    beforeChange: [recordUploader, resetRelease, extractAttachmentText],
    // Attachment text is searchable as part of its document: every change re-queues the document.
    afterChange: [enqueueAttachmentSync],
    afterDelete: [enqueueAttachmentRemoval],
  },
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
      admin: { description: { de: 'Wer das Dokument lesen darf, darf die Datei laden, sobald eine zweite Person sie freigegeben hat.', en: 'Whoever may read the document may download the file once a second person has released it.' } },
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
      name: 'releasedAt',
      type: 'date',
      // Set only by hooks/resetRelease.ts and Documents/hooks/releaseAttachments.ts; while empty, only the document's drafts readers see the file.
      access: { create: nobody, update: nobody },
      label: { de: 'Freigegeben am', en: 'Released at' },
      admin: {
        readOnly: true,
        position: 'sidebar',
        date: { pickerAppearance: 'dayAndTime' },
        description: {
          de: 'Leser des Dokuments sehen die Datei erst, wenn eine zweite Person eine Fassung des Dokuments mit ihr freigibt.',
          en: 'Readers of the document see the file only once a second person approves a version of the document with it.',
        },
      },
    },
    {
      name: 'changedBy',
      type: 'relationship',
      relationTo: 'users',
      // Whoever uploaded or changed the file last cannot release it by approving its document (hooks/resetRelease.ts).
      access: { create: nobody, update: nobody },
      label: { de: 'Zuletzt geändert von', en: 'Last changed by' },
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'extractedText',
      type: 'textarea',
      // Set by hooks/extractAttachmentText.ts from the uploaded file (or by the migration, which extracted it already).
      access: { create: nobody, update: nobody },
      label: { de: 'Extrahierter Text', en: 'Extracted text' },
      admin: { readOnly: true, condition: (data) => Boolean(data?.extractedText) },
    },
  ],
}
