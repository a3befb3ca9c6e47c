import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { groupFiles, type FileGroup, type GroupInput } from '../../src/dedupe/groupFiles.ts'
import { jaccard } from '../../src/dedupe/jaccard.ts'
import { normalisedTextKey } from '../../src/dedupe/normalisedTextKey.ts'
import { shingles } from '../../src/dedupe/shingles.ts'

const WORDS = ('Antrag Bescheid Frist Widerspruch Wohngeld Bürgergeld Arbeitszeit Gleitzeit Dienstreise Urlaub Vertretung ' +
  'Zuständigkeit Akteneinsicht Datenschutz Vollmacht Unterhalt Pflege Eingliederung Jugendhilfe Sozialhilfe Gebühr Satzung ' +
  'Verfahren Prüfung Nachweis Einkommen Vermögen Miete Heizung Haushalt').split(' ')

/** A German-ish text of `length` words, the same for the same seed. */
function text(seed: number, length = 300): string {
  let state = seed * 7919 + 1
  return Array.from({ length }, () => {
    state = (state * 1103515245 + 12345) % 2 ** 31
    return WORDS[state % WORDS.length]
  }).join(' ')
}
/** `text` with every `every`-th word replaced: a small edit for large `every`. */
const edited = (original: string, every: number) =>
  original
    .split(' ')
    .map((word, index) => (index % every === every - 1 ? 'geändert' : word))
    .join(' ')

let clock = Date.parse('2020-01-01T00:00:00Z')
function file(path: string, content: string, options: { sha?: string; mtime?: string } = {}): GroupInput {
  clock += 60_000
  return { path, name: path.split('/').at(-1)!, text: content, sha256: options.sha ?? `sha of ${content}`, mtime: options.mtime ?? new Date(clock).toISOString() }
}
const roles = (groups: FileGroup[]) =>
  groups.flatMap((group) => [group.primary, ...group.versions.map((version) => version.path), ...group.duplicates.map((duplicate) => duplicate.path)])

describe('groupFiles: duplicates', () => {
  it('folds byte-identical files anywhere into the copy outside the archive', () => {
    const law = text(1)
    const groups = groupFiles([
      file('_Archiv/Presseamt/2. Ebenenmodi.docx', law, { sha: 'a' }),
      file('Presseamt/Arbeitshilfen/GIMP/2. Ebenenmodi.docx', law, { sha: 'a' }),
      file('Alt/Ebenenmodi Kopie.docx', law, { sha: 'a' }),
    ])
    expect(groups).toEqual([
      {
        primary: 'Presseamt/Arbeitshilfen/GIMP/2. Ebenenmodi.docx',
        current: 'Presseamt/Arbeitshilfen/GIMP/2. Ebenenmodi.docx',
        states: ['Presseamt/Arbeitshilfen/GIMP/2. Ebenenmodi.docx'],
        versions: [],
        duplicates: [
          { path: 'Alt/Ebenenmodi Kopie.docx', of: 'Presseamt/Arbeitshilfen/GIMP/2. Ebenenmodi.docx', reason: 'same-bytes' },
          { path: '_Archiv/Presseamt/2. Ebenenmodi.docx', of: 'Presseamt/Arbeitshilfen/GIMP/2. Ebenenmodi.docx', reason: 'same-bytes' },
        ],
      },
    ])
  })

  it('takes the same text in different bytes (a DOCX and its PDF) as a duplicate, whatever the layout', () => {
    const body = text(2)
    const pdfLayout = body.replace(/ /g, (_, offset: number) => (offset % 7 === 0 ? '\n' : ' ')).toUpperCase()
    const groups = groupFiles([file('Amt/Weisung Urlaub.docx', body, { sha: 'docx' }), file('Amt/Weisung Urlaub.pdf', pdfLayout, { sha: 'pdf' })])
    expect(groups).toHaveLength(1)
    expect(groups[0].duplicates).toEqual([{ path: expect.any(String), of: expect.any(String), reason: 'same-text' }])
  })

  it('does not take short or empty texts in different bytes as duplicates', () => {
    const groups = groupFiles([file('Scan_1.pdf', '', { sha: '1' }), file('Scan_2.pdf', '', { sha: '2' }), file('a.txt', 'Antrag', { sha: '3' }), file('b.txt', 'Antrag', { sha: '4' })])
    expect(groups.map((group) => group.primary)).toEqual(['Scan_1.pdf', 'Scan_2.pdf', 'a.txt', 'b.txt'])
  })
})

describe('groupFiles: versions', () => {
  it('makes x, x_v2 and x_final one document, oldest to newest, anchored at the plain name', () => {
    const original = text(3)
    const groups = groupFiles([
      file('Verkehr/Straßenverkehrsgesetz_final.docx', edited(original, 20), { mtime: '2021-05-01T00:00:00Z' }),
      file('Verkehr/Straßenverkehrsgesetz.docx', original, { mtime: '2019-01-01T00:00:00Z' }),
      file('Verkehr/Straßenverkehrsgesetz_v2.docx', edited(original, 40), { mtime: '2020-03-01T00:00:00Z' }),
    ])
    expect(groups).toHaveLength(1)
    expect(groups[0]).toMatchObject({
      primary: 'Verkehr/Straßenverkehrsgesetz.docx',
      current: 'Verkehr/Straßenverkehrsgesetz_final.docx',
      states: ['Verkehr/Straßenverkehrsgesetz.docx', 'Verkehr/Straßenverkehrsgesetz_v2.docx', 'Verkehr/Straßenverkehrsgesetz_final.docx'],
      versions: [
        { path: 'Verkehr/Straßenverkehrsgesetz_v2.docx', of: 'Verkehr/Straßenverkehrsgesetz.docx' },
        { path: 'Verkehr/Straßenverkehrsgesetz_final.docx', of: 'Verkehr/Straßenverkehrsgesetz.docx' },
      ],
      duplicates: [],
    })
    expect(groups[0].versions[0].similarity).toBeGreaterThan(0.7)
  })

  it('orders files with the same modification time by the rank their names give', () => {
    const original = text(4)
    const mtime = '2026-12-03T16:41:02.106Z'
    const groups = groupFiles([
      file('A/x_final_NEU.docx', edited(original, 30), { mtime }),
      file('A/x_alt.docx', edited(original, 50), { mtime }),
      file('A/x (2).docx', edited(original, 45), { mtime }),
      file('A/x.docx', original, { mtime }),
      file('A/x_final.docx', edited(original, 35), { mtime }),
    ])
    expect(groups.map((group) => group.states)).toEqual([['A/x_alt.docx', 'A/x.docx', 'A/x (2).docx', 'A/x_final.docx', 'A/x_final_NEU.docx']])
    expect(groups[0]).toMatchObject({ primary: 'A/x.docx', current: 'A/x_final_NEU.docx' })
  })

  it('finds "Kopie von x" in another folder, but not a same-named file there', () => {
    const original = text(5)
    const groups = groupFiles([
      file('IT/Schulung/2. Die Hauptgründe, weshalb GIMP scheinbar »einfriert«.docx', original),
      file('IT/Ablage/Kopie von 2. Die Hauptgründe, weshalb GIMP scheinbar »einfriert«.docx', edited(original, 25)),
      file('Presse/2. Die Hauptgründe, weshalb GIMP scheinbar »einfriert«.docx', edited(original, 6)),
    ])
    expect(groups.map((group) => [group.primary, group.versions.map((version) => version.path)])).toEqual([
      ['IT/Schulung/2. Die Hauptgründe, weshalb GIMP scheinbar »einfriert«.docx', ['IT/Ablage/Kopie von 2. Die Hauptgründe, weshalb GIMP scheinbar »einfriert«.docx']],
      ['Presse/2. Die Hauptgründe, weshalb GIMP scheinbar »einfriert«.docx', []],
    ])
  })

  it('keeps same-named files with different texts apart (Entwurf.docx and Entwurf.odt)', () => {
    const groups = groupFiles([file('Recht/Entwurf.docx', text(6)), file('Recht/Entwurf.odt', text(7)), file('Recht/Entwurf_v2.odt', text(8))])
    expect(groups.map((group) => group.primary)).toEqual(['Recht/Entwurf.docx', 'Recht/Entwurf.odt', 'Recht/Entwurf_v2.odt'])
  })

  it('keeps similar texts under different names apart', () => {
    const original = text(9)
    const groups = groupFiles([file('A/Weisung Urlaub.docx', original), file('A/Urlaubsregelung.docx', edited(original, 30))])
    expect(groups).toHaveLength(2)
  })

  it('needs the similarity threshold: a rewritten text stays its own document', () => {
    const original = text(10)
    const rewritten = edited(original, 2)
    expect(jaccard(shingles(original), shingles(rewritten))).toBeLessThan(0.5)
    expect(groupFiles([file('A/x.docx', original), file('A/x_v2.docx', rewritten)])).toHaveLength(2)
    expect(groupFiles([file('A/x.docx', original), file('A/x_v2.docx', rewritten)], { similarity: 0 })).toHaveLength(1)
  })

  it('hangs the duplicate of an old version on that version', () => {
    const original = text(11)
    const groups = groupFiles([
      file('A/Satzung.docx', original, { sha: 'v1', mtime: '2019-01-01T00:00:00Z' }),
      file('A/Satzung_v2.docx', edited(original, 20), { sha: 'v2', mtime: '2020-01-01T00:00:00Z' }),
      file('_Archiv/Satzung.docx', original, { sha: 'v1', mtime: '2019-01-01T00:00:00Z' }),
      file('Alt/Satzung_v2.pdf', edited(original, 20), { sha: 'v2-pdf', mtime: '2020-02-01T00:00:00Z' }),
    ])
    expect(groups).toHaveLength(1)
    expect(groups[0].duplicates).toEqual([
      { path: 'Alt/Satzung_v2.pdf', of: 'A/Satzung_v2.docx', reason: 'same-text' },
      { path: '_Archiv/Satzung.docx', of: 'A/Satzung.docx', reason: 'same-bytes' },
    ])
  })
})

describe('groupFiles: every file once', () => {
  it('gives every file exactly one role, for any mix of copies, versions and names', () => {
    const names = ['x.docx', 'x_v2.docx', 'Kopie von x.docx', 'x (2).pdf', 'y.docx', 'x_final.docx', 'neu.docx']
    const folders = ['A', 'B', '_Archiv/A']
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.record({ folder: fc.constantFrom(...folders), name: fc.constantFrom(...names), seed: fc.integer({ min: 0, max: 3 }), edit: fc.integer({ min: 0, max: 40 }), day: fc.integer({ min: 1, max: 28 }) }), {
          selector: (entry) => `${entry.folder}/${entry.name}`,
          maxLength: 20,
        }),
        (entries) => {
          const input = entries.map((entry) => {
            const content = entry.edit ? edited(text(entry.seed, 80), entry.edit + 2) : text(entry.seed, 80)
            return { path: `${entry.folder}/${entry.name}`, name: entry.name, text: content, sha256: content, mtime: `2020-01-${String(entry.day).padStart(2, '0')}T00:00:00Z` }
          })
          const groups = groupFiles(input)
          expect(roles(groups).toSorted()).toEqual(input.map((entry) => entry.path).toSorted())
          for (const group of groups) {
            expect(group.states).toContain(group.primary)
            expect(group.states.at(-1)).toBe(group.current)
            expect(group.versions.map((version) => version.path)).toEqual(group.states.filter((state) => state !== group.primary))
            for (const duplicate of group.duplicates) expect(group.states).toContain(duplicate.of)
          }
        },
      ),
      { numRuns: 300 },
    )
  })

  it('groups 10,000 files with comparisons only inside stem buckets', () => {
    const input: GroupInput[] = []
    for (let n = 0; n < 2_000; n++) {
      const original = text(n, 120)
      input.push({ path: `Amt ${n % 40}/Vorgang ${n}.docx`, name: `Vorgang ${n}.docx`, text: original, sha256: `a${n}`, mtime: '2020-01-01T00:00:00Z' })
      input.push({ path: `Amt ${n % 40}/Vorgang ${n}_v2.docx`, name: `Vorgang ${n}_v2.docx`, text: edited(original, 30), sha256: `b${n}`, mtime: '2021-01-01T00:00:00Z' })
      input.push({ path: `_Archiv/Amt ${n % 40}/Vorgang ${n}.docx`, name: `Vorgang ${n}.docx`, text: original, sha256: `a${n}`, mtime: '2020-01-01T00:00:00Z' })
      input.push({ path: `Amt ${n % 40}/Einzeln ${n}.pdf`, name: `Einzeln ${n}.pdf`, text: text(n + 100_000, 50), sha256: `c${n}`, mtime: '2020-01-01T00:00:00Z' })
    }
    // 2,000 generic names in one folder: compared within a time window only.
    for (let n = 0; n < 2_000; n++) {
      input.push({ path: `Scans/Dokument1 (${n}).doc`, name: `Dokument1 (${n}).doc`, text: text(n + 200_000, 40), sha256: `d${n}`, mtime: new Date(Date.UTC(2020, 0, 1, 0, n)).toISOString() })
    }
    const stats = { comparisons: 0 }
    const groups = groupFiles(input, { stats })
    expect(roles(groups)).toHaveLength(10_000)
    expect(groups.filter((group) => group.versions.length === 1 && group.duplicates.length === 1)).toHaveLength(2_000)
    // 2,000 pairs (+ their similarity to primary) and a 64-wide window over the 2,000 generic names, not 50 million.
    expect(stats.comparisons).toBeLessThan(2_000 * 2 + 2_000 * 64 + 2_000)
  })

  it('refuses a path listed twice', () => {
    expect(() => groupFiles([file('a.txt', 'x'), file('a.txt', 'y')])).toThrow('a.txt is listed twice')
  })

  it('with text keys given, reads texts only of files whose names make them version candidates (texts wait on disk)', () => {
    const reads: string[] = []
    const lazy = (input: GroupInput): GroupInput => ({
      ...input,
      textKey: normalisedTextKey(input.text as string),
      text: () => (reads.push(input.path), input.text as string),
    })
    const weisung = text(41)
    const groups = groupFiles(
      [
        file('Amt 50/Weisung Fristen.docx', weisung),
        file('Amt 50/Weisung Fristen_v2.docx', edited(weisung, 40)),
        file('Amt 50/Einzeln.pdf', text(42)),
        file('Amt 51/Anderes.odt', text(43)),
        file('Amt 51/Anderes als PDF.pdf', text(43), { sha: 'pdf bytes' }),
      ].map(lazy),
    )
    expect(roles(groups)).toHaveLength(5)
    expect(groups.find((group) => group.primary === 'Amt 51/Anderes.odt')?.duplicates).toEqual([{ path: 'Amt 51/Anderes als PDF.pdf', of: 'Amt 51/Anderes.odt', reason: 'same-text' }])
    expect(new Set(reads)).toEqual(new Set(['Amt 50/Weisung Fristen.docx', 'Amt 50/Weisung Fristen_v2.docx']))
  })
})
