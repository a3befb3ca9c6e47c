/** One format a document attachment may have: what it is stored and served as, and the names it may carry. */
export interface AttachmentFormat {
  mime: string
  extensions: readonly string[]
  /** How its bytes are recognised: the MIME type `file-type` reads from its signature, `cfb` (the OLE container of old
   * Office files, told apart by the name) or `text` (no signature, checked for markup instead). */
  detectedAs: string
  /** Opened in the browser (PDF and raster images); everything else is only ever downloaded. */
  inline: boolean
}

const office = 'application/vnd.openxmlformats-officedocument'
const openDocument = 'application/vnd.oasis.opendocument'

/**
 * What a directive, policy or work aid on a department's drive is made of. Deliberately no HTML, SVG, XML or scripts:
 * those run as active content when a browser opens them.
 */
export const ATTACHMENT_FORMATS: readonly AttachmentFormat[] = [
  { mime: 'application/pdf', extensions: ['pdf'], detectedAs: 'application/pdf', inline: true },
  { mime: `${office}.wordprocessingml.document`, extensions: ['docx'], detectedAs: `${office}.wordprocessingml.document`, inline: false },
  { mime: `${office}.spreadsheetml.sheet`, extensions: ['xlsx'], detectedAs: `${office}.spreadsheetml.sheet`, inline: false },
  { mime: `${office}.presentationml.presentation`, extensions: ['pptx'], detectedAs: `${office}.presentationml.presentation`, inline: false },
  { mime: `${openDocument}.text`, extensions: ['odt'], detectedAs: `${openDocument}.text`, inline: false },
  { mime: `${openDocument}.spreadsheet`, extensions: ['ods'], detectedAs: `${openDocument}.spreadsheet`, inline: false },
  { mime: `${openDocument}.presentation`, extensions: ['odp'], detectedAs: `${openDocument}.presentation`, inline: false },
  { mime: 'application/msword', extensions: ['doc'], detectedAs: 'cfb', inline: false },
  { mime: 'application/vnd.ms-excel', extensions: ['xls'], detectedAs: 'cfb', inline: false },
  { mime: 'application/vnd.ms-powerpoint', extensions: ['ppt'], detectedAs: 'cfb', inline: false },
  { mime: 'application/rtf', extensions: ['rtf'], detectedAs: 'application/rtf', inline: false },
  { mime: 'text/plain', extensions: ['txt'], detectedAs: 'text', inline: false },
  { mime: 'text/csv', extensions: ['csv'], detectedAs: 'text', inline: false },
  { mime: 'text/markdown', extensions: ['md'], detectedAs: 'text', inline: false },
  { mime: 'image/png', extensions: ['png'], detectedAs: 'image/png', inline: true },
  { mime: 'image/jpeg', extensions: ['jpg', 'jpeg'], detectedAs: 'image/jpeg', inline: true },
  { mime: 'image/gif', extensions: ['gif'], detectedAs: 'image/gif', inline: true },
  { mime: 'image/webp', extensions: ['webp'], detectedAs: 'image/webp', inline: true },
]
