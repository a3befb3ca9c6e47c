import { buildFacts, buildViewer } from '@lotse/domain/testing'
import { startTestServices } from '@lotse/runtime'
import { createMeiliClient, ensureIndex, searchDocuments, withAnalysedFields, type SearchRecord } from '@lotse/search'
import { percentiles } from './percentiles.ts'
import { writeResult } from './writeResult.ts'

// Index freshly generated German-ish documents into a throwaway Meilisearch and measure query latency at
// 1 and 20 concurrent clients, through the search service's query function (visibility filter, facets, snippets).
const DOCUMENTS = Number(process.env.BENCH_DOCUMENTS ?? 20_000)
const QUERIES = Number(process.env.BENCH_QUERIES ?? 2_000)
const WORDS = ['Arbeitszeit', 'Gleitzeit', 'Bürgergeld', 'Datenschutz', 'Dienstreise', 'Urlaub', 'Antrag', 'Bescheid', 'Widerspruch', 'Frist',
  'Jugendhilfe', 'Wohngeld', 'Unterhalt', 'Pflege', 'Eingliederung', 'Sozialhilfe', 'Vollmacht', 'Akteneinsicht', 'Zuständigkeit', 'Vertretung']
const KINDS = ['directive', 'policy', 'work-aid', 'instruction', 'form', 'news']

function generate(i: number): SearchRecord {
  const pick = (n: number) => WORDS[(i * 7 + n * 13) % WORDS.length]
  const body = Array.from({ length: 60 }, (_, n) => pick(n)).join(' ')
  return {
    // A realistic mix for the visibility filter: some confidential, some for one unit only.
    ...buildFacts({ classification: i % 10 === 0 ? 'confidential' : 'internal', audienceUnits: i % 7 === 0 ? ['u51'] : [] }),
    id: `documents-${i}`, documentId: String(i), title: `${pick(1)} und ${pick(2)} – Regelung ${i}`, summary: `${pick(3)} ${pick(4)}`, body,
    kind: KINDS[i % KINDS.length], status: 'published', url: `/documents/${i}`, sourcePath: null, orgUnit: `Amt ${50 + (i % 5)}`,
    topics: [pick(5)], validFrom: null, validUntil: null, validFromTs: null, validUntilTs: null, updatedAt: new Date(2020, 0, 1 + (i % 1000)).toISOString(),
  }
}

const services = await startTestServices()
try {
  const meili = createMeiliClient(services.meiliUrl, services.meiliMasterKey)
  await ensureIndex(meili, 'bench')
  const indexStarted = Date.now()
  for (let start = 0; start < DOCUMENTS; start += 5_000) {
    const batch = Array.from({ length: Math.min(5_000, DOCUMENTS - start) }, (_, n) => generate(start + n))
    // Indexed as the sync worker indexes: with the analysed fields.
    await meili.index('bench').addDocuments(batch.map(withAnalysedFields)).waitTask({ timeout: 600_000 })
  }
  const indexSeconds = (Date.now() - indexStarted) / 1000
  const viewer = buildViewer()
  const queries = Array.from({ length: QUERIES }, (_, n) => `${WORDS[n % WORDS.length]} ${n % 3 === 0 ? WORDS[(n * 3) % WORDS.length] : ''}`.trim())

  const run = async (concurrency: number) => {
    const samples: number[] = []
    let next = 0
    const started = Date.now()
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < queries.length) {
          const q = queries[next++]
          const t = performance.now()
          await searchDocuments(meili, 'bench', viewer, { q, limit: 10, offset: 0, validity: 'current' })
          samples.push(performance.now() - t)
        }
      }),
    )
    return { concurrency, ...percentiles(samples), queriesPerSecond: Math.round(queries.length / ((Date.now() - started) / 1000)) }
  }
  const latency = [await run(1), await run(20)]
  const result = { documents: DOCUMENTS, indexing: { seconds: indexSeconds, documentsPerSecond: Math.round(DOCUMENTS / indexSeconds) }, latency }
  console.log(`search bench: ${DOCUMENTS} documents indexed in ${indexSeconds.toFixed(1)} s (${result.indexing.documentsPerSecond}/s)`)
  console.table(latency)
  console.log(`written to ${await writeResult('search', result)}`)
} finally {
  await services.stop()
}
