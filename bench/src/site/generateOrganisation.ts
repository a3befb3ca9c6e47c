import { buildSearchRecord } from '@lotse/search'
import type pg from 'pg'
import { randomSource } from '../randomSource.ts'

/** What the generator adds; generated rows carry `bench-` markers so that a second run finds and keeps them. */
export interface GeneratedOrganisation {
  units: number
  staff: number
  documents: number
  acknowledgements: number
  feedback: number
  seconds: number
  reused: boolean
}

const UNITS = 40
/** Share of the addressed people who have confirmed a round. */
const CONFIRMED = 0.8
const DAY = 86_400_000
const TOPICS = ['Arbeitszeit', 'Datenschutz', 'Beschaffung', 'Dienstreisen', 'Aktenführung', 'Kassenwesen', 'Informationssicherheit', 'Bürgerservice']

const paragraph = (text: string) => ({ type: 'paragraph', version: 1, children: [{ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' }] })

/**
 * Grows the demo organisation to the scale of a large department, straight in PostgreSQL (Payload's hooks would take
 * hours for this): `staff` people with the role staff in 40 further units below the demo units, `documents` published
 * directives owned across all units — half of them asking for read confirmations in rounds started over the last year,
 * for all staff, one office (Amt) or one unit — with 80 % of the addressed people confirmed, some open feedback, and
 * search-outbox entries so that the running search worker indexes them. Nothing is generated twice.
 */
export async function generateOrganisation(pool: pg.Pool, staff: number, documents: number): Promise<GeneratedOrganisation> {
  const started = Date.now()
  const existing = await pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM users WHERE email LIKE 'bench-%@bench.lotse'`)
  if (existing.rows[0].n > 0) {
    const counts = await pool.query<{ documents: number; acknowledgements: number; feedback: number }>(
      `SELECT (SELECT count(*)::int FROM documents WHERE title LIKE 'Bench-%') AS documents,
              (SELECT count(*)::int FROM acknowledgements a JOIN documents d ON d.id = a.document_id WHERE d.title LIKE 'Bench-%') AS acknowledgements,
              (SELECT count(*)::int FROM feedback f JOIN documents d ON d.id = f.document_id WHERE d.title LIKE 'Bench-%') AS feedback`,
    )
    return { units: UNITS, staff: existing.rows[0].n, ...counts.rows[0], seconds: 0, reused: true }
  }
  const { next } = randomSource(2026)
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]

  const demo = (await pool.query<{ id: number; short_code: string; name: string; parent_id: number | null }>('SELECT id, short_code, name, parent_id FROM org_units ORDER BY id')).rows
  if (demo.length === 0) throw new Error('The database has no org units: start the stack with demo content (`npm start`) before generating.')
  const offices = demo.filter((unit) => unit.parent_id === null)
  const officeOf = (unitId: number): number => {
    let unit = demo.find((candidate) => candidate.id === unitId)!
    while (unit.parent_id !== null) unit = demo.find((candidate) => candidate.id === unit.parent_id)!
    return unit.id
  }
  const divisions = demo.filter((unit) => unit.parent_id !== null)

  const units = (
    await pool.query<{ id: number; parent_id: number; short_code: string; name: string }>(
      `INSERT INTO org_units (name, short_code, parent_id) SELECT 'Sachgebiet ' || n, 'B-' || lpad(n::text, 2, '0'), parent FROM unnest($1::int[]) WITH ORDINALITY AS u(parent, n)
       RETURNING id, parent_id, short_code, name`,
      [Array.from({ length: UNITS }, (_, i) => divisions[i % divisions.length].id)],
    )
  ).rows
  const allUnits = [...demo, ...units]

  const people = (
    await pool.query<{ id: number; org_unit_id: number }>(
      `INSERT INTO users (name, email, org_unit_id) SELECT 'Bench Person ' || n, 'bench-' || n || '@bench.lotse', unit FROM unnest($1::int[]) WITH ORDINALITY AS u(unit, n)
       RETURNING id, org_unit_id`,
      [Array.from({ length: staff }, (_, i) => units[i % UNITS].id)],
    )
  ).rows
  await pool.query(`INSERT INTO users_roles ("order", parent_id, value) SELECT 1, id, 'staff' FROM unnest($1::int[]) AS id`, [people.map((person) => person.id)])

  // Documents: owner, audience, classification, dates.
  const now = Date.now()
  const specs = Array.from({ length: documents }, (_, i) => {
    const owner = pick(allUnits)
    const audienceRoll = next()
    const audience: { all: boolean; unit: number | null } = audienceRoll < 0.1 ? { all: true, unit: null } : audienceRoll < 0.4 ? { all: false, unit: pick(offices).id } : { all: false, unit: pick(units).id }
    const topic = pick(TOPICS)
    return {
      title: `Bench-Weisung ${i + 1}: ${topic} im Sachgebiet ${owner.short_code}`,
      summary: `Regelungen zu ${topic} für die Beschäftigten (generiert für die Messung).`,
      body: { root: { type: 'root', version: 1, children: [paragraph(`Diese Dienstanweisung regelt ${topic}. Sie gilt für alle angesprochenen Beschäftigten.`), paragraph(`Zuständig ist ${owner.name}.`)] } },
      owner: owner.id,
      classification: next() < 0.1 ? 'confidential' : 'internal',
      audience,
      requiresAcknowledgement: i % 2 === 0,
      roundStartedAt: new Date(now - Math.floor(next() * 365) * DAY).toISOString(),
      reviewDue: new Date(now + Math.floor(next() * 400 - 40) * DAY).toISOString(),
      validFrom: new Date(now - 400 * DAY).toISOString(),
    }
  })
  const ids = (
    await pool.query<{ id: number }>(
      `INSERT INTO documents (title, kind, summary, body, _status, workflow_status, owner_unit_id, classification, audience_all, requires_acknowledgement,
                              acknowledge_within_days, acknowledgement_round, acknowledgement_round_started_at, review_due, valid_from, published_at, version_label)
       SELECT t, 'directive', s, b, 'published', 'published', o, c::enum_documents_classification, a, r, 14, CASE WHEN r THEN 1 END, CASE WHEN r THEN rs END, rd, vf, vf, '1.0'
         FROM unnest($1::text[], $2::text[], $3::jsonb[], $4::int[], $5::text[], $6::boolean[], $7::boolean[], $8::timestamptz[], $9::timestamptz[], $10::timestamptz[])
           AS g(t, s, b, o, c, a, r, rs, rd, vf)
       RETURNING id`,
      [
        specs.map((spec) => spec.title),
        specs.map((spec) => spec.summary),
        specs.map((spec) => JSON.stringify(spec.body)),
        specs.map((spec) => spec.owner),
        specs.map((spec) => spec.classification),
        specs.map((spec) => spec.audience.all),
        specs.map((spec) => spec.requiresAcknowledgement),
        specs.map((spec) => spec.roundStartedAt),
        specs.map((spec) => spec.reviewDue),
        specs.map((spec) => spec.validFrom),
      ],
    )
  ).rows.map((row) => row.id)
  const audienceRows = specs.flatMap((spec, i) => (spec.audience.unit ? [[ids[i], spec.audience.unit]] : []))
  await pool.query(`INSERT INTO documents_rels ("order", parent_id, path, org_units_id) SELECT 1, d, 'audienceUnits', u FROM unnest($1::int[], $2::int[]) AS r(d, u)`, [
    audienceRows.map((row) => row[0]),
    audienceRows.map((row) => row[1]),
  ])

  // Confirmations: 80 % of the generated people each round asks (confidential ones ask only their owner unit's people).
  let acknowledgements = 0
  let batch: { users: number[]; docs: number[] } = { users: [], docs: [] }
  const flush = async () => {
    if (!batch.users.length) return
    await pool.query(`INSERT INTO acknowledgements (user_id, document_id, round, version_label, acknowledged_at) SELECT u, d, 1, '1.0', now() FROM unnest($1::int[], $2::int[]) AS a(u, d)`, [batch.users, batch.docs])
    acknowledgements += batch.users.length
    batch = { users: [], docs: [] }
  }
  const unitOffice = new Map(units.map((unit) => [unit.id, officeOf(unit.parent_id)]))
  for (const [i, spec] of specs.entries()) {
    if (!spec.requiresAcknowledgement) continue
    for (const person of people) {
      const addressed = spec.audience.all || spec.audience.unit === person.org_unit_id || spec.audience.unit === unitOffice.get(person.org_unit_id)
      const readable = spec.classification !== 'confidential' || spec.owner === person.org_unit_id
      if (addressed && readable && next() < CONFIRMED) {
        batch.users.push(person.id)
        batch.docs.push(ids[i])
      }
    }
    if (batch.users.length > 50_000) await flush()
  }
  await flush()

  const feedbackRows = Array.from({ length: Math.round(documents / 5) }, () => ({ doc: pick(ids), user: pick(people).id, kind: pick(['outdated', 'wrong', 'unclear']) }))
  await pool.query(
    `INSERT INTO feedback (document_id, kind, comment, created_by_id, status) SELECT d, k::enum_feedback_kind, 'Bitte prüfen (generiert).', u, 'open' FROM unnest($1::int[], $2::text[], $3::int[]) AS f(d, k, u)`,
    [feedbackRows.map((row) => row.doc), feedbackRows.map((row) => row.kind), feedbackRows.map((row) => row.user)],
  )

  // Index them as the CMS would: one outbox upsert per document, built by the search workspace's own record builder.
  const unitById = new Map(allUnits.map((unit) => [unit.id, unit]))
  const records = specs.map((spec, i) => {
    const owner = unitById.get(spec.owner)!
    const ownerUnit = { id: owner.id, shortCode: owner.short_code, name: owner.name }
    return buildSearchRecord({
      id: ids[i],
      title: spec.title,
      summary: spec.summary,
      body: spec.body,
      kind: 'directive',
      _status: 'published',
      workflowStatus: 'published',
      classification: spec.classification,
      ownerUnit,
      audienceUnits: spec.audience.unit ? [spec.audience.unit] : [],
      audienceRoles: [],
      validFrom: spec.validFrom,
      updatedAt: new Date(now).toISOString(),
    })
  })
  await pool.query(`INSERT INTO search_outbox (document_id, op, record) SELECT d, 'upsert', r FROM unnest($1::text[], $2::jsonb[]) AS o(d, r)`, [ids.map(String), records.map((record) => JSON.stringify(record))])
  await pool.query('ANALYZE')
  return { units: UNITS, staff: people.length, documents: ids.length, acknowledgements, feedback: feedbackRows.length, seconds: Math.round((Date.now() - started) / 1000), reused: false }
}
