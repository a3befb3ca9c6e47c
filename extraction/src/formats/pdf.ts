import { getDocumentProxy } from 'unpdf'
import { Unreadable } from '../unreadable.ts'
import type { Block, Properties } from '../types.ts'
import { definedOnly } from './ooxmlProperties.ts'

/** Fewer visible characters than this in the whole text layer: a scan, not a text PDF. */
const MIN_TEXT_CHARS = 16

export interface PdfText {
  blocks: Block[]
  properties: Properties
  pages: number
  /** True when the PDF has no usable text layer (a scan): its text must come from OCR. */
  needsOcr: boolean
}

/** "D:20240131120000+01'00'" → ISO 8601. */
export function pdfDate(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined
  const m = /^(?:D:)?(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?([Zz]|[+-]\d{2}'?\d{2}'?)?/.exec(value.trim())
  if (!m) return undefined
  const [, y, mo = '01', d = '01', h = '00', mi = '00', s = '00', zone] = m
  const offset = !zone || /z/i.test(zone) ? 'Z' : `${zone.slice(0, 3)}:${zone.replace(/'/g, '').slice(3, 5) || '00'}`
  const time = Date.parse(`${y}-${mo}-${d}T${h}:${mi}:${s}${offset}`)
  return Number.isNaN(time) ? undefined : new Date(time).toISOString()
}

function info(record: Record<string, unknown>, key: string): string | undefined {
  const value = record[key]
  return typeof value === 'string' && value.trim() ? value.trim() : undefined
}

interface Paragraph {
  lines: string[]
  /** Font size of the paragraph's first line. */
  size: number
  /** Baseline of its last line (PDF coordinates grow upwards). */
  lastY: number
}

/**
 * Paragraphs → blocks: short paragraphs set clearly larger than the body text (the size most characters have) are
 * headings, the largest size level 1, the next level 2, …
 */
function classify(paragraphs: Paragraph[]): Block[] {
  const weight = new Map<number, number>()
  for (const p of paragraphs) {
    const size = Math.round(p.size * 2) / 2
    weight.set(size, (weight.get(size) ?? 0) + p.lines.join('').length)
  }
  const body = [...weight.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0
  const isHeading = (p: Paragraph) => p.size >= body * 1.2 && p.lines.length <= 3 && p.lines.join(' ').length <= 150
  const levels = [...new Set(paragraphs.filter(isHeading).map((p) => Math.round(p.size * 2) / 2))].sort((a, b) => b - a)
  return paragraphs.map((p): Block => {
    if (!isHeading(p)) return { type: 'paragraph', text: p.lines.join('\n') }
    const level = Math.min(levels.indexOf(Math.round(p.size * 2) / 2) + 1, 6) as 1 | 2 | 3 | 4 | 5 | 6
    return { type: 'heading', level, text: p.lines.join(' ') }
  })
}

/** The text layer of a PDF via pdf.js (unpdf's build, the only pdf.js this package loads), as paragraphs. */
export async function readPdf(bytes: Uint8Array, maxPages = Number.POSITIVE_INFINITY): Promise<PdfText> {
  if (!new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).includes('%PDF-')) throw new Unreadable('Not a PDF: the file has no PDF header')
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>
  try {
    // A copy: pdf.js detaches the buffer it is given.
    pdf = await getDocumentProxy(new Uint8Array(bytes), { stopAtErrors: false, verbosity: 0 })
  } catch (error) {
    throw pdfError(error)
  }
  try {
    const meta = await pdf.getMetadata().catch(() => null)
    const record = (meta?.info ?? {}) as Record<string, unknown>
    const properties = definedOnly({
      title: info(record, 'Title'),
      subject: info(record, 'Subject'),
      author: info(record, 'Author'),
      created: pdfDate(record.CreationDate),
      modified: pdfDate(record.ModDate),
    })
    const paragraphs: Paragraph[] = []
    let visible = 0
    const pages = Math.min(pdf.numPages, maxPages)
    for (let number = 1; number <= pages; number++) {
      const page = await pdf.getPage(number)
      const content = await page.getTextContent()
      let current: Paragraph | null = null
      let line = ''
      let lineSize = 0
      let lastY: number | null = null
      const endLine = () => {
        const text = line.replace(/\s+/g, ' ').trim()
        line = ''
        if (!text) return
        // A new paragraph after a gap of about one blank line, or where the font size changes (a heading's end).
        const y = lastY ?? 0
        const size = lineSize
        if (!current || current.lastY - y > Math.max(size, current.size) * 1.8 || Math.abs(size - current.size) > current.size * 0.15) {
          current = { lines: [], size, lastY: y }
          paragraphs.push(current)
        }
        current.lines.push(text)
        current.lastY = y
        lineSize = 0
      }
      for (const item of content.items) {
        if (!('str' in item)) continue
        const transform = item.transform as number[]
        const size = Math.abs(item.height) || Math.abs(transform[3]) || 10
        if (item.str.trim()) {
          lastY = transform[5]
          lineSize = Math.max(lineSize, size)
        }
        line += item.str
        visible += item.str.replace(/\s/g, '').length
        if (item.hasEOL) endLine()
      }
      endLine()
      page.cleanup()
    }
    const blocks = classify(paragraphs)
    return { blocks, properties, pages, needsOcr: visible < MIN_TEXT_CHARS }
  } catch (error) {
    throw pdfError(error)
  } finally {
    await pdf.loadingTask.destroy()
  }
}

function pdfError(error: unknown): Unreadable {
  if (error instanceof Unreadable) return error
  const name = (error as { name?: string } | null)?.name
  const message = error instanceof Error ? error.message : String(error)
  if (name === 'PasswordException') return new Unreadable('PDF is password-protected (a password is needed to open it)')
  if (name === 'InvalidPDFException') return new Unreadable(`Corrupt PDF: ${message} (damaged or truncated file)`)
  return new Unreadable(`PDF cannot be read: ${message}`)
}
