import { execFileSync } from 'node:child_process'
import fs from 'node:fs/promises'
import path from 'node:path'
import { sql, transactionDb } from '@lotse/cms/migration'
import type { Block } from '@lotse/extraction'
import { buildFixture, writeFixture } from '@lotse/extraction/testing'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { FileEntry, MigrationReport } from '../../src/report/MigrationReport.ts'
import { importDrive, tempDir, testPayload, touch, unique } from './support/importSetup.ts'
import { startSearchApi } from './support/searchApi.ts'

// Uploads go to a throwaway directory, set before the CMS config (and its env) is loaded.
const mediaDir = vi.hoisted(() => {
  const dir = `${process.env.TMPDIR ?? '/tmp'}/lotse-import-media-${process.pid}`
  process.env.MEDIA_DIR = dir
  return dir
})

const hasOcr = (() => {
  try {
    return execFileSync('tesseract', ['--list-langs'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).includes('deu')
  } catch {
    return false
  }
})()

let payload: Payload
let unitCode: string
let unitId: number
let approver: { id: number; email: string }
let foreignEditor: { email: string }
let unitEditor: { email: string }
let drive: string
let mappingFile: string

const structured: Block[] = [
  { type: 'heading', level: 1, text: 'Dienstanweisung Posteingang' },
  { type: 'paragraph', text: 'Eingehende Post wird am Tag des Eingangs gestempelt und verteilt.' },
  { type: 'list', ordered: true, items: ['Stempeln', 'Scannen', 'Verteilen'] },
  { type: 'table', rows: [['Frist', 'Tage'], ['Eilsachen', '1']] },
]
const paragraph = (text: string): Block[] => [{ type: 'paragraph', text }]
const reisekosten = (extra: string): Block[] => [
  { type: 'heading', level: 1, text: 'Arbeitshilfe Reisekosten' },
  { type: 'paragraph', text: `Dienstreisen werden vorab beantragt. Die Erstattung richtet sich nach dem Landesreisekostengesetz und wird binnen sechs Monaten beantragt. ${extra}` },
]

/** A drive with every format, copies, versions, junk, broken files and a folder no mapping rule knows. */
async function buildDrive(root: string, unitFolder: string): Promise<void> {
  const weisungen = `${unitFolder}/Weisungen`
  await writeFixture(root, `${weisungen}/Dienstanweisung Post.docx`, { format: 'docx', title: 'Dokument1', blocks: structured })
  await fs.mkdir(path.join(root, 'Archiv'), { recursive: true })
  await fs.copyFile(path.join(root, `${weisungen}/Dienstanweisung Post.docx`), path.join(root, 'Archiv/Kopie von Dienstanweisung Post.docx'))
  const hilfen = `${unitFolder}/Arbeitshilfen`
  const versions = [
    ['Reisekosten.docx', '2019-01-10T09:00:00Z', 'Stand 2019.'],
    ['Reisekosten_v2.docx', '2020-05-10T09:00:00Z', 'Stand 2020, Kilometerpauschale angepasst.'],
    ['Reisekosten_final.docx', '2021-02-10T09:00:00Z', 'Stand 2021, Kilometerpauschale und Tagegeld angepasst.'],
  ] as const
  for (const [name, mtime, extra] of versions) {
    await touch(await writeFixture(root, `${hilfen}/${name}`, { format: 'docx', blocks: reisekosten(extra) }), mtime)
  }
  const formats = [
    ['pdf', 'Merkblatt Datenschutz im Bürgerbüro'],
    ['txt', 'Telefonliste Bereitschaftsdienst Winterdienst'],
    ['html', 'Hinweise zur Barrierefreiheit der Webseiten'],
    ['md', 'Anleitung Videokonferenzen im Ratssaal'],
    ['odt', 'Richtlinie Homeoffice Ausstattung'],
    ['rtf', 'Vorlage Bescheid Hundesteuer Ermäßigung'],
    ['xlsx', 'Gebührentabelle Sondernutzung Straßenland'],
    ['pptx', 'Schulung Aktenführung Grundlagen'],
  ] as const
  for (const [format, text] of formats) {
    const spec = { format, title: text, blocks: [{ type: 'heading' as const, level: 1 as const, text }, ...paragraph(`${text}: Inhalt für die Suche ${format}.`)] }
    const bytes = await buildFixture(spec).catch(() => null)
    if (bytes) await fs.writeFile(path.join(root, `${hilfen}/${text}.${format}`), bytes)
  }
  await writeFixture(root, `${unitFolder}/Formulare/Antrag Winterdienst.txt`, { format: 'txt', encoding: 'windows-1252', blocks: paragraph('Antrag auf Räumung: Straße, Hausnummer, Unterschrift.') })
  await writeFixture(root, `${unitFolder}/Scans/Aktenplan Scan.pdf`, { format: 'pdf', variant: 'imageOnly', blocks: paragraph('Aktenplan der Stadtverwaltung Ordnungsamt') })
  await writeFixture(root, `${unitFolder}/Defekt/Protokoll abgeschnitten.docx`, { format: 'docx', variant: 'truncated', blocks: paragraph('Protokoll der Sitzung') })
  await writeFixture(root, `${unitFolder}/Defekt/Geheim verschlüsselt.pdf`, { format: 'pdf', variant: 'encrypted', blocks: paragraph('Vertraulicher Vermerk') })
  for (const junk of [`${weisungen}/~$enstanweisung Post.docx`, `${hilfen}/Thumbs.db`, 'desktop.ini', 'Archiv/.DS_Store']) {
    await fs.writeFile(path.join(root, junk), 'x')
  }
  await fs.writeFile(path.join(root, `${hilfen}/leer.txt`), '')
  await writeFixture(root, 'Sonstiges/Notiz Fuhrpark.md', { format: 'md', blocks: paragraph('Der Fuhrpark wird jeden Montag geprüft.') })
}

const outcomes = (report: MigrationReport) => Object.fromEntries(report.files.map((file) => [file.path, file.outcome]))
const entryOf = (report: MigrationReport, suffix: string): FileEntry => report.files.find((file) => file.path.endsWith(suffix))!
const countRows = async (table: string, where = sql`true`) => {
  const db = await transactionDb({ payload, transactionID: undefined })
  const { rows } = await db.execute<{ n: string }>(sql`SELECT count(*) AS n FROM ${sql.identifier(table)} WHERE ${where}`)
  return Number(rows[0].n)
}
/** Everything an import can write, counted. */
const footprint = async () => ({
  documents: await countRows('documents'),
  versions: await countRows('_documents_v'),
  files: await countRows('files'),
  audit: await countRows('audit_log'),
  outbox: await countRows('search_outbox'),
  runs: await countRows('migration_runs'),
  states: await countRows('migration_file_states'),
  units: await countRows('org_units'),
  topics: await countRows('topics'),
})

beforeAll(async () => {
  payload = await testPayload()
  unitCode = unique('Amt')
  unitId = (await payload.create({ collection: 'org-units', data: { name: `Ordnungsamt ${unitCode}`, shortCode: unitCode }, overrideAccess: true })).id
  const other = await payload.create({ collection: 'org-units', data: { name: 'Anderes Amt', shortCode: unique('Amt') }, overrideAccess: true })
  const user = (roles: ('editor' | 'admin')[], orgUnit?: number) =>
    payload.create({ collection: 'users', data: { email: `${unique(roles[0])}@test.lotse`, name: 'Freigabe', roles, password: 'test-password', orgUnit }, overrideAccess: true })
  // Unmatched files land in the new fallback unit, which only an admin may approve for.
  approver = await user(['admin'])
  unitEditor = await user(['editor'], unitId)
  foreignEditor = await user(['editor'], other.id)
  drive = await tempDir('drive')
  await buildDrive(drive, `${unitCode} - Ordnung`)
  mappingFile = path.join(await tempDir('mapping'), 'mapping.yaml')
  await fs.writeFile(mappingFile, `rules:\n  - match: "${unitCode} - Ordnung"\n    ownerUnit: "${unitCode}"\n    topics: [Ordnung, ${unique('Thema')}]\n  - match: Archiv\n    ownerUnit: "${unitCode}"\n`)
})
afterAll(async () => {
  await payload.destroy()
  await fs.rm(mediaDir, { recursive: true, force: true })
})

describe('import refuses before writing anything', () => {
  it('without an approver for --status published', async () => {
    const before = await footprint()
    await expect(importDrive(drive, { status: 'published', mapping: mappingFile })).rejects.toThrow(/--status published needs an approver/)
    expect(await footprint()).toEqual(before)
  })

  it('with an approver who may not approve for the owning unit', async () => {
    const before = await footprint()
    await expect(importDrive(drive, { status: 'published', mapping: mappingFile, approvedBy: foreignEditor.email })).rejects.toThrow(/may not approve documents of .*Nothing was imported/)
    expect(await footprint()).toEqual(before)
  })

  it('with an editor of the unit as approver while some files go to the fallback unit no one but admins approves for', async () => {
    const before = await footprint()
    await expect(importDrive(drive, { status: 'published', mapping: mappingFile, approvedBy: unitEditor.email })).rejects.toThrow(/new unit MIGRATION.*Nothing was imported/)
    expect(await footprint()).toEqual(before)
  })
})

describe('import of a messy drive', () => {
  let report: MigrationReport

  it('--dry-run writes nothing, yet reports every file with what would happen', async () => {
    const before = await footprint()
    const { report: dry } = await importDrive(drive, { status: 'published', mapping: mappingFile, approvedBy: approver.email, dryRun: true })
    expect(await footprint()).toEqual(before)
    expect(dry).toMatchObject({ dryRun: true, runId: null })
    expect(entryOf(dry, 'Reisekosten_final.docx')).toMatchObject({ outcome: 'version', documentId: null })
    expect(dry.totals.files).toBe(dry.files.length)
  })

  it('imports as published: every file once with one outcome, copies and versions folded in, junk and broken files reported', async () => {
    const walked = (await fs.readdir(drive, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile()).length
    ;({ report } = await importDrive(drive, { status: 'published', mapping: mappingFile, approvedBy: approver.email }))
    expect(report.files).toHaveLength(walked)
    expect(new Set(report.files.map((file) => file.path)).size).toBe(walked)
    const unit = `${unitCode} - Ordnung`
    expect(outcomes(report)).toMatchObject({
      [`${unit}/Weisungen/Dienstanweisung Post.docx`]: 'imported',
      'Archiv/Kopie von Dienstanweisung Post.docx': 'duplicate',
      [`${unit}/Arbeitshilfen/Reisekosten.docx`]: 'imported',
      [`${unit}/Arbeitshilfen/Reisekosten_v2.docx`]: 'version',
      [`${unit}/Arbeitshilfen/Reisekosten_final.docx`]: 'version',
      [`${unit}/Formulare/Antrag Winterdienst.txt`]: 'imported',
      [`${unit}/Scans/Aktenplan Scan.pdf`]: hasOcr ? 'imported' : 'needsOcr',
      [`${unit}/Defekt/Protokoll abgeschnitten.docx`]: 'unreadable',
      [`${unit}/Defekt/Geheim verschlüsselt.pdf`]: 'unreadable',
      [`${unit}/Weisungen/~$enstanweisung Post.docx`]: 'junk',
      [`${unit}/Arbeitshilfen/Thumbs.db`]: 'junk',
      [`${unit}/Arbeitshilfen/leer.txt`]: 'junk',
      'desktop.ini': 'junk',
      'Archiv/.DS_Store': 'junk',
      'Sonstiges/Notiz Fuhrpark.md': 'imported',
    })
    for (const file of report.files.filter((entry) => entry.outcome === 'unreadable')) expect(file.error).toEqual(expect.any(String))
    const copy = entryOf(report, 'Kopie von Dienstanweisung Post.docx')
    expect(copy).toMatchObject({ duplicateOf: `${unit}/Weisungen/Dienstanweisung Post.docx`, documentId: entryOf(report, 'Weisungen/Dienstanweisung Post.docx').documentId })
    expect(entryOf(report, 'Reisekosten_final.docx')).toMatchObject({ versionOf: `${unit}/Arbeitshilfen/Reisekosten.docx`, documentId: entryOf(report, '/Reisekosten.docx').documentId })
    const moved = report.totals.imported + report.totals.duplicates + report.totals.versions
    expect(report.totals).toMatchObject({ files: walked, junk: 5, duplicates: 1, versions: 2, failed: 0, kpi: Math.round((moved / (walked - 5)) * 10_000) / 10_000 })
  })

  it('gives each document its structure, source, approver and released original', async () => {
    const id = Number(entryOf(report, 'Weisungen/Dienstanweisung Post.docx').documentId)
    const doc = await payload.findByID({ collection: 'documents', id, depth: 0, overrideAccess: true })
    expect(doc).toMatchObject({
      title: 'Dienstanweisung Posteingang',
      kind: 'directive',
      ownerUnit: unitId,
      workflowStatus: 'published',
      _status: 'published',
      publishedBy: approver.id,
      submittedBy: null,
      source: { path: `${unitCode} - Ordnung/Weisungen/Dienstanweisung Post.docx`, otherPaths: ['Archiv/Kopie von Dienstanweisung Post.docx'], migrationRun: report.runId },
    })
    expect(doc.topics).toHaveLength(2)
    const nodeTypes = (doc.body as { root: { children: { type: string }[] } }).root.children.map((node) => node.type)
    // Headings, lists and tables arrive as the editor's own nodes.
    expect(nodeTypes).toEqual(['heading', 'paragraph', 'list', 'table'])
    const table = (doc.body as { root: { children: Array<{ children?: Array<{ children: Array<{ children: Array<{ children: Array<{ text: string }> }> }> }> }> } }).root.children[3]
    expect(table.children!.map((row) => row.children.map((cell) => cell.children[0].children[0].text))).toEqual([['Frist', 'Tage'], ['Eilsachen', '1']])
    const { docs: files } = await payload.find({ collection: 'files', where: { document: { equals: id } }, depth: 0, overrideAccess: true })
    expect(files).toEqual([expect.objectContaining({ filename: 'Dienstanweisung Post.docx', releasedAt: expect.any(String), changedBy: null, extractedText: expect.stringContaining('gestempelt') })])
    const { docs: audit } = await payload.find({ collection: 'audit-log', where: { documentId: { equals: String(id) } }, overrideAccess: true })
    expect(audit.map((entry) => [entry.action, entry.userName])).toEqual([['approve', `Migrationslauf ${report.runId}`]])
  })

  it('keeps versions oldest first in the version history, flagged for review, and marks unmatched files', async () => {
    const id = Number(entryOf(report, '/Reisekosten.docx').documentId)
    const { docs: versions } = await payload.findVersions({ collection: 'documents', where: { parent: { equals: id } }, sort: 'createdAt', depth: 0, overrideAccess: true })
    expect(versions.map((version) => version.version.source?.path?.split('/').pop())).toEqual(['Reisekosten.docx', 'Reisekosten_v2.docx', 'Reisekosten_final.docx'])
    const doc = await payload.findByID({ collection: 'documents', id, depth: 0, overrideAccess: true })
    expect(doc.source).toMatchObject({ needsReview: true, reviewReasons: expect.arrayContaining(['versions']) })
    expect(JSON.stringify(doc.body)).toContain('Tagegeld')

    const unmatched = await payload.findByID({ collection: 'documents', id: Number(entryOf(report, 'Notiz Fuhrpark.md').documentId), depth: 1, overrideAccess: true })
    expect(unmatched.source).toMatchObject({ needsReview: true, reviewReasons: expect.arrayContaining(['unmatched']) })
    expect(unmatched.ownerUnit).toMatchObject({ shortCode: 'MIGRATION' })
  })

  it('records the run with its totals, KPI, approver and state per file', async () => {
    const run = await payload.findByID({ collection: 'migration-runs', id: report.runId!, depth: 0, overrideAccess: true })
    const { kpi, ...totals } = report.totals
    expect(run).toMatchObject({ status: 'finished', approvedBy: approver.id, kpi: Math.round(kpi * 1000) / 10, totals, finishedAt: expect.any(String) })
    expect(await countRows('migration_file_states', sql`run_id = ${report.runId}`)).toBe(report.files.length)
  })

  it('imported published documents are found through the search API once the outbox worker ran', async () => {
    const search = await startSearchApi()
    try {
      await search.worker.drain()
      const { token } = await payload.login({ collection: 'users', data: { email: approver.email, password: 'test-password' } })
      const find = async (q: string) => {
        const response = await fetch(`${search.url}/search?q=${encodeURIComponent(q)}&limit=5`, { headers: { Authorization: `JWT ${token}` } })
        expect(response.status).toBe(200)
        return ((await response.json()) as { hits: { id: string; title: string; sourcePath: string }[] }).hits
      }
      const post = entryOf(report, 'Weisungen/Dienstanweisung Post.docx')
      expect((await find('Posteingang gestempelt'))[0]).toMatchObject({ id: post.documentId, title: 'Dienstanweisung Posteingang', sourcePath: post.path })
      // A version group is one hit, with its newest text.
      const reisekosten = await find('Reisekosten Tagegeld')
      expect(reisekosten[0]).toMatchObject({ id: entryOf(report, '/Reisekosten.docx').documentId, sourcePath: entryOf(report, 'Reisekosten_final.docx').path })
      expect(reisekosten.filter((hit) => hit.title === 'Arbeitshilfe Reisekosten')).toHaveLength(1)
      const imported = report.files.filter((file) => file.outcome === 'imported')
      for (const file of imported) expect((await find(file.title!)).map((hit) => hit.id)).toContain(file.documentId)
    } finally {
      await search.stop()
    }
  })

  it('an unchanged re-run creates and updates nothing, and reports every file as before', async () => {
    const before = await footprint()
    const { report: again } = await importDrive(drive, { status: 'published', mapping: mappingFile, approvedBy: approver.email })
    expect({ ...(await footprint()), runs: before.runs }).toEqual(before)
    expect(again.files.map(({ path: file, outcome, documentId }) => [file, outcome, documentId])).toEqual(
      report.files.map(({ path: file, outcome, documentId }) => [file, outcome, documentId]),
    )
  })

  it('a re-run after a file changed gives that document a new version and touches nothing else', async () => {
    const changed = `${unitCode} - Ordnung/Weisungen/Dienstanweisung Post.docx`
    const id = Number(entryOf(report, changed).documentId)
    const others = (await payload.find({ collection: 'documents', where: { id: { not_equals: id }, 'source.migrationRun': { equals: report.runId } }, pagination: false, depth: 0, overrideAccess: true })).docs
    const versionsBefore = await countRows('_documents_v', sql`parent_id = ${id}`)
    await writeFixture(drive, changed, { format: 'docx', blocks: [...structured, { type: 'paragraph', text: 'Neu: Faxe werden nicht mehr angenommen.' }] })
    const { report: again } = await importDrive(drive, { status: 'published', mapping: mappingFile, approvedBy: approver.email })
    expect(entryOf(again, changed)).toMatchObject({ outcome: 'imported', documentId: String(id) })
    expect(await countRows('_documents_v', sql`parent_id = ${id}`)).toBe(versionsBefore + 1)
    const doc = await payload.findByID({ collection: 'documents', id, depth: 0, overrideAccess: true })
    expect(JSON.stringify(doc.body)).toContain('Faxe')
    expect(doc.source?.reviewReasons).toContain('changedOnDrive')
    const after = (await payload.find({ collection: 'documents', where: { id: { in: others.map((other) => other.id) } }, pagination: false, depth: 0, overrideAccess: true })).docs
    expect(after.map((other) => [other.id, other.updatedAt])).toEqual(others.map((other) => [other.id, other.updatedAt]))
  })
})
