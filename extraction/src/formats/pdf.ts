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
    const blocks: Block[] = []
    let visible = 0
    const pages = Math.min(pdf.numPages, maxPages)
    for (let number = 1; number <= pages; number++) {
      const page = await pdf.getPage(number)
      const content = await page.getTextContent()
      let paragraph: string[] = []
      let line = ''
      let lastY: number | null = null
      let lastHeight = 0
      const endParagraph = () => {
        if (line.trim()) paragraph.push(line.trim())
        line = ''
        const text = paragraph.join('\n').replace(/[^\S\n]+/g, ' ')
        if (text) blocks.push({ type: 'paragraph', text })
        paragraph = []
      }
      for (const item of content.items) {
        if (!('str' in item)) continue
        const transform = item.transform as number[]
        const y = transform[5]
        const height = Math.abs(item.height) || Math.abs(transform[3]) || 10
        // A gap of more than about one blank line between lines starts a new paragraph.
        if (lastY !== null && lastY - y > Math.max(height, lastHeight) * 1.8 && !line.trim()) endParagraph()
        line += item.str
        visible += item.str.replace(/\s/g, '').length
        if (item.hasEOL) {
          if (line.trim()) paragraph.push(line.trim())
          line = ''
        }
        if (item.str.trim()) {
          lastY = y
          lastHeight = height
        }
      }
      endParagraph()
      page.cleanup()
    }
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
