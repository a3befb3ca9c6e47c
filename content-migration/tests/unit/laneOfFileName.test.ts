import { describe, expect, it } from 'vitest'
import { laneOfFileName, WRITE_LANES } from '../../src/write/writeDocuments.ts'

describe('laneOfFileName', () => {
  it('sends originals whose stored names the CMS could make meet (x, x-1, x (2), case, NFD) through one lane', () => {
    const lanes = (names: string[]) => new Set(names.map(laneOfFileName))
    expect(lanes(['Antrag.docx', 'antrag.pdf', 'Antrag-1.docx', 'Antrag (2).docx', 'ANTRAG_3.odt', 'Antrag.DOCX'])).toHaveProperty('size', 1)
    expect(lanes(['Übersicht Fristen.pdf', 'U\u0308bersicht Fristen.pdf', 'Ubersicht-Fristen-2.pdf'])).toHaveProperty('size', 1)
  })

  it('spreads different names over every lane', () => {
    const names = Array.from({ length: 60 }, (_, index) => `Weisung ${String.fromCharCode(65 + (index % 26))}${String.fromCharCode(97 + Math.floor(index / 26))}.docx`)
    const lanes = names.map(laneOfFileName)
    expect(new Set(lanes)).toEqual(new Set(Array.from({ length: WRITE_LANES }, (_, lane) => lane)))
  })
})
