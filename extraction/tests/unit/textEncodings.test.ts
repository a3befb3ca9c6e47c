import { describe, expect, it } from 'vitest'
import { extractBuffer } from '../../src/index.ts'
import { buildFixture } from '../../src/testing/index.ts'

const SENTENCE = 'Größere Überstunden – „genehmigt“ für 5 €, ß und Ä.'

describe.each(['utf-8', 'utf-8-bom', 'windows-1252', 'utf-16le'] as const)('a text file in %s', (encoding) => {
  it('is decoded to the same text', async () => {
    const bytes = await buildFixture({ format: 'txt', encoding, blocks: [{ type: 'paragraph', text: SENTENCE }, { type: 'paragraph', text: 'Zweiter Absatz' }] })
    const result = await extractBuffer(bytes, 'notiz.txt')
    expect(result).toEqual({
      ok: true,
      extraction: {
        format: 'txt',
        text: `${SENTENCE}\n\nZweiter Absatz`,
        blocks: [{ type: 'paragraph', text: SENTENCE }, { type: 'paragraph', text: 'Zweiter Absatz' }],
        properties: {},
        ocr: false,
      },
    })
  })
})

describe('text files', () => {
  it('keeps line breaks inside a paragraph and splits at blank lines (CRLF and LF)', async () => {
    const result = await extractBuffer(Buffer.from('Zeile eins\r\nZeile zwei\r\n\r\n\r\nNeuer   Absatz\n'), 'a.txt')
    expect(result.ok && result.extraction.blocks).toEqual([
      { type: 'paragraph', text: 'Zeile eins\nZeile zwei' },
      { type: 'paragraph', text: 'Neuer Absatz' },
    ])
  })

  it('refuses binary content named .txt', async () => {
    const result = await extractBuffer(Buffer.from([0x00, 0x01, 0x02, 0x41, 0x00, 0x42]), 'daten.txt')
    expect(result).toEqual({ ok: false, outcome: 'unreadable', reason: 'Not a text file: the content is binary data' })
  })

  it('html in Windows-1252, declared in a meta tag', async () => {
    const bytes = await buildFixture({ format: 'html', encoding: 'windows-1252', blocks: [{ type: 'heading', level: 2, text: SENTENCE }] })
    const result = await extractBuffer(bytes, 'seite.htm')
    expect(result.ok && result.extraction.blocks).toEqual([{ type: 'heading', level: 2, text: SENTENCE }])
  })

  it('html whose meta tag claims UTF-8 but whose bytes are Windows-1252 is still read right', async () => {
    const bytes = Buffer.concat([Buffer.from('<html><head><meta charset="utf-8"></head><body><p>'), Buffer.from('Gr\xf6\xdfe \x80', 'latin1'), Buffer.from('</p></body></html>')])
    const result = await extractBuffer(bytes, 'seite.html')
    expect(result.ok && result.extraction.text).toBe('Größe €')
  })

  it('markdown in Windows-1252', async () => {
    const bytes = await buildFixture({ format: 'md', encoding: 'windows-1252', blocks: [{ type: 'heading', level: 1, text: 'Übersicht' }, { type: 'paragraph', text: SENTENCE }] })
    const result = await extractBuffer(bytes, 'liesmich.md')
    expect(result.ok && result.extraction.blocks).toEqual([{ type: 'heading', level: 1, text: 'Übersicht' }, { type: 'paragraph', text: SENTENCE }])
  })
})
