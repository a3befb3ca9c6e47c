import { buildSearchRecord, withAnalysedFields } from '@lotse/search'
import type { Meilisearch } from 'meilisearch'
import type pg from 'pg'
import { generateDocument, lexicalBody, type GeneratedDocument, type Topic, type Unit } from './generateDocuments.ts'

/** Offices of a German municipal administration (the "Amt" numbering of the KGSt plan), added next to the demo's. */
const OFFICES: ReadonlyArray<[code: string, name: string]> = [
  ['Amt 11', 'Personalamt'], ['Amt 14', 'Rechnungsprüfungsamt'], ['Amt 20', 'Kämmerei'], ['Amt 21', 'Stadtkasse'], ['Amt 22', 'Steueramt'],
  ['Amt 23', 'Liegenschaftsamt'], ['Amt 30', 'Rechtsamt'], ['Amt 32', 'Ordnungsamt'], ['Amt 33', 'Bürgeramt'], ['Amt 34', 'Standesamt'],
  ['Amt 37', 'Feuerwehr'], ['Amt 40', 'Schulverwaltungsamt'], ['Amt 41', 'Kulturamt'], ['Amt 51', 'Jugendamt'], ['Amt 53', 'Gesundheitsamt'],
  ['Amt 60', 'Bauverwaltungsamt'], ['Amt 61', 'Stadtplanungsamt'], ['Amt 62', 'Vermessungsamt'], ['Amt 63', 'Bauordnungsamt'],
  ['Amt 66', 'Tiefbauamt'], ['Amt 67', 'Grünflächenamt'], ['Amt 70', 'Umweltamt'], ['Amt 80', 'Wirtschaftsförderung'],
]

/** The org units (demo ones plus the offices above, each with two sections) and topics documents are drawn from. */
export async function prepareUnits(pool: pg.Pool): Promise<{ units: Unit[]; topics: Topic[] }> {
  for (const [code, name] of OFFICES) {
    const { rows } = await pool.query<{ id: number }>(
      `INSERT INTO org_units (short_code, name) SELECT $1::varchar, $2::varchar WHERE NOT EXISTS (SELECT 1 FROM org_units WHERE short_code = $1) RETURNING id`,
      [code, name],
    )
    if (rows[0]) {
      const number = code.slice(4)
      await pool.query(`INSERT INTO org_units (short_code, name, parent_id) VALUES ($1, 'Grundsatz und Verwaltung', $3), ($2, 'Fachaufgaben', $3)`, [
        `${number}.1`, `${number}.2`, rows[0].id,
      ])
    }
  }
  const units = (await pool.query<Unit>('SELECT id, name, short_code AS "shortCode" FROM org_units ORDER BY id')).rows
  const topics = (await pool.query<Topic>('SELECT id, name FROM topics ORDER BY id')).rows
  return { units, topics }
}

export interface LoadTimes {
  /** From the first document generated to the last indexing task done. */
  seconds: number
  /** Summed durations of Meilisearch's indexing tasks. */
  meiliTaskSeconds: number
  /** Summed time of the PostgreSQL statements (the full-text column included). */
  databaseSeconds: number
  /** Summed time spent building records with their analysed fields (in this process). */
  analysisSeconds: number
  /** Records in the index (drafts are not indexed). */
  indexed: number
}

/**
 * Writes `count` generated documents into the CMS's tables (documents, their audience and topic relations: the
 * published state, as the CMS stores it; PostgreSQL computes the full-text column itself) and indexes them with the
 * records the reindex builds (`buildSearchRecord`, then `withAnalysedFields`), in batches of 2,000. A batch's rows are
 * written while its records are analysed, and Meilisearch indexes a batch while the next is prepared; at the end every
 * indexing task is awaited.
 */
export async function loadCorpus(pool: pg.Pool, meili: Meilisearch, indexUid: string, count: number, corpus: { units: Unit[]; topics: Topic[] }, progress: (done: number) => void): Promise<LoadTimes> {
  const started = performance.now()
  // 2,000 records with their analysed fields stay well below Meilisearch's 100 MB payload limit (5,000 did not).
  const BATCH = 2_000
  const tasks = []
  let databaseSeconds = 0
  let analysisSeconds = 0
  let indexed = 0
  for (let start = 0; start < count; start += BATCH) {
    const size = Math.min(BATCH, count - start)
    const { rows } = await pool.query<{ id: number }>(`SELECT nextval(pg_get_serial_sequence('documents', 'id'))::int AS id FROM generate_series(1, $1)`, [size])
    const batch = rows.map((row, n) => generateDocument(start + n, row.id, corpus.units, corpus.topics))
    const writeStarted = performance.now()
    const written = insertDocuments(pool, batch).then(() => (databaseSeconds += (performance.now() - writeStarted) / 1000))
    const analysisStarted = performance.now()
    const records = batch.map(searchRecordOf).filter((record) => record !== null).map(withAnalysedFields)
    analysisSeconds += (performance.now() - analysisStarted) / 1000
    await written
    // Awaited until enqueued (the batch is sent), not until indexed.
    tasks.push(await meili.index(indexUid).addDocuments(records, { primaryKey: 'id' }))
    indexed += records.length
    progress(start + size)
  }
  let meiliTaskSeconds = 0
  for (const task of await meili.tasks.waitForTasks(tasks, { timeout: 3_600_000, interval: 500 })) {
    if (task.status !== 'succeeded') throw new Error(`indexing a batch failed: ${task.error?.message ?? task.status}`)
    meiliTaskSeconds += isoSeconds(task.duration)
  }
  await pool.query('ANALYZE documents; ANALYZE documents_rels; ANALYZE documents_audience_roles')
  return { seconds: (performance.now() - started) / 1000, meiliTaskSeconds, databaseSeconds, analysisSeconds, indexed }
}

/** Seconds of an ISO 8601 duration as Meilisearch reports it ("PT12.345S", "PT1M2.5S"). */
const isoSeconds = (duration: string | null | undefined) => {
  const match = duration?.match(/PT(?:(\d+)H)?(?:(\d+)M)?(?:([\d.]+)S)?/)
  return match ? Number(match[1] ?? 0) * 3600 + Number(match[2] ?? 0) * 60 + Number(match[3] ?? 0) : 0
}

/** The record the CMS builds for a stored document (`buildSearchRecord`), from the generated fields. */
const searchRecordOf = (d: GeneratedDocument) =>
  buildSearchRecord({
    id: d.id, title: d.title, summary: d.summary, body: lexicalBody(d.paragraphs), kind: d.kind, _status: d.status,
    workflowStatus: d.workflowStatus, classification: d.classification, ownerUnit: d.ownerUnit, responsible: null,
    audienceUnits: d.audienceUnits, audienceRoles: d.audienceRoles, topics: d.topics, validFrom: d.validFrom, validUntil: d.validUntil,
    source: null, updatedAt: d.updatedAt,
  })

/** One batch of documents into the CMS's tables, one statement per table. */
async function insertDocuments(pool: pg.Pool, batch: GeneratedDocument[]): Promise<void> {
  const column = <T>(pick: (doc: GeneratedDocument) => T) => batch.map(pick)
  await pool.query(
    `INSERT INTO documents (id, title, summary, body, kind, _status, workflow_status, classification, owner_unit_id, audience_all, valid_from, valid_until, updated_at, created_at)
     SELECT id, title, summary, body, kind::enum_documents_kind, status::enum_documents_status, workflow::enum_documents_workflow_status,
            classification::enum_documents_classification, owner, audience_all, valid_from, valid_until, updated_at, updated_at
       FROM unnest($1::int[], $2::text[], $3::text[], $4::jsonb[], $5::text[], $6::text[], $7::text[], $8::text[], $9::int[], $10::bool[], $11::timestamptz[], $12::timestamptz[], $13::timestamptz[])
         AS t(id, title, summary, body, kind, status, workflow, classification, owner, audience_all, valid_from, valid_until, updated_at)`,
    [
      column((d) => d.id), column((d) => d.title), column((d) => d.summary), column((d) => JSON.stringify(lexicalBody(d.paragraphs))),
      column((d) => d.kind), column((d) => d.status), column((d) => d.workflowStatus), column((d) => d.classification), column((d) => d.ownerUnit.id),
      column((d) => d.audienceUnits.length === 0 && d.audienceRoles.length === 0), column((d) => d.validFrom), column((d) => d.validUntil), column((d) => d.updatedAt),
    ],
  )
  const rels = batch.flatMap((d) => [
    ...d.audienceUnits.map((unit, order) => [d.id, 'audienceUnits', null, unit, order + 1] as const),
    ...d.topics.map((topic, order) => [d.id, 'topics', topic.id, null, order + 1] as const),
  ])
  await pool.query(
    `INSERT INTO documents_rels (parent_id, path, topics_id, org_units_id, "order") SELECT * FROM unnest($1::int[], $2::varchar[], $3::int[], $4::int[], $5::int[])`,
    [0, 1, 2, 3, 4].map((n) => rels.map((rel) => rel[n])),
  )
  const roles = batch.flatMap((d) => d.audienceRoles.map((role, order) => [d.id, role, order + 1] as const))
  await pool.query(
    `INSERT INTO documents_audience_roles (parent_id, value, "order") SELECT p, v::enum_documents_audience_roles, o FROM unnest($1::int[], $2::text[], $3::int[]) AS t(p, v, o)`,
    [0, 1, 2].map((n) => roles.map((role) => role[n])),
  )
}
