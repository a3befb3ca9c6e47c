import { describe, expect, it } from 'vitest'
import { classifyPath } from '../../src/mapping/classifyPath.ts'
import { compileGlob } from '../../src/mapping/compileGlob.ts'
import { kindFromFolders } from '../../src/mapping/kindFromFolders.ts'
import type { Mapping } from '../../src/mapping/Mapping.ts'
import { parseMapping } from '../../src/mapping/parseMapping.ts'

const NONE: Mapping = { defaults: {}, rules: [] }

describe('compileGlob', () => {
  it.each([
    ['Sozialamt/Weisungen', 'Sozialamt/Weisungen', true],
    ['Sozialamt/Weisungen', 'Sozialamt/Weisungen/x.docx', false],
    ['Sozialamt/Weisungen/**', 'Sozialamt/Weisungen/2019/x.docx', true],
    ['**/Formulare/**', 'Formulare/x.pdf', true],
    ['**/Formulare/**', 'Amt 50/Abt 2/Formulare/x.pdf', true],
    ['**/Formulare/**', 'Amt 50/Formulare-alt/x.pdf', false],
    ['*/Rechtsgrundlagen', 'Rechtsamt/Rechtsgrundlagen', true],
    ['*/Rechtsgrundlagen', 'a/b/Rechtsgrundlagen', false],
    ['**/*.pdf', 'a/b/c.PDF', true],
    ['Weisung_?.docx', 'Weisung_2.docx', true],
    ['**/{Formulare,Vordrucke}/*', 'Amt/Vordrucke/x.pdf', true],
    ['Kaemmerei/**', 'Kämmerei/Steuern/x.pdf', true],
    ['KÄMMEREI/**', 'kaemmerei/x.pdf', true],
    ['Amt (50)+/**', 'Amt (50)+/x', true],
    ['Amt (50)+/**', 'Amt 50/x', false],
  ])('%s on %s → %s', (pattern, path, matches) => {
    expect(compileGlob(pattern).regex.test(path.toLowerCase().replace('ä', 'ae'))).toBe(matches)
  })

  it('ranks literal folders above wildcards', () => {
    const specificity = (pattern: string) => compileGlob(pattern).specificity
    expect(specificity('Sozialamt/Weisungen/**')).toEqual([2, 18])
    expect(specificity('**/Weisungen/**')).toEqual([1, 9])
    expect(specificity('Sozialamt/*/Weisungen')).toEqual([2, 18])
  })
})

describe('kindFromFolders', () => {
  it.each([
    [['Sozialamt', 'Weisungen'], 'directive'],
    [['Ordnungsamt', 'Gewerbe', 'Weisungen 2016'], 'directive'],
    [['Personalamt', 'Dienstanweisungen'], 'instruction'],
    [['DIENSTANWEISUNGEN'], 'instruction'],
    [['Dienstvorschriften'], 'instruction'],
    [['Verwaltungsvorschriften'], 'directive'],
    [['Richtlinien'], 'policy'],
    [['Vergaberichtlinien'], 'policy'],
    [['Leitlinien'], 'policy'],
    [['Presseamt', 'Arbeitshilfen', 'GIMP'], 'work-aid'],
    [['Handreichungen'], 'work-aid'],
    [['Leitfäden'], 'work-aid'],
    [['Leitfaeden'], 'work-aid'],
    [['Schulungsunterlagen'], 'work-aid'],
    [['Merkblätter'], 'work-aid'],
    [['IT', 'Anleitungen', 'Bildbearbeitung'], 'work-aid'],
    [['Handbücher'], 'work-aid'],
    [['Anweisungen'], 'instruction'],
    [['Arbeitsanweisungen'], 'instruction'],
    [['Formulare'], 'form'],
    [['Antragsformulare'], 'form'],
    [['Vordrucke'], 'form'],
    [['Rundschreiben'], 'news'],
    [['Mitteilungen'], 'news'],
    [['Pressemitteilungen'], 'news'],
    [['News'], 'news'],
    [['Weisungen', 'Formulare'], 'form'],
  ] as const)('%j → %s', (folders, kind) => {
    expect(kindFromFolders(folders)).toBe(kind)
  })

  it.each([[['Kämmerei', 'Schlüsselzuweisungen']], [['Zahlungsanweisungen']], [['Jugendhilfe']], [['Informationen']], [['Rechtsgrundlagen']], [[]]])(
    'says nothing for %j',
    (folders) => {
      expect(kindFromFolders(folders)).toBeNull()
    },
  )
})

describe('classifyPath', () => {
  const mapping = parseMapping(`
defaults:
  ownerUnit: "10"
  status: draft
  topics: [Verwaltung]
rules:
  - match: Sozialamt
    ownerUnit: "50"
    topics: [Soziales]
  - match: Sozialamt/Weisungen/**
    kind: directive
    ownerUnit: "50.2"
    status: published
    approvedBy: leitung@stadt.example
  - match: "**/Formulare/**"
    kind: form
    topics: [Formulare]
  - match: "**/Formulare/**"
    kind: news
  - match: Sozialamt/Wohngeld/Alt
    status: draft
`)

  it('combines rules from broad to narrow, each field from the most specific rule that sets it', () => {
    expect(classifyPath('Sozialamt/Weisungen/Formulare/Antrag.pdf', mapping)).toEqual({
      kind: 'directive',
      kindFrom: 'rule',
      ownerUnit: '50.2',
      topics: ['Verwaltung', 'Formulare', 'Soziales'],
      status: 'published',
      approvedBy: 'leitung@stadt.example',
      matched: true,
      rules: ['**/Formulare/**', '**/Formulare/**', 'Sozialamt', 'Sozialamt/Weisungen/**'],
    })
  })

  it('lets the earlier of two equally specific rules win', () => {
    expect(classifyPath('Bauamt/Formulare/Antrag.pdf', mapping)).toMatchObject({ kind: 'form', ownerUnit: '10', matched: true })
  })

  it('takes the kind from folder names when no rule sets one, and marks files only defaults applied to', () => {
    expect(classifyPath('Sozialamt/Arbeitshilfen/Bürgergeld.docx', mapping)).toMatchObject({ kind: 'work-aid', kindFrom: 'folder', ownerUnit: '50', matched: true })
    expect(classifyPath('Ordnungsamt/Gewerbe/Weisungen 2016/Gaststättengesetz.docx', mapping)).toEqual({
      kind: 'directive',
      kindFrom: 'folder',
      ownerUnit: '10',
      topics: ['Verwaltung'],
      status: 'draft',
      matched: false,
      rules: [],
    })
    expect(classifyPath('Kämmerei/Steuern und Abgaben/Abgabenordnung.pdf', mapping)).toMatchObject({ kind: 'work-aid', kindFrom: 'default', matched: false })
  })

  it('matches case- and umlaut-insensitively and on NFD paths', () => {
    expect(classifyPath('SOZIALAMT/weisungen/x.docx', mapping)).toMatchObject({ kind: 'directive', ownerUnit: '50.2' })
    const umlauts = parseMapping('rules:\n  - match: Kaemmerei/Gebühren\n    ownerUnit: "20"')
    expect(classifyPath('Kämmerei/Gebuehren/Satzung.pdf'.normalize('NFD'), umlauts)).toMatchObject({ ownerUnit: '20', matched: true })
  })

  it('does not take a folder for a longer name that starts the same', () => {
    expect(classifyPath('Sozialamt-Archiv/x.docx', mapping)).toMatchObject({ ownerUnit: '10', matched: false })
  })

  it('works without a mapping file', () => {
    expect(classifyPath('Presseamt/Arbeitshilfen/GIMP/2. Ebenenmodi.docx', NONE)).toEqual({
      kind: 'work-aid',
      kindFrom: 'folder',
      ownerUnit: null,
      topics: [],
      matched: false,
      rules: [],
    })
    expect(classifyPath('readme.txt', { defaults: { kind: 'news' }, rules: [] })).toMatchObject({ kind: 'news', kindFrom: 'default' })
  })
})
