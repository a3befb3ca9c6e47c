import { describe, expect, it } from 'vitest'
import { foldGerman } from '../../src/analysis/foldGerman.ts'
import { compoundParts, splitCompound } from '../../src/analysis/splitCompound.ts'

const partsOf = (word: string) => compoundParts(foldGerman(word))

describe('splitCompound', () => {
  it.each([
    ['Arbeitszeitregelung', ['arbeit', 'zeit', 'regelung']],
    ['Dienstreiseantrag', ['dienst', 'reise', 'antrag']],
    ['Wohngeldantrag', ['wohn', 'geld', 'antrag']],
    ['Personalgespräche', ['personal', 'gesprache']],
    ['Datenschutzverletzung', ['daten', 'schutz', 'verletzung']],
    ['Verwaltungsverfahrensgesetz', ['verwaltung', 'verfahrens', 'gesetz']],
    ['Feuchteschutz', ['feuchte', 'schutz']],
  ])('%s → %j (known parts, linking letters outside)', (word, parts) => {
    expect(partsOf(word)).toEqual(parts)
  })

  it.each(['insgesamt', 'Antrag', 'Xylqwertz', 'Amt'])('leaves %s whole (no compound of known words)', (word) => {
    expect(splitCompound(foldGerman(word))).toBeNull()
  })

  it('never ends a compound with a verb stem or adjective, and never cuts parts shorter than three letters', () => {
    for (const word of ['arbeitszeitregelung', 'wohngeldantrag', 'kindeswohlgefahrdung']) {
      const parts = splitCompound(word)!
      expect(parts.every((part) => part.end - part.start >= 3)).toBe(true)
      expect(parts.at(-1)!.end).toBe(word.length)
    }
  })
})
