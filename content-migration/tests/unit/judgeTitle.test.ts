import { describe, expect, it } from 'vitest'
import { judgeTitle, type TitleBlock, type TitleInput } from '../../src/identify/judgeTitle.ts'

const LAW_TEXT = [
  'Umsatzsteuergesetz',
  'Umsatzsteuergesetz (UStG 1980)',
  'Ausfertigungsdatum 1979-11-26',
  'Fundstelle BGBl I: 1979, 1953',
  'Erster Abschnitt - Steuergegenstand und Geltungsbereich',
  '§ 1 Steuerbare Umsätze. (1) Der Umsatzsteuer unterliegen die folgenden Umsätze: die Lieferungen und sonstigen Leistungen, ' +
    'die ein Unternehmer im Inland gegen Entgelt im Rahmen seines Unternehmens ausführt, die Einfuhr von Gegenständen im Inland, ' +
    'der innergemeinschaftliche Erwerb im Inland gegen Entgelt.',
].join('\n\n')

const HOMEOFFICE_TEXT = [
  'Dienstanweisung zur mobilen Arbeit und zum Homeoffice',
  'Diese Dienstanweisung regelt, unter welchen Voraussetzungen Beschäftigte der Stadtverwaltung mobil oder im Homeoffice arbeiten ' +
    'dürfen. Sie gilt für alle Ämter. Anträge auf mobile Arbeit stellen Beschäftigte bei ihrer Vorgesetzten; die Vereinbarung ' +
    'wird für ein Jahr geschlossen und kann verlängert werden. Die Arbeitszeit wird elektronisch erfasst.',
].join('\n\n')

const input = (overrides: Partial<TitleInput>): TitleInput => ({ fileName: 'Dokument.docx', properties: {}, blocks: [], text: '', ...overrides })
const heading = (text: string, level = 1): TitleBlock => ({ type: 'heading', level, text })
const paragraph = (text: string): TitleBlock => ({ type: 'paragraph', text })

describe('judgeTitle: document properties', () => {
  it('trusts a property title that fits the text', () => {
    expect(judgeTitle(input({ fileName: 'neu.docx', properties: { title: 'Umsatzsteuergesetz' }, text: LAW_TEXT }))).toEqual({
      title: 'Umsatzsteuergesetz',
      from: 'properties',
    })
    expect(
      judgeTitle(input({ fileName: 'DA_mobil.docx', properties: { title: '  Dienstanweisung  Homeoffice ' }, text: HOMEOFFICE_TEXT })),
    ).toEqual({ title: 'Dienstanweisung Homeoffice', from: 'properties' })
  })

  it.each([
    'Dokument1',
    'Document1',
    'Dokument 12',
    'Vorlage',
    'Template',
    'Briefvorlage',
    'Microsoft Word - Weisung_Homeoffice.doc',
    'Microsoft PowerPoint - Präsentation1',
    'Folie 1',
    'Präsentation1',
    'PowerPoint-Präsentation',
    'Unbenannt',
    'Untitled',
    'untitled-3',
    'Ohne Titel',
    'Titel',
    'Neues Microsoft Word-Dokument',
    '1',
    '2019',
    '---',
    '§ 1.2 (3)',
    'Weisung_Homeoffice.docx',
    'S:\\Personalamt\\Weisungen\\Homeoffice.doc',
    'Entwurf',
    'Inhaltsverzeichnis',
    'xy',
  ])('rejects the tool or template title %j', (title) => {
    const judged = judgeTitle(input({ fileName: 'Dienstanweisung Homeoffice.docx', properties: { title }, text: HOMEOFFICE_TEXT }))
    expect(judged.from).not.toBe('properties')
    expect(judged.title).toBe('Dienstanweisung Homeoffice')
  })

  it.each([
    ['Müller, Hans', 'Hans Müller'],
    ['Hans Müller', 'Hans Müller'],
    ['hmueller', 'hmueller'],
    ['Mueller', 'Hans Müller'],
  ])('rejects the author as title (%s by %s)', (title, author) => {
    const judged = judgeTitle(input({ fileName: 'Dienstanweisung Homeoffice.docx', properties: { title, author }, text: HOMEOFFICE_TEXT }))
    expect(judged).toEqual({ title: 'Dienstanweisung Homeoffice', from: 'fileName' })
  })

  it('rejects a title copied with the template from another document', () => {
    const judged = judgeTitle(
      input({ fileName: 'DA_mobil.docx', properties: { title: 'Dienstanweisung Reisekostenabrechnung' }, text: HOMEOFFICE_TEXT }),
    )
    expect(judged).toEqual({ title: 'DA mobil', from: 'fileName' })
    const law = judgeTitle(input({ fileName: 'neu.docx', properties: { title: 'Abgabenordnung' }, text: LAW_TEXT }))
    expect(law).toEqual({ title: 'Umsatzsteuergesetz', from: 'text' })
  })

  it('matches title words against compounds and inflections in the text', () => {
    const judged = judgeTitle(
      input({ fileName: 'x.docx', properties: { title: 'Regelungen zur Arbeitszeit im Homeoffice' }, text: HOMEOFFICE_TEXT }),
    )
    expect(judged.from).toBe('properties')
  })

  it('gives a clean property title the benefit of the doubt when there is too little text to judge', () => {
    expect(judgeTitle(input({ fileName: 'Scan_20210517.pdf', properties: { title: 'Abgabenordnung' }, text: '' }))).toEqual({
      title: 'Abgabenordnung',
      from: 'properties',
    })
  })

  it('accepts a property title that repeats the file name even when the text does not say it', () => {
    const judged = judgeTitle(input({ fileName: 'Leitfaden Telearbeit.docx', properties: { title: 'Leitfaden Telearbeit' }, text: LAW_TEXT }))
    expect(judged).toEqual({ title: 'Leitfaden Telearbeit', from: 'properties' })
  })
})

describe('judgeTitle: headings', () => {
  it('takes the first heading when the properties say nothing', () => {
    const blocks = [heading('4.5. Ein Bild zuschneiden'), paragraph('Es gibt viele Gründe, ein Bild zuzuschneiden.')]
    expect(judgeTitle(input({ fileName: 'Entwurf.odt', blocks }))).toEqual({ title: '4.5. Ein Bild zuschneiden', from: 'heading' })
  })

  it('skips boilerplate, section and overlong headings', () => {
    const blocks = [
      heading('Inhaltsverzeichnis'),
      heading('Table of contents', 2),
      heading('§ 1 Geltungsbereich', 2),
      heading('1.1 Geltungsbereich', 2),
      heading('A'.repeat(40) + ' ' + 'sehr lange Überschrift, die eher ein Absatz ist und als Titel nichts taugt '.repeat(3)),
      heading('Richtlinie zur Beschaffung von IT-Geräten'),
    ]
    expect(judgeTitle(input({ fileName: 'RL_IT.docx', blocks }))).toEqual({ title: 'Richtlinie zur Beschaffung von IT-Geräten', from: 'heading' })
  })

  it('prefers an H1 over an H2 that opens the document', () => {
    const blocks = [heading('Amt 50 – Sozialamt', 2), heading('Arbeitshilfe Wohngeld'), paragraph('Text')]
    expect(judgeTitle(input({ blocks })).title).toBe('Arbeitshilfe Wohngeld')
  })

  it('ignores a lower heading deep in the document: it names a section', () => {
    const blocks = [paragraph('Liebe Kolleginnen und Kollegen,'), paragraph('Text.'), paragraph('Mehr Text.'), heading('Erstattung von Fahrtkosten', 2)]
    expect(judgeTitle(input({ fileName: 'Dienstanweisung Reisekosten.docx', blocks }))).toEqual({
      title: 'Dienstanweisung Reisekosten',
      from: 'fileName',
    })
  })

  it('ignores list and table blocks', () => {
    const blocks: TitleBlock[] = [{ type: 'table', text: undefined }, { type: 'list' }]
    expect(judgeTitle(input({ fileName: 'Vordruck Dienstreiseantrag.pdf', blocks })).from).toBe('fileName')
  })
})

describe('judgeTitle: file names and text', () => {
  it.each([
    ['Straßenverkehrsgesetz_v2.docx', 'Straßenverkehrsgesetz'],
    ['5. Mit Pfaden arbeiten_final.docx', '5. Mit Pfaden arbeiten'],
    ['Kopie von 2. Die Hauptgründe, weshalb GIMP scheinbar »einfriert«.docx', '2. Die Hauptgründe, weshalb GIMP scheinbar »einfriert«'],
    ['Arbeitshilfe_Wohngeld_final_NEU.docx', 'Arbeitshilfe Wohngeld'],
    ['Gesetz über Ordnungswidrigkeiten - Kopie.docx', 'Gesetz über Ordnungswidrigkeiten'],
  ])('cleans the file name %s', (fileName, title) => {
    expect(judgeTitle(input({ fileName, text: 'kurz' }))).toEqual({ title, from: 'fileName' })
  })

  it.each(['Dokument1.doc', 'neu.docx', 'Entwurf.odt', 'Scan_20210517.pdf', 'Neues Microsoft Word-Dokument (2).docx', 'Unbenannt 3.docx'])(
    'reads the first line of the text when the file name %s is generic',
    (fileName) => {
      expect(judgeTitle(input({ fileName, text: LAW_TEXT }))).toEqual({ title: 'Umsatzsteuergesetz', from: 'text' })
    },
  )

  it('does not take a sentence or boilerplate as the first line', () => {
    const text = 'Sehr geehrte Damen und Herren, hiermit teilen wir Ihnen mit, dass die Regelung ab sofort gilt.\n\nMehr.'
    expect(judgeTitle(input({ fileName: 'neu.docx', text }))).toEqual({ title: 'neu', from: 'fileName' })
    expect(judgeTitle(input({ fileName: 'Dokument1.doc', text: 'Inhaltsverzeichnis\n\n1. Einleitung' }))).toEqual({
      title: 'Dokument1',
      from: 'fileName',
    })
  })

  it('always returns a title, even for an empty name and text', () => {
    expect(judgeTitle(input({ fileName: '.docx', text: '' }))).toEqual({ title: '.docx', from: 'fileName' })
    expect(judgeTitle(input({ fileName: '', text: '' }))).toEqual({ title: 'Ohne Titel', from: 'fileName' })
  })
})

describe('judgeTitle: tidying', () => {
  it('drops quotes around a whole title and keeps quotes inside it', () => {
    const text = '2. Die Hauptgründe, weshalb GIMP scheinbar »einfriert«\n\n' + 'GIMP reagiert nicht mehr, weil ein Dialog verdeckt ist. '.repeat(10)
    expect(judgeTitle(input({ properties: { title: '2. Die Hauptgründe, weshalb GIMP scheinbar »einfriert«' }, text })).title).toBe(
      '2. Die Hauptgründe, weshalb GIMP scheinbar »einfriert«',
    )
    expect(judgeTitle(input({ fileName: 'LF.docx', properties: { title: '„Leitfaden Telearbeit“' } })).title).toBe('Leitfaden Telearbeit')
  })

  it('takes a numbered chapter whose name is a tool word ("2. Text") but not a tool default ("Text 2")', () => {
    const text = '2. Text\n\n' + 'Mit dem Textwerkzeug setzen Sie Text in ein Bild. '.repeat(10)
    expect(judgeTitle(input({ fileName: 'neu.html', properties: { title: '2. Text' }, text }))).toEqual({ title: '2. Text', from: 'properties' })
    expect(judgeTitle(input({ fileName: 'neu.html', properties: { title: 'Text 2' }, text })).from).not.toBe('properties')
  })
})
