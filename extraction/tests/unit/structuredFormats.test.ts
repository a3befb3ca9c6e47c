import { describe, expect, it } from 'vitest'
import { extractFile, type Block, type Extraction } from '../../src/index.ts'
import { writeFixture, type FixtureFormat } from '../../src/testing/index.ts'
import { SAMPLE_BLOCKS, SAMPLE_PROPERTIES, SAMPLE_SENTENCES } from './support/sampleBlocks.ts'
import { tempDir } from './support/tempDir.ts'

const dir = await tempDir()

async function extracted(format: FixtureFormat, name = `sample.${format}`): Promise<Extraction> {
  const file = await writeFixture(dir, name, { format, blocks: SAMPLE_BLOCKS, ...SAMPLE_PROPERTIES })
  const result = await extractFile(file)
  if (!result.ok) throw new Error(`${format}: ${result.outcome}: ${result.reason}`)
  return result.extraction
}

// Formats with real structure keep it: the exact blocks come back.
describe.each(['docx', 'odt', 'rtf', 'html', 'md'] as const)('%s keeps headings, lists and tables', (format) => {
  it('gives back the blocks it was written with', async () => {
    const extraction = await extracted(format)
    expect(extraction.format).toBe(format)
    expect(extraction.blocks).toEqual(SAMPLE_BLOCKS)
    expect(extraction.ocr).toBe(false)
  })

  it('writes the text with blank lines between blocks, list items and table rows one per line', async () => {
    const { text } = await extracted(format, `text.${format}`)
    expect(text).toBe(
      [
        'Dienstanweisung Überstunden',
        'Diese Weisung regelt die Erfassung von Überstunden für alle Beschäftigten.',
        '- Anträge stellen\n- Nachweise führen',
        'Zuständigkeiten',
        '1. Antrag prüfen\n2. Genehmigung erteilen',
        'Rolle | Aufgabe\nLeitung | Genehmigt Überstunden',
        'Schlussbemerkung mit ß und „Anführungszeichen“ – 5 € je Stunde.',
      ].join('\n\n'),
    )
  })
})

describe('properties', () => {
  it('docx: title, subject and author from docProps/core.xml, dates as ISO', async () => {
    const { properties } = await extracted('docx', 'props.docx')
    expect(properties).toMatchObject(SAMPLE_PROPERTIES)
    expect(properties.created).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/)
  })

  it('pdf: title, subject, author and creation date from the PDF info', async () => {
    const { properties } = await extracted('pdf', 'props.pdf')
    expect(properties).toEqual({ ...SAMPLE_PROPERTIES, created: '2024-01-15T09:30:00.000Z' })
  })

  it.each(['odt', 'xlsx', 'pptx', 'ods', 'odp', 'rtf'] as const)('%s: title, subject, author and creation date', async (format) => {
    const { properties } = await extracted(format, `props.${format}`)
    expect(properties).toMatchObject({ ...SAMPLE_PROPERTIES, created: '2024-01-15T09:30:00.000Z' })
  })

  it('html: the <title> and the author meta tag', async () => {
    const { properties } = await extracted('html', 'props.html')
    expect(properties).toEqual({ title: SAMPLE_PROPERTIES.title, author: SAMPLE_PROPERTIES.author })
  })
})

describe('pdf', () => {
  it('reads the text layer, every sentence in order', async () => {
    const { text, blocks, format } = await extracted('pdf', 'text.pdf')
    expect(format).toBe('pdf')
    let at = -1
    for (const sentence of SAMPLE_SENTENCES) {
      const found = text.indexOf(sentence)
      expect(found, sentence).toBeGreaterThan(at)
      at = found
    }
    expect(blocks.filter((block) => block.type === 'paragraph').length).toBeGreaterThan(3)
  })

  it('finds headings by font size: larger and short, the largest level 1', async () => {
    const { blocks } = await extracted('pdf', 'headings.pdf')
    expect(blocks.filter((block) => block.type === 'heading')).toEqual([
      { type: 'heading', level: 1, text: 'Dienstanweisung Überstunden' },
      { type: 'heading', level: 2, text: 'Zuständigkeiten' },
    ])
    expect(blocks[1]).toEqual({ type: 'paragraph', text: 'Diese Weisung regelt die Erfassung von Überstunden für alle Beschäftigten.' })
  })
})

describe('html', () => {
  it('drops scripts, styles and the head', async () => {
    const { text } = await extracted('html', 'script.html')
    expect(text).not.toMatch(/SKRIPTTEXT|SKRIPTSTIL|font-family|Überstundenregelung 2024/)
  })
})

describe('presentations', () => {
  const withTitles = SAMPLE_BLOCKS.map((block): Block => (block.type === 'heading' ? { ...block, level: 2 } : block))

  it('odp: slide titles become headings, lists and tables stay, speaker notes are left out', async () => {
    const extraction = await extracted('odp')
    expect(extraction.blocks).toEqual(withTitles)
    expect(extraction.text).not.toContain('NOTIZTEXT')
  })

  it('pptx: slides in presentation order (not file order), titles as headings, tables kept', async () => {
    const extraction = await extracted('pptx')
    expect(extraction.blocks).toEqual(
      withTitles.flatMap((block): Block[] => (block.type === 'list' ? block.items.map((text) => ({ type: 'paragraph', text })) : [block])),
    )
  })
})

describe('spreadsheets', () => {
  it.each(['xlsx', 'ods'] as const)('%s: each sheet a table, in order; padding rows and columns do not count', async (format) => {
    const extraction = await extracted(format)
    const loose = SAMPLE_BLOCKS.flatMap((block) => (block.type === 'list' ? block.items : block.type === 'table' ? [] : [block.text]))
    expect(extraction.blocks).toEqual([
      { type: 'table', rows: loose.map((text) => [text]) },
      { type: 'table', rows: [['Rolle', 'Aufgabe'], ['Leitung', 'Genehmigt Überstunden']] },
    ])
  })

  it('xlsx: numbers, gaps between cells and shared strings', async () => {
    const rows = [['Posten', '', 'Betrag'], ['Miete', '', '1250.5'], ['Strom', '', '99']]
    const file = await writeFixture(dir, 'zahlen2.xlsx', { format: 'xlsx', blocks: [{ type: 'table', rows }] })
    const result = await extractFile(file)
    expect(result.ok && result.extraction.blocks).toEqual([{ type: 'table', rows }])
  })
})

describe('doc (Word 97)', () => {
  it('reads the committed Gebäudeenergiegesetz: paragraphs in order, umlauts and §', async () => {
    const result = await extractFile(new URL('../fixtures/gebaeudeenergiegesetz.doc', import.meta.url).pathname)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.extraction.format).toBe('doc')
    expect(result.extraction.blocks.length).toBeGreaterThan(100)
    expect(result.extraction.text).toContain('Wärme- und Kälteerzeugung in Gebäuden (GEG)')
    expect(result.extraction.text.indexOf('§ 1 Zweck und Ziel')).toBeLessThan(result.extraction.text.indexOf('§ 2 Anwendungsbereich'))
  })

  it('a docx named .doc is read as docx, with its structure', async () => {
    const extraction = await extracted('docx', 'alt.doc')
    expect(extraction.format).toBe('docx')
    expect(extraction.blocks).toEqual(SAMPLE_BLOCKS)
  })
})
