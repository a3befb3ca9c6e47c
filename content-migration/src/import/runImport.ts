import os from 'node:os'
import path from 'node:path'
import { ExtractionPool, extractBuffer, type ExtractionResult } from '@lotse/extraction'
import { normalisedTextKey } from '../dedupe/normalisedTextKey.ts'
import fs from 'node:fs/promises'
import pg from 'pg'
import type { Payload } from 'payload'
import type { Cms } from '../connect/connectCms.ts'
import type { StackConnection } from '../connect/stackConnection.ts'
import { groupFiles } from '../dedupe/groupFiles.ts'
import { judgeTitle } from '../identify/judgeTitle.ts'
import { classifyPath } from '../mapping/classifyPath.ts'
import type { Mapping } from '../mapping/Mapping.ts'
import { readMapping } from '../mapping/readMapping.ts'
import { MigrationError } from '../MigrationError.ts'
import type { FileEntry, MigrationReport, Phase } from '../report/MigrationReport.ts'
import { reportTotals } from '../report/reportTotals.ts'
import { loadFileStates, saveFileStates, type FileState } from '../state/fileStates.ts'
import { walkDrive, type DriveFile } from '../steps/walkDrive.ts'
import { inTransaction } from '../write/inTransaction.ts'
import { planEntries, writeDocuments } from '../write/writeDocuments.ts'
import { ExtractionStore } from './ExtractionStore.ts'
import type { ImportFile } from './ImportFile.ts'
import type { ImportOptions } from './ImportOptions.ts'
import { planDocuments } from './planDocuments.ts'
import { resolveTargets } from './resolveTargets.ts'

/** What the run tells whoever watches it (the CLI's progress bar). */
export interface ImportProgress {
  /** A phase starts: `total` steps (files, documents), 0 when not known ahead. */
  phase(name: 'walk' | 'extract' | 'write', total: number): void
  /** One step done, in `folder`. */
  step(folder: string, count?: number): void
  /** The run is over (the last phase's bar is closed). */
  end(): void
}

export interface ImportResult {
  report: MigrationReport
  /** Whether the search service answered (its outbox worker indexes what the run queued). */
  searchRunning: boolean
}

const EMPTY_MAPPING: Mapping = { defaults: {}, rules: [] }
/** Recorded outcomes a re-run keeps as they are while the file is unchanged (failures and OCR are tried again). */
const SETTLED = new Set<FileEntry['outcome']>(['imported', 'duplicate', 'version', 'junk', 'unreadable'])
const folderOf = (file: string) => file.split('/').slice(0, -1).join('/')

/**
 * `import`: walk → classify → check (approvers, units) → extract → identify → group → write → report, as an ordered
 * list of steps over one context. Writes nothing on a dry run. Files recorded by an earlier run and unchanged since are
 * reported as recorded and not read again; a file that changed gives its document a new version.
 */
export async function runImport(options: ImportOptions, progress: ImportProgress, connect: () => Promise<Connected>): Promise<ImportResult> {
  const startedAt = new Date().toISOString()
  const root = path.resolve(options.dir)
  const stat = await fs.stat(root).catch(() => null)
  if (!stat?.isDirectory()) throw new MigrationError('USAGE', `${options.dir} is not a folder that can be read.`)
  const mapping = options.mapping ? await readMapping(options.mapping) : EMPTY_MAPPING
  if (options.status === 'published' && !options.approvedBy && !mapping.defaults.approvedBy) {
    throw new MigrationError('APPROVER', '--status published needs an approver: add --approved-by EMAIL (a person who may approve for the owning units) or approvedBy in the mapping file’s defaults. Nothing was imported.')
  }
  const seconds: RunContext['seconds'] = {}
  const { payload, cms, connection } = await timed(seconds, 'connect', connect)
  const lock = await lockRoot(connection.databaseUri, root)
  const store = await ExtractionStore.open()
  try {
    return await importLocked({ options, progress, payload, cms, root, mapping, startedAt, searchUrl: connection.searchUrl, seconds, store })
  } finally {
    await store.close()
    await lock.end()
  }
}

/** The CMS this run writes to (the CLI connects to the stack; tests pass theirs). */
export interface Connected extends Cms {
  connection: StackConnection
}

interface RunContext extends Cms {
  options: ImportOptions
  progress: ImportProgress
  root: string
  mapping: Mapping
  startedAt: string
  searchUrl: string
  seconds: MigrationReport['seconds']
  store: ExtractionStore
}

/** Runs one phase of the run and adds its wall time to `seconds` (the report says where the time went). */
async function timed<T>(seconds: MigrationReport['seconds'], phase: Phase, work: () => T | Promise<T>): Promise<T> {
  const started = performance.now()
  try {
    return await work()
  } finally {
    seconds[phase] = Math.round((seconds[phase] ?? 0) * 1000 + (performance.now() - started)) / 1000
  }
}

async function importLocked(context: RunContext): Promise<ImportResult> {
  const { options, progress, payload, cms, root, mapping, seconds, store } = context
  const db = await cms.transactionDb({ payload, transactionID: undefined })
  // A run that was killed left its record "running"; holding the lock, this one knows it is not.
  if (!options.dryRun) await db.execute(cms.sql`UPDATE migration_runs SET status = 'aborted' WHERE root = ${root} AND status = 'running'`)

  progress.phase('walk', 0)
  const drive = await timed(seconds, 'walk', () => walkDrive(root, ({ folder }) => progress.step(folder)))
  const states = await loadFileStates(db, root)
  const entries: FileEntry[] = []
  const todo: ImportFile[] = []
  for (const file of drive) {
    const recorded = states.get(file.path)
    if (file.junk) entries.push(entry(file, 'junk', { error: file.junk }))
    else if (file.problem || !file.sha256) entries.push(entry(file, 'unreadable', { error: file.problem ?? 'not read' }))
    else if (recorded && recorded.sha256 === file.sha256 && SETTLED.has(recorded.outcome)) entries.push(recordedEntry(recorded))
    else todo.push({ file, classification: classifyPath(file.path, mapping) })
  }

  const targets = await resolveTargets(payload, cms, todo, options)
  const run = options.dryRun ? null : await startRun(payload, context, targets)
  const runId = run?.id ?? null
  const record = async (settled: FileEntry[]) => {
    if (runId !== null) await saveFileStates(db, root, settled.map((settledEntry) => ({ ...settledEntry, runId })))
  }

  // Junk and unreadable finds are recorded too (once: an unchanged re-run writes nothing).
  await record(entries.filter(({ path: file, outcome, sha256 }) => states.get(file)?.outcome !== outcome || states.get(file)?.sha256 !== (sha256 ?? '')))
  const extracted = await timed(seconds, 'extract', () => extractAll(todo, options.concurrency, progress, store))
  extracted.ok.sort((a, b) => (a.file.path < b.file.path ? -1 : 1))
  entries.push(...extracted.failed)
  await record(extracted.failed)
  // A new copy of a document an earlier run imported joins that document's other locations.
  const known = new Map([...states.values()].filter((state) => state.documentId && state.outcome !== 'failed').map((state) => [state.sha256, state]))
  const fresh: ImportFile[] = []
  const copies: FileEntry[] = []
  for (const file of extracted.ok) {
    const original = known.get(file.file.sha256)
    if (original && original.path !== file.file.path && !states.has(file.file.path)) {
      copies.push(entry(file.file, 'duplicate', { documentId: original.documentId, duplicateOf: original.path, title: original.title }))
    } else fresh.push(file)
  }
  if (runId !== null) await addOtherPaths(context, copies, runId)
  entries.push(...copies)

  const byPath = new Map(fresh.map((file) => [file.file.path, file]))
  const groups = await timed(seconds, 'group', () =>
    groupFiles(fresh.map(({ file, extracted }) => ({ path: file.path, sha256: file.sha256!, mtime: file.mtime, name: file.name, textKey: extracted!.textKey, text: () => store.textOf(file.path) }))),
  )
  const attachable = new Set(cms.ATTACHMENT_FORMATS.flatMap((format) => format.extensions).filter((extension) => extension !== 'html'))
  const reviewLabels = new Map(cms.reviewReasonOptions.map((option) => [option.value, option.label.de]))
  const plans = planDocuments({ groups, files: byPath, targets, states, attachable, reviewLabels })

  progress.phase('write', plans.length)
  if (runId === null) {
    for (const plan of plans) entries.push(...planEntries(plan, plan.documentId))
  } else {
    const importedAt = new Date().toISOString()
    const onWritten = (written: FileEntry[]) => progress.step(folderOf(written[0]?.path ?? ''), new Set(written.map((w) => w.documentId)).size)
    entries.push(...(await timed(seconds, 'write', () => writeDocuments({ payload, cms, root, runId, importedAt, store, onWritten }, plans))))
  }

  progress.end()
  const report = buildReport(context, drive, entries, runId)
  if (runId !== null) await finishRun(payload, runId, report)
  return { report, searchRunning: await answers(`${context.searchUrl}/health`) }
}

function entry(file: DriveFile, outcome: FileEntry['outcome'], fields: Partial<FileEntry> = {}): FileEntry {
  return { path: file.path, sha256: file.sha256, outcome, documentId: null, duplicateOf: null, versionOf: null, title: null, error: null, ...fields }
}

const recordedEntry = ({ runId: _runId, ...recorded }: FileState): FileEntry => recorded

/**
 * Extracts every file in the pool (names that are not valid UTF-8 are read through their raw bytes, in this process),
 * judges its title while the text is at hand, and puts text and structure into the store.
 */
async function extractAll(files: ImportFile[], concurrency: number, progress: ImportProgress, store: ExtractionStore): Promise<{ ok: ImportFile[]; failed: FileEntry[] }> {
  progress.phase('extract', files.length)
  const pool = new ExtractionPool({ concurrency })
  const ok: ImportFile[] = []
  const failed: FileEntry[] = []
  try {
    await Promise.all(
      files.map(async (file) => {
        const result: ExtractionResult = file.file.rawPath
          ? await extractBuffer(await fs.readFile(file.file.rawPath), file.file.name)
          : await pool.extract(file.file.absolutePath)
        progress.step(folderOf(file.file.path))
        if (result.ok) {
          const { extraction } = result
          await store.put(file.file.path, extraction)
          ok.push({
            ...file,
            extracted: { textKey: normalisedTextKey(extraction.text), ocr: extraction.ocr },
            title: judgeTitle({ fileName: file.file.name, properties: extraction.properties, blocks: extraction.blocks, text: extraction.text }),
          })
        } else {
          failed.push(entry(file.file, result.outcome === 'needsOcr' ? 'needsOcr' : 'unreadable', { error: result.reason }))
        }
      }),
    )
  } finally {
    await pool.close()
  }
  return { ok, failed }
}

/**
 * One import per drive at a time (two would race for the same files); held for the run by its own connection. A run
 * killed a moment ago may still hold it until PostgreSQL notices its connection is gone: wait a little before refusing.
 */
async function lockRoot(databaseUri: string, root: string, waitMs = 15_000): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: databaseUri })
  await client.connect()
  for (const deadline = Date.now() + waitMs; ; ) {
    const { rows } = await client.query<{ locked: boolean }>(`SELECT pg_try_advisory_lock(hashtext('lotse-migration'), hashtext($1)) AS locked`, [root])
    if (rows[0].locked) return client
    if (Date.now() > deadline) break
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  await client.end()
  throw new MigrationError('LOCKED', `Another import of ${root} is running: wait for it to finish (or stop it), then run this again.`)
}

async function startRun(payload: Payload, context: RunContext, targets: ReadonlyMap<string, { approverId: number | null }>) {
  const approvers = [...new Set([...targets.values()].map((target) => target.approverId).filter((id): id is number => id !== null))]
  const { options } = context
  return payload.create({
    collection: 'migration-runs',
    data: {
      root: context.root,
      status: 'running',
      startedAt: context.startedAt,
      startedBy: `${os.userInfo().username}@${os.hostname()}`,
      approvedBy: approvers.length === 1 ? approvers[0] : null,
      dryRun: false,
      options: { status: options.status, mapping: options.mapping, approvedBy: options.approvedBy, concurrency: options.concurrency },
    },
    depth: 0,
    overrideAccess: true,
  })
}

/** Copies found after their document was imported: added to its other locations, with their state, in one transaction. */
async function addOtherPaths({ payload, cms, root }: RunContext, copies: readonly FileEntry[], runId: number): Promise<void> {
  if (!copies.length) return
  await inTransaction(payload, { runId, importedAt: new Date().toISOString() }, async (req) => {
    const db = await cms.transactionDb(req)
    for (const copy of copies) {
      const add = (column: string) => cms.sql`${cms.sql.identifier(column)} = (SELECT jsonb_agg(DISTINCT p) FROM jsonb_array_elements(COALESCE(${cms.sql.identifier(column)}, '[]'::jsonb) || ${JSON.stringify([copy.path])}::jsonb) p)`
      await db.execute(cms.sql`UPDATE documents SET ${add('source_other_paths')} WHERE id = ${Number(copy.documentId)}`)
      // The admin shows a document's latest version: it gets the location too.
      await db.execute(cms.sql`UPDATE _documents_v SET ${add('version_source_other_paths')} WHERE parent_id = ${Number(copy.documentId)} AND latest`)
    }
    await saveFileStates(db, root, copies.map((copy) => ({ ...copy, runId })))
  })
}

/** The report: every file of the drive exactly once, in path order. */
function buildReport(context: RunContext, drive: readonly DriveFile[], entries: readonly FileEntry[], runId: number | null): MigrationReport {
  const byPath = new Map(entries.map((fileEntry) => [fileEntry.path, fileEntry]))
  // Defensive: a file that fell through every step is reported, never silently missing.
  const files = drive.map((file) => byPath.get(file.path) ?? entry(file, 'failed', { error: 'Not processed (an error in the migration tool): please report it.' }))
  const { options } = context
  return {
    root: context.root,
    startedAt: context.startedAt,
    finishedAt: new Date().toISOString(),
    dryRun: options.dryRun,
    runId,
    options: { status: options.status, mapping: options.mapping, approvedBy: options.approvedBy, concurrency: options.concurrency },
    totals: reportTotals(files),
    seconds: context.seconds,
    files: files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
  }
}

async function finishRun(payload: Payload, runId: number, report: MigrationReport, status: 'finished' | 'aborted' = 'finished'): Promise<void> {
  const { kpi, ...totals } = report.totals
  await payload.update({
    collection: 'migration-runs',
    id: runId,
    data: { status, finishedAt: report.finishedAt, kpi: Math.round(kpi * 1000) / 10, totals, report: report as never },
    depth: 0,
    overrideAccess: true,
  })
}

async function answers(url: string): Promise<boolean> {
  return fetch(url, { signal: AbortSignal.timeout(2000) }).then((response) => response.status < 500, () => false)
}
