import fs from 'node:fs/promises'
import { blocksToLexical } from '@lotse/extraction'
import type { Payload, PayloadRequest } from 'payload'
import type { CmsModule } from '../connect/connectCms.ts'
import type { ExtractionStore, StoredExtraction } from '../import/ExtractionStore.ts'
import type { ImportFile } from '../import/ImportFile.ts'
import type { FileEntry } from '../report/MigrationReport.ts'
import { saveFileStates } from '../state/fileStates.ts'
import type { DocumentPlan } from './DocumentPlan.ts'
import { inTransaction as inRunTransaction } from './inTransaction.ts'

/** Documents written per transaction: one search-outbox insert and one state insert each. */
export const CHUNK_SIZE = 25

export interface WriteContext {
  payload: Payload
  cms: CmsModule
  root: string
  runId: number
  importedAt: string
  /** Where the extracted texts wait. */
  store: ExtractionStore
  onWritten?: (entries: FileEntry[]) => void
}

/**
 * Chunks written at the same time, each lane in its own transaction: a lane spends most of its time waiting for
 * PostgreSQL, and the lanes overlap those waits.
 */
export const WRITE_LANES = 3

/**
 * Writes documents chunk by chunk, each chunk in one transaction with its files' state rows and its search-outbox
 * rows: a run killed at any moment leaves every chunk written completely or not at all, so the next run redoes
 * exactly what is missing and creates nothing twice. A chunk that fails is redone one document per transaction, so
 * one bad document fails alone (its files are reported `failed`, with the reason). Lanes run side by side.
 */
export async function writeDocuments(context: WriteContext, plans: readonly DocumentPlan[]): Promise<FileEntry[]> {
  const lanes = Array.from({ length: WRITE_LANES }, (): DocumentPlan[] => [])
  for (const plan of plans) lanes[laneOfFileName(plan.states.at(-1)!.file.name)].push(plan)
  return (await Promise.all(lanes.map((lane) => writeLane(context, lane)))).flat()
}

/**
 * The CMS names a stored original after its file and makes the name unique (x, x-1, …) by looking at committed rows
 * and the disk: originals whose names could meet go through one lane, so two transactions never pick the same name.
 */
export function laneOfFileName(fileName: string): number {
  const name = fileName.normalize('NFKD').toLowerCase().replace(/\.[^.]*$/, '').replace(/[^\p{L}]+$/u, '').replace(/[^\p{L}\p{N}]/gu, '')
  let hash = 0
  for (const char of name) hash = (hash * 31 + char.codePointAt(0)!) >>> 0
  return hash % WRITE_LANES
}

async function writeLane(context: WriteContext, plans: readonly DocumentPlan[]): Promise<FileEntry[]> {
  const migration = { runId: context.runId, importedAt: context.importedAt }
  const inTransaction = <T>(work: (req: PayloadRequest) => Promise<T>) => inRunTransaction(context.payload, migration, work)
  const entries: FileEntry[] = []
  for (let start = 0; start < plans.length; start += CHUNK_SIZE) {
    const chunk = plans.slice(start, start + CHUNK_SIZE)
    let written: FileEntry[]
    try {
      written = await inTransaction((req) => writeChunk(context, req, chunk))
    } catch {
      written = []
      for (const plan of chunk) {
        written.push(
          ...(await inTransaction((req) => writeChunk(context, req, [plan])).catch(async (error: Error) => {
            const failed = failedEntries(plan, error)
            await inTransaction(async (req) => saveFileStates(await context.cms.transactionDb(req), context.root, failed.map((entry) => ({ ...entry, runId: context.runId }))))
            return failed
          })),
        )
      }
    }
    entries.push(...written)
    context.onWritten?.(written)
  }
  return entries
}

async function writeChunk(context: WriteContext, req: PayloadRequest, plans: readonly DocumentPlan[]): Promise<FileEntry[]> {
  const created: number[] = []
  const updated: number[] = []
  const entries: FileEntry[] = []
  for (const plan of plans) {
    const id = await writePlan(context, req, plan)
    ;(plan.documentId ? updated : created).push(id)
    entries.push(...planEntries(plan, String(id)))
  }
  await saveFileStates(await context.cms.transactionDb(req), context.root, entries.map((entry) => ({ ...entry, runId: context.runId })))
  await context.cms.enqueueSearchBatch(req, created, updated)
  return entries
}

/** Saves the plan's states in order (each save one entry in the document's version history), then attaches the original. */
async function writePlan(context: WriteContext, req: PayloadRequest, plan: DocumentPlan): Promise<number> {
  const { payload } = context
  const { target } = plan
  const published = target.status === 'published'
  req.context.migration = { runId: context.runId, importedAt: context.importedAt, approvedBy: target.approverId }
  const otherPaths = plan.duplicates.map((duplicate) => duplicate.file.file.path)
  let id = plan.documentId === null ? null : Number(plan.documentId)
  let extraction: StoredExtraction | undefined
  for (const state of plan.states) {
    extraction = await context.store.get(state.file.path)
    const data = documentData(context, plan, state, extraction, otherPaths)
    if (id === null) {
      const doc = published
        ? await payload.create({ collection: 'documents', data: { ...data, workflowStatus: 'published', _status: 'published' }, depth: 0, req, overrideAccess: true })
        : await payload.create({ collection: 'documents', data: { ...data, workflowStatus: 'draft', _status: 'draft' }, draft: true, depth: 0, req, overrideAccess: true })
      id = doc.id
    } else if (published) {
      await payload.update({ collection: 'documents', id, data: { ...data, workflowStatus: 'published', _status: 'published' }, depth: 0, req, overrideAccess: true })
    } else {
      // A draft over whatever is published: readers keep the reviewed state until an editor approves this one.
      await payload.update({ collection: 'documents', id, data: { ...data, workflowStatus: 'draft', _status: 'draft' }, draft: true, depth: 0, req, overrideAccess: true })
    }
  }
  // The last state saved is the current one: its original is attached with the text just read.
  await attachOriginal(context, req, id!, plan, extraction!.text)
  return id!
}

function documentData(context: WriteContext, plan: DocumentPlan, state: ImportFile, extraction: StoredExtraction, otherPaths: string[]) {
  const { target } = plan
  return {
    title: state.title!.title,
    kind: state.classification.kind,
    ownerUnit: target.ownerUnit,
    topics: target.topics,
    classification: 'internal' as const,
    body: blocksToLexical(extraction.blocks, { tables: true }) as never,
    source: {
      path: state.file.path,
      otherPaths,
      sha256: state.file.sha256,
      modifiedAt: state.file.mtime,
      migrationRun: context.runId,
      needsReview: plan.reviewReasons.length > 0,
      reviewReasons: plan.reviewReasons,
    },
  }
}

/**
 * The current state's original, as an attachment of the document. Released with a published import (its approver saw
 * it); on a draft it waits, like the document, for a person of the unit to approve (Documents/hooks/releaseAttachments.ts).
 * Formats the CMS does not store (HTML is active content) are left out; the review reasons say so.
 */
async function attachOriginal(context: WriteContext, req: PayloadRequest, documentId: number, plan: DocumentPlan, text: string): Promise<void> {
  if (plan.reviewReasons.includes('noAttachment')) return
  const current = plan.states.at(-1)!
  const bytes = await fs.readFile(current.file.rawPath ?? current.file.absolutePath)
  const sniffed = await context.cms.sniffAttachment(bytes, current.file.name)
  if (!sniffed.ok) return
  await context.payload.create({
    collection: 'files',
    data: {
      document: documentId,
      // Payload refuses longer text fields (defaultMaxTextLength); the document body keeps the whole text.
      extractedText: text.slice(0, context.payload.config.defaultMaxTextLength ?? 40_000),
      releasedAt: plan.target.status === 'published' ? context.importedAt : null,
    },
    file: { data: bytes, mimetype: sniffed.format.mime, name: current.file.name, size: bytes.length },
    depth: 0,
    req,
    overrideAccess: true,
  })
}

/** The report entries of a written plan: the primary imported, other states versions, copies duplicates. */
export function planEntries(plan: DocumentPlan, documentId: string | null): FileEntry[] {
  const title = plan.states.at(-1)!.title!.title
  const entry = (file: ImportFile, outcome: FileEntry['outcome'], of: { duplicateOf?: string; versionOf?: string } = {}): FileEntry => ({
    path: file.file.path,
    sha256: file.file.sha256,
    outcome,
    documentId,
    duplicateOf: of.duplicateOf ?? null,
    versionOf: of.versionOf ?? null,
    title: file.title?.title ?? title,
    error: null,
  })
  const versionOf = new Map(plan.versions.map((version) => [version.path, version.of]))
  return [
    ...plan.states.map((state) =>
      versionOf.has(state.file.path) ? entry(state, 'version', { versionOf: versionOf.get(state.file.path) }) : { ...entry(state, 'imported'), ...(plan.review ? { review: plan.review } : {}) },
    ),
    ...plan.duplicates.map(({ file, of }) => entry(file, 'duplicate', { duplicateOf: of })),
  ]
}

function failedEntries(plan: DocumentPlan, error: Error): FileEntry[] {
  const reason = `Could not be written to the CMS: ${error.message.split('\n')[0]}`
  return [...plan.states, ...plan.duplicates.map((duplicate) => duplicate.file)].map((file) => ({
    path: file.file.path,
    sha256: file.file.sha256,
    outcome: 'failed' as const,
    documentId: null,
    duplicateOf: null,
    versionOf: null,
    title: file.title?.title ?? null,
    error: reason,
  }))
}

