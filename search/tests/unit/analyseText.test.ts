import { describe, expect, it } from 'vitest'
import { analyseQuery } from '../../src/analysis/analyseQuery.ts'
import { analyseText } from '../../src/analysis/analyseText.ts'

const tokens = (text: string) => analyseText(text).split(' ')

describe('analyseText', () => {
  it('keeps every word and adds the runs of its compound parts', () => {
    expect(tokens('Arbeitszeitregelung')).toEqual(['arbeitszeitregelung', 'arbeitszeit', 'zeitregelung', 'arbeit', 'zeit', 'regelung'])
  })

  it('adds lemmas, so another inflection of a word or a compound part matches', () => {
    expect(tokens('Personalgespräche')).toEqual(['personalgesprache', 'personalgesprach', 'personal', 'gesprach'])
    expect(tokens('Anträge')).toEqual(['antrage', 'antrag'])
  })

  it('ends each compound with its parts in order, so the parts of a query match as a phrase', () => {
    expect(analyseText('Wohngeldantrag')).toMatch(/ wohn geld antrag$/)
  })
})

describe('analyseQuery', () => {
  it('folds, splits compounds and lemmatises, so "Wohngeldanträge" meets "Antrag auf Wohngeld"', () => {
    const query = analyseQuery('Wohngeldanträge').terms.split(' ')
    const text = new Set(tokens('Antrag auf Wohngeld'))
    expect(query).toEqual(['wohn', 'geld', 'antrag'])
    expect(query.every((term) => text.has(term))).toBe(true)
  })

  it('finds "Straße" for "Strasse" and "Bürgergeld" for "Buergergeld"', () => {
    expect(new Set(tokens('Straße')).has(analyseQuery('Strasse').terms)).toBe(true)
    expect(analyseQuery('Buergergeld').terms).toBe(analyseQuery('Bürgergeld').terms)
  })

  it.each([
    ['wie beantrage ich Sonderurlaub', 'frequency'],
    ['Dienstreise', 'all'],
    ['Antrag Dienstreise', 'last'],
  ] as const)('"%s" matches with strategy %s', (query, strategy) => {
    expect(analyseQuery(query).matchingStrategy).toBe(strategy)
  })

  it('drops question words, but keeps a query made of nothing else', () => {
    expect(analyseQuery('wie beantrage ich Sonderurlaub').terms).not.toMatch(/\b(wie|ich)\b/)
    expect(analyseQuery('wie').terms).toBe('wie')
  })
})
