import fs from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildFixture, type FixtureFormat, type FixtureSpec } from '@lotse/extraction/testing'
import { documentBlocks, editBlocks, TOPICS } from './germanText.ts'
import { randomSource, type Random } from '../randomSource.ts'

export type Expected = 'import' | 'duplicate' | 'version' | 'junk' | 'broken'

export interface DriveEntry {
  /** Relative path as the migration reports it (NFC; Windows-1252 names as decoded). */
  path: string
  format: string
  expected: Expected
  bytes: number
}

export interface GeneratedDrive {
  root: string
  entries: DriveEntry[]
  bytes: number
}

const DEPARTMENTS = ['Amt 10 - Hauptamt', 'Amt 20 - Kämmerei', 'Amt 32 - Ordnungsamt', 'Amt 50 - Sozialamt', 'Amt 51 - Jugendamt', 'Amt 61 - Stadtplanung']
const FOLDERS = ['Weisungen', 'Richtlinien', 'Arbeitshilfen', 'Formulare', 'Rundschreiben', 'Anleitungen', 'Allgemein/2019', 'Projekte/Alt/Unterlagen']
const KINDS: Record<string, string> = {
  Weisungen: 'Dienstanweisung',
  Richtlinien: 'Richtlinie',
  Arbeitshilfen: 'Arbeitshilfe',
  Formulare: 'Antrag',
  Rundschreiben: 'Rundschreiben',
  Anleitungen: 'Anleitung',
}
// Shares of the unique documents by format (of a department drive: mostly Word and PDF).
const FORMATS: [FixtureFormat, number][] = [
  ['docx', 30],
  ['pdf', 20],
  ['odt', 7],
  ['rtf', 6],
  ['txt', 7],
  ['html', 7],
  ['md', 4],
  ['xlsx', 7],
  ['pptx', 5],
  ['ods', 4],
  ['odp', 3],
]
const LEGACY_DOC = fileURLToPath(new URL('../../../extraction/tests/fixtures/gebaeudeenergiegesetz.doc', import.meta.url))

function formatPicker(random: Random) {
  const total = FORMATS.reduce((sum, [, weight]) => sum + weight, 0)
  return () => {
    let roll = random.next() * total
    for (const [format, weight] of FORMATS) if ((roll -= weight) < 0) return format
    return FORMATS[0][0]
  }
}

/**
 * Writes a department drive of `files` files (≥ 2,000 for the benchmark) into `root`: unique documents of every format
 * the migration reads (docx, pdf, odt, rtf, txt, html, md, xlsx, pptx, ods, odp and an old .doc), byte-identical
 * copies in archive folders, versions (_v2, _final, "Kopie von") with small edits, junk (lock files, Thumbs.db,
 * desktop.ini, .DS_Store, empty files, shortcuts, temp files) and broken files (truncated, password-protected PDF, zip
 * bombs, scans without text). Names have umlauts (some decomposed), spaces, long paths and two are not UTF-8.
 * Returns what each file is expected to become.
 */
export async function generateDrive(root: string, options: { files?: number; seed?: number; onProgress?: (done: number) => void } = {}): Promise<GeneratedDrive> {
  const total = options.files ?? 2_000
  const random = randomSource(options.seed ?? 13)
  const nextFormat = formatPicker(random)
  const entries: DriveEntry[] = []
  const originals: { path: string; spec: FixtureSpec; bytes: Buffer; mtime: Date }[] = []
  const write = async (relative: string, bytes: Buffer, expected: Expected, format: string, mtime: Date, rawName?: Buffer) => {
    const target = path.join(root, relative)
    await fs.mkdir(path.dirname(target), { recursive: true })
    const file = rawName ? Buffer.concat([Buffer.from(path.dirname(target) + '/'), rawName]) : target
    await fs.writeFile(file, bytes)
    await fs.utimes(file, mtime, mtime)
    entries.push({ path: relative.normalize('NFC'), format, expected, bytes: bytes.length })
    options.onProgress?.(entries.length)
  }
  const someDay = () => new Date(Date.UTC(random.int(2012, 2024), random.int(0, 11), random.int(1, 28), random.int(7, 18)))

  const counts = {
    junk: Math.round(total * 0.04),
    broken: Math.round(total * 0.02),
    duplicates: Math.round(total * 0.07),
    versions: Math.round(total * 0.05),
    legacy: 3,
  }
  const unique = total - counts.junk - counts.broken - counts.duplicates - counts.versions - counts.legacy

  // Unique documents.
  for (let n = 0; n < unique; n++) {
    const department = random.pick(DEPARTMENTS)
    const folder = random.pick(FOLDERS)
    const topic = random.pick(TOPICS)
    const title = `${KINDS[folder.split('/')[0]] ?? 'Vermerk'} ${topic} ${n + 1}`
    const format = nextFormat()
    const large = random.chance(0.02)
    const spec: FixtureSpec = {
      format,
      blocks: documentBlocks(random, title, large ? random.int(120, 200) : random.int(2, 25)),
      title: random.chance(0.6) ? title : random.pick(['Dokument1', 'Vorlage', title, 'Microsoft Word - alt.doc']),
      author: random.pick(['Müller, Hans', 'Schmidt', 'Özdemir, Ayşe', 'Sachbearbeitung 50.2']),
      created: someDay(),
    }
    let name = `${title}.${format}`
    if (n % 150 === 7) name = name.normalize('NFD') // written on a Mac
    if (n % 400 === 11) name = `${'Sehr ausführliche Bezeichnung einer Arbeitshilfe mit langem Namen '.repeat(3).trim()} ${n}.${format}`
    const relative = `${department}/${folder}/${name}`
    const bytes = await buildFixture(spec)
    const mtime = someDay()
    await write(relative, bytes, 'import', format, mtime)
    originals.push({ path: relative, spec, bytes, mtime })
  }
  // Two names in Windows-1252 ("Übersicht Gebühren n.txt" with 0xDC and 0xFC), as an old Samba share writes them.
  for (const [index, original] of originals.filter((entry) => entry.spec.format === 'txt').slice(0, 2).entries()) {
    const decoded = `Übersicht Gebühren ${index + 1}.txt`
    const relative = `${path.dirname(original.path)}/${decoded}`
    const bytes = await buildFixture({ ...original.spec, blocks: documentBlocks(random, decoded, 4) })
    await write(relative, bytes, 'import', 'txt', someDay(), Buffer.from(decoded, 'latin1'))
    entries.splice(entries.findIndex((entry) => entry.path === relative), 1)
    entries.push({ path: relative, format: 'txt', expected: 'import', bytes: bytes.length })
  }
  // An old Word 97 file (the builders write no .doc): one original and two copies.
  const legacy = await fs.readFile(LEGACY_DOC)
  await write('Amt 61 - Stadtplanung/Rechtsgrundlagen/Gebäudeenergiegesetz.doc', legacy, 'import', 'doc', new Date(Date.UTC(2014, 2, 3)))
  await write('_Archiv/Amt 61/Gebäudeenergiegesetz.doc', legacy, 'duplicate', 'doc', new Date(Date.UTC(2014, 2, 3)))
  await write('Amt 61 - Stadtplanung/Alt/GEG alt.doc', legacy, 'duplicate', 'doc', new Date(Date.UTC(2014, 2, 3)))

  // Byte-identical copies in archive folders and elsewhere, with the original's modification time (as Explorer copies).
  for (let n = 0; n < counts.duplicates; n++) {
    const original = originals[(n * 7919) % originals.length]
    const where = n % 3 === 0 ? `Persönliche Ablage/${random.pick(['Meier', 'Kaya', 'Schulz'])}` : `_Archiv/${original.path.split('/')[0]}`
    const relative = `${where}/${n}/${path.basename(original.path)}`
    await write(relative, original.bytes, 'duplicate', original.spec.format, original.mtime)
  }
  // Versions: a small edit, saved next to the original under a marked name, later.
  const markers = [(base: string) => `${base}_v2`, (base: string) => `${base}_final`, (base: string) => `Kopie von ${base}`, (base: string) => `${base} (2)`, (base: string) => `${base}_final_NEU`]
  const versioned = originals.filter((original) => original.spec.blocks.length > 4 && !['xlsx', 'ods'].includes(original.spec.format))
  for (let n = 0; n < counts.versions; n++) {
    const original = versioned[(n * 104_729) % versioned.length]
    const extension = path.extname(original.path)
    const base = path.basename(original.path, extension)
    const relative = `${path.dirname(original.path)}/${markers[n % markers.length](base)}${extension}`
    if (entries.some((entry) => entry.path === relative.normalize('NFC'))) continue
    const bytes = await buildFixture({ ...original.spec, blocks: editBlocks(random, original.spec.blocks) })
    await write(relative, bytes, 'version', original.spec.format, new Date(Date.UTC(2025, 0, 1 + n)))
  }
  // Junk.
  const junk: [string, () => Buffer][] = [
    ['~$%s.docx', () => Buffer.from('\u0006Müller                                                     ')],
    ['Thumbs.db', () => Buffer.alloc(4096, 7)],
    ['desktop.ini', () => Buffer.from('[.ShellClassInfo]\r\nIconResource=C:\\Windows\\system32\\imageres.dll,-3\r\n')],
    ['.DS_Store', () => Buffer.alloc(6148, 0)],
    ['leer %s.docx', () => Buffer.alloc(0)],
    ['Verknüpfung mit %s.lnk', () => Buffer.from('L\u0000\u0000\u0000')],
    ['~WRL%s.tmp', () => Buffer.alloc(512, 1)],
    ['.~lock.%s.odt#', () => Buffer.from(',Müller,PC-17,03.12.2026 09:14,file:///home/mueller;')],
  ]
  for (let n = 0; n < counts.junk; n++) {
    const [pattern, bytes] = junk[n % junk.length]
    const relative = `${random.pick(DEPARTMENTS)}/${random.pick(FOLDERS)}/${n}/${pattern.replace('%s', String(n))}`
    await write(relative, bytes(), 'junk', path.extname(relative).slice(1) || 'none', someDay())
  }
  // Broken files: truncated, password-protected, zip bombs, scans without a text layer.
  const broken: Pick<FixtureSpec, 'format' | 'variant'>[] = [
    { format: 'docx', variant: 'truncated' },
    { format: 'pdf', variant: 'truncated' },
    { format: 'pdf', variant: 'encrypted' },
    { format: 'docx', variant: 'zipBomb' },
    { format: 'xlsx', variant: 'zipBomb' },
    { format: 'odt', variant: 'truncated' },
    { format: 'pdf', variant: 'imageOnly' },
    { format: 'pptx', variant: 'truncated' },
  ]
  for (let n = 0; n < counts.broken; n++) {
    const kind = broken[n % broken.length]
    const title = `Scan Vorgang ${n}`
    const spec: FixtureSpec = { ...kind, blocks: documentBlocks(random, title, kind.variant === 'imageOnly' ? 2 : 6) }
    const relative = `Alt/Defekt/${n}/${kind.variant}_${n}.${kind.format}`
    await write(relative, await buildFixture(spec), 'broken', kind.format, someDay())
  }
  return { root, entries, bytes: entries.reduce((sum, entry) => sum + entry.bytes, 0) }
}
