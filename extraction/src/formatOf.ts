import type { Format } from './types.ts'

const BY_EXTENSION: Record<string, Format> = {
  docx: 'docx', docm: 'docx', dotx: 'docx', dotm: 'docx',
  doc: 'doc', dot: 'doc',
  pdf: 'pdf',
  odt: 'odt', ott: 'odt',
  ods: 'ods', ots: 'ods',
  odp: 'odp', otp: 'odp',
  xlsx: 'xlsx', xlsm: 'xlsx',
  pptx: 'pptx', pptm: 'pptx',
  rtf: 'rtf',
  txt: 'txt', text: 'txt', csv: 'txt', log: 'txt',
  html: 'html', htm: 'html', xhtml: 'html',
  md: 'md', markdown: 'md',
}

const ZIP_FORMATS = new Set<Format>(['docx', 'xlsx', 'pptx', 'odt', 'ods', 'odp'])
const ODF_MIME: Record<string, Format> = {
  'application/vnd.oasis.opendocument.text': 'odt',
  'application/vnd.oasis.opendocument.spreadsheet': 'ods',
  'application/vnd.oasis.opendocument.presentation': 'odp',
}

export function extensionOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? ''
  const dot = base.lastIndexOf('.')
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : ''
}

function startsWith(head: Uint8Array, bytes: number[], at = 0): boolean {
  return head.length >= at + bytes.length && bytes.every((byte, i) => head[at + i] === byte)
}

const latin1 = new TextDecoder('latin1')

/**
 * The format a file is read as: its bytes win over its name where they are recognisable (a ".doc" that is really a
 * docx is read as docx, a ".pdf" that is a zip is not given to the PDF reader), the name decides between formats that
 * share a container (zip, OLE) or have no signature (text). `head`: the file's first bytes (4 KB is plenty).
 * Null: not a format this package reads.
 */
export function formatOf(fileName: string, head?: Uint8Array): Format | null {
  const byName: Format | null = BY_EXTENSION[extensionOf(fileName)] ?? null
  if (!head || head.length === 0) return byName
  const start = latin1.decode(head.subarray(0, Math.min(head.length, 4096)))
  if (start.slice(0, 1024).includes('%PDF-')) return 'pdf'
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) {
    return zipFormat(start) ?? (byName && ZIP_FORMATS.has(byName) ? byName : byName === 'doc' ? 'docx' : null)
  }
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    // OLE container: Word 97 (.doc) — or Excel/PowerPoint 97 and encrypted OOXML, which extraction reports by name.
    return byName === 'doc' || byName === 'docx' || byName === 'xlsx' || byName === 'pptx' ? byName : null
  }
  if (/^(\uFEFF|ï»¿)?\s*\{\\rtf/.test(start)) return 'rtf'
  if (byName === 'txt' || byName === 'md' || byName === 'html') return byName
  if (/^(\uFEFF|ï»¿)?\s*(<!doctype html|<html[\s>])/i.test(start)) return 'html'
  // The name promises a format the bytes do not show: its reader says precisely what is wrong.
  return byName
}

/** Tells the zip-based formats apart by the names in the first local headers (the ODF "mimetype" entry comes first). */
function zipFormat(start: string): Format | null {
  const mime = start.slice(30, 38) === 'mimetype' ? /^application\/vnd\.oasis\.opendocument\.[a-z]+/.exec(start.slice(38)) : null
  if (mime) return ODF_MIME[mime[0]] ?? null
  if (start.includes('word/')) return 'docx'
  if (start.includes('xl/')) return 'xlsx'
  if (start.includes('ppt/')) return 'pptx'
  return null
}
