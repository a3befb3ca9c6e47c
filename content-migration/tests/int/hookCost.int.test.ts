import { enqueueSearchBatch } from '@lotse/cms/migration'
import { blocksToLexical } from '@lotse/extraction'
import type { Payload, PayloadRequest } from 'payload'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { inTransaction } from '../../src/write/inTransaction.ts'
import { testPayload, unique } from './support/importSetup.ts'

const DOCUMENTS = 20

let payload: Payload
let ownerUnit: number
let runId: number
let approver: number

/** Counts the SQL statements sent while `work` runs, by kind (every query of Payload and the hooks goes through pg.Client). */
async function countQueries(work: () => Promise<void>): Promise<Record<string, number>> {
  const counts: Record<string, number> = {}
  const prototype = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown }
  const original = prototype.query
  prototype.query = function (this: pg.Client, ...args: unknown[]) {
    const text = typeof args[0] === 'string' ? args[0] : ((args[0] as { text?: string } | undefined)?.text ?? '')
    const kind = /^\s*(begin|commit|rollback|savepoint|release)/i.test(text)
      ? 'transaction'
      : /^\s*select/i.test(text)
        ? 'lookups (select)'
        : (/^\s*(insert into|update|delete from)\s+"?([a-z_]+)"?/i.exec(text)?.slice(1, 3).join(' ').toLowerCase() ?? 'other')
    counts[kind] = (counts[kind] ?? 0) + 1
    counts.total = (counts.total ?? 0) + 1
    return original.apply(this, args)
  }
  try {
    await work()
  } finally {
    prototype.query = original
  }
  return Object.fromEntries(Object.entries(counts).map(([kind, n]) => [kind, n / DOCUMENTS]))
}

const data = (index: number) => ({
  title: unique(`Kosten ${index}`),
  kind: 'directive' as const,
  ownerUnit,
  classification: 'internal' as const,
  body: blocksToLexical([{ type: 'heading', level: 1, text: 'Überschrift' }, { type: 'paragraph', text: 'Ein Absatz vom Laufwerk.' }]) as never,
  source: { path: unique('Kosten/Datei'), sha256: unique('sha'), modifiedAt: '2020-01-01T00:00:00.000Z', migrationRun: runId, needsReview: false, reviewReasons: [] },
  workflowStatus: 'published' as const,
  _status: 'published' as const,
})

beforeAll(async () => {
  payload = await testPayload()
  ownerUnit = (await payload.create({ collection: 'org-units', data: { name: 'Kostenamt', shortCode: unique('K') }, overrideAccess: true })).id
  approver = (await payload.create({ collection: 'users', data: { email: `${unique('admin')}@test.lotse`, name: 'A', roles: ['admin'], password: 'test-password' }, overrideAccess: true })).id
  runId = (await payload.create({ collection: 'migration-runs', data: { root: unique('/kosten'), status: 'running', startedAt: new Date().toISOString() }, overrideAccess: true })).id
})
afterAll(() => payload.destroy())

describe('what one imported document costs in the CMS write path', () => {
  it('the lean bulk path (one transaction, one outbox insert and one search read per chunk) sends fewer statements per document, and still writes an audit row and an outbox row for each', async () => {
    const migration = { runId, approvedBy: approver, importedAt: new Date().toISOString() }
    // Per document, as a plain trusted save: hooks read the stored state and queue the search sync one by one.
    const perSave = await countQueries(async () => {
      for (let index = 0; index < DOCUMENTS; index++) {
        await payload.create({ collection: 'documents', data: data(index), depth: 0, context: { migration }, overrideAccess: true })
      }
    })
    // The importer's chunk (write/writeDocuments.ts): skipSearchSync, then one enqueueSearchBatch.
    const lean = await countQueries(() =>
      inTransaction(payload, migration, async (req: PayloadRequest) => {
        req.context.migration = migration
        const ids: number[] = []
        for (let index = 0; index < DOCUMENTS; index++) {
          ids.push((await payload.create({ collection: 'documents', data: data(index), depth: 0, req, overrideAccess: true })).id)
        }
        await enqueueSearchBatch(req, ids)
      }),
    )
    const table = (counts: Record<string, number>) => Object.entries(counts).map(([kind, n]) => `${kind} ${n.toFixed(2)}`).join(', ')
    console.log(`SQL statements per imported document (${DOCUMENTS} documents)\n  per save: ${table(perSave)}\n  lean:     ${table(lean)}`)
    expect(lean.total).toBeLessThan(perSave.total)
    expect(lean['lookups (select)']).toBeLessThan(perSave['lookups (select)'])
    // The audit trail and the search index lose nothing: one audit row and one outbox row per document either way.
    expect(perSave['insert into audit_log']).toBe(1)
    expect(lean['insert into audit_log']).toBe(1)
    expect(perSave['insert into search_outbox']).toBe(1)
    expect(lean['insert into search_outbox']).toBe(1 / DOCUMENTS)
  })
})
