import { describe, expect, it } from 'vitest'
import { versionStem } from '../../src/identify/versionStem.ts'

describe('versionStem', () => {
  it.each([
    'Straßenverkehrsgesetz.docx',
    'Straßenverkehrsgesetz_v2.docx',
    'Straßenverkehrsgesetz_V3.docx',
    'Straßenverkehrsgesetz_final.docx',
    'Straßenverkehrsgesetz_final_NEU.docx',
    'Straßenverkehrsgesetz (2).docx',
    'Straßenverkehrsgesetz(3).docx',
    'Kopie von Straßenverkehrsgesetz.docx',
    'Kopie (2) von Straßenverkehrsgesetz.docx',
    'Copy of Straßenverkehrsgesetz.docx',
    'Straßenverkehrsgesetz - Kopie.docx',
    'Straßenverkehrsgesetz - Kopie (2).docx',
    'Straßenverkehrsgesetz_alt.docx',
    'Straßenverkehrsgesetz_2019.docx',
    'Straßenverkehrsgesetz_Stand_2019-03-01.docx',
    'Straßenverkehrsgesetz 01.03.2019.pdf',
    '2019-03-01_Straßenverkehrsgesetz.docx',
    'Straßenverkehrsgesetz_Entwurf.odt',
    'Straßenverkehrsgesetz_korrigiert.docx',
    'Straßenverkehrsgesetz Version 2.1.docx',
    'STRASSENVERKEHRSGESETZ.DOC',
    'Strassenverkehrsgesetz.docx',
    'Straßenverkehrsgesetz.docx'.normalize('NFD'),
  ])('%s has the stem of Straßenverkehrsgesetz.docx', (name) => {
    expect(versionStem(name).stem).toBe('strassenverkehrsgesetz')
  })

  it('folds umlauts both ways and keeps numbering and words', () => {
    expect(versionStem('5.3. Pfade und Auswahlen_final.docx').stem).toBe('5 3 pfade und auswahlen')
    expect(versionStem('Änderung der Gebührensatzung.docx').stem).toBe(versionStem('Aenderung der Gebuehrensatzung.docx').stem)
    expect(versionStem('Kopie von 2. Die Hauptgründe, weshalb GIMP scheinbar »einfriert«.docx').stem).toBe(
      versionStem('2. Die Hauptgründe, weshalb GIMP scheinbar »einfriert«.docx').stem,
    )
  })

  it.each([
    ['Anlage 2.docx', 'Anlage 3.docx'],
    ['Haushaltsplan 2019.xlsx', 'Haushaltsplan 2020.xlsx'],
    ['Teil_A.docx', 'Teil_B.docx'],
    ['Weisung Urlaub.docx', 'Weisung Urlaubsantrag.docx'],
  ])('keeps %s and %s apart', (a, b) => {
    expect(versionStem(a).stem).not.toBe(versionStem(b).stem)
  })

  it('leaves names that are nothing but a marker, and words that only end like one', () => {
    expect(versionStem('Entwurf.odt').stem).toBe('entwurf')
    expect(versionStem('neu.docx').stem).toBe('neu')
    expect(versionStem('Kopie.docx').stem).toBe('kopie')
    expect(versionStem('Schulfinal.docx').stem).toBe('schulfinal')
    expect(versionStem('Gesetz (BImSchG).pdf').stem).toBe('gesetz bimschg')
  })

  it('ranks the markers from old to new', () => {
    const order = [
      'x_alt.docx',
      'x_Entwurf.docx',
      'x.docx',
      'Kopie von x.docx',
      'x (2).docx',
      'x_v3.docx',
      'x_korrigiert.docx',
      'x_neu.docx',
      'x_final.docx',
      'x_final_NEU.docx',
    ].map((name) => versionStem(name).rank)
    expect(order).toEqual(order.toSorted((a, b) => a - b))
    expect(new Set(order).size).toBe(order.length)
  })

  it('tells copies and dates', () => {
    expect(versionStem('Kopie von x.docx')).toMatchObject({ copy: true, rank: 1, markers: [{ kind: 'copy', n: 1 }] })
    expect(versionStem('x - Kopie (3).docx')).toMatchObject({ copy: true, rank: 3 })
    expect(versionStem('x_v2.docx')).toMatchObject({ copy: false, rank: 2 })
    expect(versionStem('x_Stand_01.03.2019.docx').date).toBe('2019-03-01')
    expect(versionStem('20190301_x.docx')).toMatchObject({ stem: 'x', date: '2019-03-01' })
    expect(versionStem('x_2019.docx').date).toBe('2019')
    expect(versionStem('x.docx')).toMatchObject({ copy: false, rank: 0, date: null, markers: [] })
  })
})
