import { describe, expect, it } from 'vitest'
import { extractBuffer } from '../../src/index.ts'
import { buildFixture } from '../../src/testing/index.ts'

// Needs tesseract with German data and pdftoppm: .ci/run installs them (tesseract-ocr, tesseract-ocr-deu, poppler-utils),
// so this test fails rather than skips where they are missing.
describe('a PDF without a text layer (a scan)', { timeout: 60_000 }, () => {
  const blocks = [
    { type: 'paragraph' as const, text: 'Dienstanweisung zur Überstundenregelung' },
    { type: 'paragraph' as const, text: 'Gültig für alle Beschäftigten der Verwaltung' },
  ]

  it('is read by OCR, German umlauts included, and marked ocr: true', async () => {
    const scan = await buildFixture({ format: 'pdf', variant: 'imageOnly', blocks, title: 'Scan' })
    const result = await extractBuffer(scan, 'scan.pdf')
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.extraction.ocr).toBe(true)
    expect(result.extraction.properties.title).toBe('Scan')
    expect(result.extraction.text).toContain('Dienstanweisung zur Überstundenregelung')
    expect(result.extraction.text).toContain('Gültig für alle Beschäftigten der Verwaltung')
  })

  it('is needsOcr with the reason when OCR is switched off', async () => {
    const scan = await buildFixture({ format: 'pdf', variant: 'imageOnly', blocks })
    expect(await extractBuffer(scan, 'scan.pdf', { ocr: false })).toEqual({
      ok: false,
      outcome: 'needsOcr',
      reason: 'PDF has no text layer (a scan): OCR is switched off',
    })
  })
})
