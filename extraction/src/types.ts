/** One piece of a document's structure. Lists are flat (nested items are flattened in order). */
export type Block =
  | { type: 'heading'; level: 1 | 2 | 3 | 4 | 5 | 6; text: string }
  | { type: 'paragraph'; text: string }
  | { type: 'list'; ordered: boolean; items: string[] }
  | { type: 'table'; rows: string[][] }

/** Document properties as the file states them: not judged (a template's "Dokument1" arrives here unchanged). */
export interface Properties {
  title?: string
  subject?: string
  author?: string
  /** ISO 8601. */
  created?: string
  /** ISO 8601. */
  modified?: string
}

export type Format =
  | 'docx'
  | 'doc'
  | 'pdf'
  | 'odt'
  | 'ods'
  | 'odp'
  | 'xlsx'
  | 'pptx'
  | 'rtf'
  | 'txt'
  | 'html'
  | 'md'

export interface Extraction {
  format: Format
  /** Plain text, blocks separated by blank lines (a table row is one line, cells separated by " | "). */
  text: string
  /** Real structure where the format has it (docx, odt, html, md headings/lists/tables), else paragraphs. */
  blocks: Block[]
  properties: Properties
  /** True when the text came from OCR of page images. */
  ocr: boolean
}

/** Why a file gave no text. Never thrown: every failure is a result. */
export type ExtractionOutcome = 'unreadable' | 'needsOcr' | 'unsupported'

export type ExtractionResult =
  | { ok: true; extraction: Extraction }
  | { ok: false; outcome: ExtractionOutcome; reason: string }

export interface ExtractOptions {
  /** Larger files are refused as unreadable without being read. Default 200 MB. */
  maxBytes?: number
  /** A zip-based file (docx, xlsx, pptx, odt, …) whose entries declare more than this in total is refused. Default 500 MB. */
  maxUnzippedBytes?: number
  /** OCR of PDFs without a text layer when `tesseract` (with German data) and `pdftoppm` are installed. Default true. */
  ocr?: boolean
  /** Only this many PDF pages are read (and OCRed); the rest is left out. Default: all pages, at most 20 for OCR (≈ 5 s a page). */
  maxPages?: number
  /** Extracted text beyond this many characters is cut (the blocks too). Default: no limit. */
  maxChars?: number
}
