import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { VisibilityViewer } from '@lotse/domain'
import { startTestServices } from '@lotse/runtime'
import { createMeiliClient, ensureIndex, OutboxWorker, recheckPage, searchDocuments, searchPostgres, type SearchResponse } from '@lotse/search'
import pg from 'pg'
import { parseJudgements } from './eval/parseJudgements.ts'
import { percentiles } from './percentiles.ts'
import { writeResult } from './writeResult.ts'

// `npm run bench:fallback -- [--docs N]`: the search API's database work per search, on the demo seed (as `npm start`
// seeds it, through the CMS) as the staff demo user, with the judged demo queries: Meilisearch alone, Meilisearch plus
// the page re-check (the API's normal path), and the PostgreSQL fallback (degraded mode); at 1 and 20 concurrent
// clients. With --docs N, N generated German documents are added to PostgreSQL and the fallback is measured again.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const docsArg = process.argv.indexOf('--docs')
const EXTRA_DOCUMENTS = docsArg > 0 ? Number(process.argv[docsArg + 1]) : 0
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5)

const services = await startTestServices()
const pool = new pg.Pool({ connectionString: services.databaseUri, max: 20 })
// Idle connections see PostgreSQL stop at the end; that is no error of the benchmark.
pool.on('error', () => {})
try {
  execFileSync('npm', ['run', 'prepare-db', '-w', '@lotse/cms'], {
    cwd: root,
    env: { ...process.env, DATABASE_URI: services.databaseUri, PAYLOAD_SECRET: randomBytes(24).toString('hex'), LOTSE_DEMO: 'true', NODE_ENV: 'production' },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  const meili = createMeiliClient(services.meiliUrl, services.meiliMasterKey)
  await ensureIndex(meili, 'documents')
  await new OutboxWorker({ pool, meili, indexUid: 'documents' }).drain()
  const viewer = await demoViewer('staff@demo.lotse')
  const judged = parseJudgements(await fs.readFile(path.join(root, 'bench/queries/demo.tsv'), 'utf8')).map((judgement) => judgement.query)
  const queries = Array.from({ length: ROUNDS }, () => judged).flat()
  const ask = { limit: 10, offset: 0, validity: 'current' as const }

  const run = async (name: string, concurrency: number, search: (q: string) => Promise<SearchResponse>) => {
    const samples: number[] = []
    let next = 0
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < queries.length) {
          const q = queries[next++]
          const started = performance.now()
          await search(q)
          samples.push(performance.now() - started)
        }
      }),
    )
    return { name, concurrency, ...percentiles(samples) }
  }
  const meiliOnly = (q: string) => searchDocuments(meili, 'documents', viewer, { q, ...ask })
  const withRecheck = async (q: string) => (await recheckPage(pool, viewer, { q, ...ask }, await meiliOnly(q))).response
  const fallback = (q: string) => searchPostgres(pool, viewer, { q, ...ask })

  const demoDocuments = Number((await pool.query<{ n: string }>('SELECT count(*) AS n FROM documents')).rows[0].n)
  await fallback('warm up')
  const rows = []
  for (const concurrency of [1, 20]) {
    rows.push(await run('meilisearch', concurrency, meiliOnly), await run('meilisearch + re-check', concurrency, withRecheck), await run('fallback (PostgreSQL)', concurrency, fallback))
  }
  const atDemo = rows.map((row) => ({ documents: demoDocuments, ...row }))
  console.table(atDemo)

  const atScale = []
  if (EXTRA_DOCUMENTS > 0) {
    const started = Date.now()
    await addDocuments(EXTRA_DOCUMENTS)
    const total = Number((await pool.query<{ n: string }>('SELECT count(*) AS n FROM documents')).rows[0].n)
    console.log(`${EXTRA_DOCUMENTS} documents added to PostgreSQL in ${((Date.now() - started) / 1000).toFixed(1)} s (${total} in all)`)
    await fallback('warm up')
    for (const concurrency of [1, 20]) atScale.push({ documents: total, ...(await run('fallback (PostgreSQL)', concurrency, fallback)) })
    console.table(atScale)
  }
  console.log(`written to ${await writeResult('fallback', { queries: queries.length, atDemo, atScale })}`)
} finally {
  await pool.end()
  await services.stop()
}

/** The visibility profile of a demo user, read as the CMS computes it (unit, units above it, roles). */
async function demoViewer(email: string): Promise<VisibilityViewer> {
  const { rows } = await pool.query<{ id: number; org_unit_id: number | null; unit_path: string[]; roles: string[] }>(
    `WITH RECURSIVE u AS (SELECT id, org_unit_id FROM users WHERE email = $1),
       up AS (SELECT ou.id, ou.parent_id FROM org_units ou JOIN u ON ou.id = u.org_unit_id
              UNION ALL SELECT p.id, p.parent_id FROM org_units p JOIN up ON p.id = up.parent_id)
     SELECT u.id, u.org_unit_id, ARRAY(SELECT id::text FROM up) AS unit_path, ARRAY(SELECT value::text FROM users_roles WHERE parent_id = u.id) AS roles FROM u`,
    [email],
  )
  const user = rows[0]
  return { id: String(user.id), orgUnit: user.org_unit_id === null ? null : String(user.org_unit_id), unitPath: user.unit_path, roles: user.roles as VisibilityViewer['roles'], managerOf: [] }
}

/**
 * Generated German documents, straight into the CMS's tables: bodies of 40–400 words drawn with a skew (a few words
 * common, most rare) from compounds of administrative nouns; kinds, owner units, a tenth confidential, a seventh for
 * one unit only, a twentieth expired.
 */
async function addDocuments(count: number) {
  const nouns = ['Arbeitszeit', 'Urlaub', 'Dienstreise', 'Antrag', 'Bescheid', 'Widerspruch', 'Frist', 'Datenschutz', 'Beihilfe', 'Fortbildung',
    'Haushalt', 'Vergabe', 'Beschaffung', 'Personal', 'Stelle', 'Vertretung', 'Akte', 'Einsicht', 'Zuständigkeit', 'Vollmacht', 'Gebühr',
    'Satzung', 'Verordnung', 'Richtlinie', 'Formular', 'Bürger', 'Wohngeld', 'Jugendhilfe', 'Pflege', 'Unterhalt', 'Sozialhilfe', 'Schule',
    'Bau', 'Genehmigung', 'Umwelt', 'Abfall', 'Straße', 'Verkehr', 'Brandschutz', 'Sicherheit', 'Gesundheit', 'Schutz', 'Prüfung', 'Kasse',
    'Rechnung', 'Zahlung', 'Mahnung', 'Vertrag', 'Kosten', 'Erstattung']
  const words = nouns.flatMap((a, i) => nouns.slice(i % 7, (i % 7) + 20).map((b) => (a === b ? a : a + b.toLowerCase())))
  const { rows: units } = await pool.query<{ id: number }>('SELECT id FROM org_units ORDER BY id')
  const unitIds = units.map((unit) => unit.id)
  for (let start = 0; start < count; start += 10_000) {
    const size = Math.min(10_000, count - start)
    await pool.query(
      `WITH w AS (SELECT $1::text[] AS words),
       src AS (
         SELECT i, (SELECT string_agg(w.words[1 + floor(array_length(w.words, 1) * power(((i * 7919 + n * 104729) % 10007) / 10007.0, 3))::int], ' ')
                      FROM generate_series(1, 40 + (i * 37) % 360) n) AS text
           FROM w, generate_series($3::int, $3::int + $4::int - 1) i),
       ins AS (
         INSERT INTO documents (title, kind, summary, body, _status, workflow_status, classification, owner_unit_id, audience_all, valid_until)
         SELECT initcap(split_part(text, ' ', 1)) || ' und ' || split_part(text, ' ', 2) || ' – Regelung ' || i,
                (ARRAY['directive','policy','work-aid','instruction','form','news'])[1 + i % 6]::enum_documents_kind,
                left(text, 160),
                jsonb_build_object('root', jsonb_build_object('type', 'root', 'children', jsonb_build_array(
                  jsonb_build_object('type', 'paragraph', 'children', jsonb_build_array(jsonb_build_object('type', 'text', 'text', text)))))),
                'published', 'published',
                (CASE WHEN i % 10 = 0 THEN 'confidential' ELSE 'internal' END)::enum_documents_classification,
                ($2::int[])[1 + i % array_length($2::int[], 1)], i % 7 <> 0,
                CASE WHEN i % 20 = 0 THEN now() - interval '1 day' END
           FROM w, src
         RETURNING id, audience_all)
       INSERT INTO documents_rels (parent_id, path, org_units_id, "order")
       SELECT id, 'audienceUnits', ($2::int[])[1 + id % array_length($2::int[], 1)], 1 FROM ins WHERE NOT audience_all`,
      [words, unitIds, start, size],
    )
  }
  await pool.query('ANALYZE documents; ANALYZE documents_rels')
}
