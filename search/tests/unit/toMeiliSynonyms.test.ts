import { describe, expect, it } from 'vitest'
import { STARTER_SYNONYMS } from '../../src/synonyms/starterSynonyms.ts'
import { toMeiliSynonyms } from '../../src/synonyms/toMeiliSynonyms.ts'

describe('toMeiliSynonyms', () => {
  it('makes every term of a group find the others, keyed as the analysed query arrives', () => {
    const synonyms = toMeiliSynonyms([{ terms: ['AU', 'Arbeitsunfähigkeit', 'Krankmeldung'] }])
    expect(synonyms.au).toEqual(['arbeit unfahigkeit', 'krank meldung'])
    expect(synonyms['krank meldung']).toEqual(['arbeit unfahigkeit', 'au'])
  })

  it('keeps the words a stop word would drop from the query in the indexed form ("Kosten der Unterkunft")', () => {
    const synonyms = toMeiliSynonyms([{ terms: ['KdU', 'Kosten der Unterkunft'] }])
    expect(synonyms.kdu).toEqual(['kosten der unterkunft'])
    expect(synonyms['kosten unterkunft']).toEqual(['kdu'])
  })

  it('maps a one-way group only from its terms to their meanings', () => {
    const synonyms = toMeiliSynonyms([{ from: ['AZ'], to: ['Arbeitszeit', 'Aktenzeichen'] }])
    expect(Object.keys(synonyms)).toEqual(['az'])
    expect(synonyms.az).toHaveLength(2)
  })

  it('turns the starter list into a map where no term points at itself', () => {
    const synonyms = toMeiliSynonyms(STARTER_SYNONYMS)
    expect(Object.keys(synonyms).length).toBeGreaterThan(100)
    for (const [key, values] of Object.entries(synonyms)) expect(values).not.toContain(key)
  })
})
