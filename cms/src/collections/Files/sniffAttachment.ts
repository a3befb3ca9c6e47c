import { fileTypeFromBuffer } from 'file-type'
import { ATTACHMENT_FORMATS, type AttachmentFormat } from './attachmentFormats.ts'

export type SniffResult = { ok: true; format: AttachmentFormat } | { ok: false; reason: string }

/**
 * Markup a browser would render or run: a document that starts like HTML/XML/SVG (what browsers sniff for), or the
 * active elements anywhere in it. A plain-text attachment never needs them.
 */
const LEADING_MARKUP = /^\s*<(?:[a-z!?/])/i
const ACTIVE_TAG = /<\s*(?:script|iframe|frame|frameset|object|embed|applet|svg|math|html|head|body|meta|link|style|base|form|img|video|audio|xml|\?xml|!doctype)\b/i

const extensionOf = (filename: string) => filename.match(/\.([^./\\]+)$/)?.[1]?.toLowerCase() ?? ''
const refuse = (reason: string): SniffResult => ({ ok: false, reason })

const utf16Of = (bytes: Uint8Array) => (bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : undefined)

/** Text as a browser could read it: UTF-16 by its byte-order mark, else UTF-8, else a legacy 8-bit charset. */
function decodeText(bytes: Uint8Array): string {
  const utf16 = utf16Of(bytes)
  if (utf16) return new TextDecoder(utf16).decode(bytes)
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return new TextDecoder('windows-1252').decode(bytes)
  }
}

/**
 * Decides from the file's bytes, not its declared type, whether it is one of the attachment formats, and which. The
 * name's extension must agree with the content, so a page cannot pass as `.txt` nor a renamed image as `.pdf`.
 */
export async function sniffAttachment(bytes: Uint8Array, filename: string): Promise<SniffResult> {
  const extension = extensionOf(filename)
  const allowed = ATTACHMENT_FORMATS.map((format) => `.${format.extensions[0]}`).join(', ')
  const byExtension = ATTACHMENT_FORMATS.find((format) => format.extensions.includes(extension))
  if (!byExtension) return refuse(`"${filename}" is not an allowed attachment type; allowed are ${allowed}.`)
  if (bytes.length === 0) return refuse(`"${filename}" is empty.`)

  // A UTF-16 byte-order mark looks like an MP3 frame to `file-type`: such a file is text or nothing.
  const detected = utf16Of(bytes) ? undefined : await fileTypeFromBuffer(bytes)
  if (detected) {
    const detectedAs = detected.mime === 'application/x-cfb' ? 'cfb' : detected.mime
    const format = byExtension.detectedAs === detectedAs ? byExtension : ATTACHMENT_FORMATS.find((candidate) => candidate.detectedAs === detectedAs)
    if (!format) return refuse(`"${filename}" contains ${detected.mime}, which is not an allowed attachment type; allowed are ${allowed}.`)
    if (format !== byExtension) return refuse(`"${filename}" contains ${format.mime}, not what its name says: name it .${format.extensions[0]}.`)
    return { ok: true, format }
  }

  if (byExtension.detectedAs !== 'text') return refuse(`"${filename}" is not a valid ${byExtension.mime} file.`)
  const text = decodeText(bytes)
  if (text.includes('\u0000')) return refuse(`"${filename}" is binary, not text.`)
  if (text.startsWith('#!') || LEADING_MARKUP.test(text) || ACTIVE_TAG.test(text)) {
    return refuse(`"${filename}" contains HTML, XML, SVG or script markup, which attachments may not carry; upload a PDF instead.`)
  }
  return { ok: true, format: byExtension }
}
