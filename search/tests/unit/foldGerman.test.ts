import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { foldGerman, foldedWords } from '../../src/analysis/foldGerman.ts'

describe('foldGerman', () => {
  it.each([
    ['Straße', 'Strasse'],
    ['Bürgergeld', 'Buergergeld'],
    ['Bürgergeld', 'Burgergeld'],
    ['Höchstbeträge', 'Hoechstbetraege'],
    ['Öffnungszeiten', 'OEFFNUNGSZEITEN'],
    ['Maßnahme', 'Massnahme'],
  ])('%s and %s fold to one form', (written, typed) => {
    expect(foldGerman(written)).toBe(foldGerman(typed))
  })

  it('folds decomposed umlauts (NFD file names, macOS) like composed ones', () => {
    expect(foldGerman('Bu\u0308rgergeld')).toBe(foldGerman('Bürgergeld'))
  })

  it('is idempotent, so index text and queries can be folded any number of times', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'aeouäöüßsSÄÖÜ xyz') }), (text) => {
        expect(foldGerman(foldGerman(text))).toBe(foldGerman(text))
      }),
    )
  })

  it('splits text into folded words at spaces and punctuation', () => {
    expect(foldedWords('Kosten der Unterkunft (KdU), § 22 SGB II')).toEqual(['kosten', 'der', 'unterkunft', 'kdu', '22', 'sgb', 'ii'])
  })
})
