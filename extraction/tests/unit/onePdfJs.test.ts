import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import { extractBuffer } from '../../src/index.ts'
import { buildFixture } from '../../src/testing/index.ts'
import { SAMPLE_BLOCKS } from './support/sampleBlocks.ts'

// STACK-NOTES: unpdf, officeparser and pdfjs-dist each bring a pdf.js, and whichever loads first breaks the others.
// This package reads office formats itself and loads pdf.js only through unpdf.
describe('one pdf.js per process', () => {
  it('no second pdf.js is installed for this package to load', () => {
    const require = createRequire(import.meta.url)
    expect(() => require.resolve('pdfjs-dist')).toThrow()
    expect(() => require.resolve('officeparser')).toThrow()
  })

  it('PDF, office formats and PDF again extract in the same process', async () => {
    const formats = ['pdf', 'docx', 'odt', 'xlsx', 'pptx', 'rtf', 'pdf'] as const
    for (const format of formats) {
      const result = await extractBuffer(await buildFixture({ format, blocks: SAMPLE_BLOCKS }), `a.${format}`)
      expect(result.ok && result.extraction.text, format).toContain('Genehmigt Überstunden')
    }
  })
})
