import type { Block } from '../types.ts'

export type FixtureFormat = 'docx' | 'odt' | 'ods' | 'odp' | 'xlsx' | 'pptx' | 'pdf' | 'rtf' | 'txt' | 'html' | 'md'

/** What a fixture file says; every builder writes the same content in its own format. */
export interface FixtureSpec {
  format: FixtureFormat
  blocks: Block[]
  /** Document properties (where the format has them). */
  title?: string
  subject?: string
  author?: string
  created?: Date
  /** txt, html and md: how the text is encoded. Default UTF-8. */
  encoding?: 'utf-8' | 'utf-8-bom' | 'windows-1252' | 'utf-16le'
  /**
   * A broken or awkward file instead of a good one: `truncated` (the first 60 % of the good file), `encrypted` (pdf:
   * user password "geheim"), `zipBomb` (docx/xlsx/odt/pptx whose document entry inflates 24 MB of spaces at ≈ 1000 : 1),
   * `imageOnly` (pdf: the text as a 300 dpi image, no text layer — a scan).
   */
  variant?: 'truncated' | 'encrypted' | 'zipBomb' | 'imageOnly'
}
