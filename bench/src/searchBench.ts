import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { VisibilityViewer } from '@lotse/domain'
import { embeddedPostgresUri, freePort, loadSecrets, startStack } from '@lotse/runtime'
import { createMeiliClient, createViewerResolver, searchDocuments, searchQuerySchema } from '@lotse/search'
import pg from 'pg'
import { percentiles } from './percentiles.ts'
import { benchQueries, type BenchQuery } from './search/benchQueries.ts'
import { keepAliveAgent, keepAliveRequest } from './search/keepAliveHttp.ts'
import { loadCorpus, prepareUnits } from './search/loadCorpus.ts'
import { measureFreshness } from './search/measureFreshness.ts'
import { listenerPid, residentMiB } from './search/processMemory.ts'
import { writeResult } from './writeResult.ts'

/**
 * `npm run bench:search -- [--docs 100000] [--json FILE] [--queries 2000] [--publishes 50]`
 *
 * The search at scale, measured from outside as staff use it: the whole stack as `npm start` runs it (production CMS
 * build, search service, embedded PostgreSQL and Meilisearch, demo content) on free ports in a temporary directory;
 * N generated German documents written to the CMS's tables and indexed as the reindex does (analysed fields). Then,
 * with the same queries and the same visibility filter (the staff demo user's): raw Meilisearch (the exact request the
 * API sends, over a keep-alive connection) against the search API over HTTP (a real login token), at 1 and 20
 * concurrent clients, interleaved in rounds so that load from elsewhere hits both alike; the resident memory of
 * Meilisearch and of the API before and after; freshness (publish through the CMS REST API → found through /search)
 * over N publishes; and degraded mode (Meilisearch frozen → answers from PostgreSQL).
 */
const option = (name: string, fallback: string) => {
  const at = process.argv.indexOf(`--${name}`)
  return at >= 0 && process.argv[at + 1] ? process.argv[at + 1] : fallback
}
const DOCUMENTS = Number(option('docs', '100000'))
const QUERIES = Number(option('queries', '2000'))
const PUBLISHES = Number(option('publishes', '50'))
const DEGRADED_QUERIES = Number(option('degraded-queries', '300'))
const ROUNDS = 5
const jsonFile = option('json', '')
const since = performance.now()
const say = (line: string) => console.log(`[${((performance.now() - since) / 1000).toFixed(0).padStart(4)} s] ${line}`)

const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'lotse-bench-'))
await fs.chmod(dataDir, 0o755)
const ports = { postgres: await freePort(), meili: await freePort(), cms: await freePort(), search: await freePort(), site: await freePort() }
const serviceLines: string[] = []
say(`starting the stack in ${dataDir} (builds the CMS and site when their sources changed) …`)
const stack = await startStack({
  dataDir,
  ports,
  log: say,
  serviceLog: (line) => {
    serviceLines.push(line)
    if (serviceLines.length > 300) serviceLines.shift()
  },
})
const secrets = (await loadSecrets(dataDir))!
const pool = new pg.Pool({ connectionString: embeddedPostgresUri(secrets.postgresPassword, ports.postgres, 'lotse'), max: 4 })
pool.on('error', () => {}) // PostgreSQL stops at the end: no error of the benchmark
const agent = keepAliveAgent(32)
try {
  const meili = createMeiliClient(stack.urls.meili, secrets.meiliMasterKey)
  const load = await loadCorpus(pool, meili, 'documents', DOCUMENTS, await prepareUnits(pool), (done) => done % 20_000 === 0 && say(`${done} documents written and sent to Meilisearch`))
  const indexed = (await meili.index('documents').getStats()).numberOfDocuments
  say(`${DOCUMENTS} documents written and indexed in ${load.seconds.toFixed(1)} s (${Math.round(DOCUMENTS / load.seconds)}/s); ${indexed} records in the index`)

  const login = async (who: string) => {
    const answer = await keepAliveRequest(agent, `${stack.urls.cms}/api/users/login`, { method: 'POST', body: JSON.stringify({ email: `${who}@demo.lotse`, password: 'lotse-demo' }) })
    if (answer.status !== 200) throw new Error(`login of ${who}@demo.lotse failed (${answer.status})`)
    return (JSON.parse(answer.text) as { token: string }).token
  }
  const tokens = { staff: await login('staff'), editor: await login('editor'), manager: await login('manager') }
  // The staff member's visibility profile, as the API resolves it from the CMS.
  const viewer = await createViewerResolver(stack.urls.cms)(tokens.staff)

  const units = (await pool.query<{ shortCode: string }>('SELECT short_code AS "shortCode" FROM org_units')).rows
  const queries = benchQueries(QUERIES, units.map((unit) => unit.shortCode))
  const raw = queries.map((query) => meiliRequestOf(viewer, query))
  const meiliSearchUrl = `${stack.urls.meili}/indexes/documents/search`
  const rawSearch = (n: number) =>
    keepAliveRequest(agent, meiliSearchUrl, { method: 'POST', headers: { Authorization: `Bearer ${secrets.meiliMasterKey}` }, body: raw[n] })
  const apiSearch = (n: number) =>
    keepAliveRequest(agent, `${stack.urls.search}/search?${new URLSearchParams(queries[n]).toString()}`, { headers: { Authorization: `JWT ${tokens.staff}` } })

  const pids = { meilisearch: listenerPid(ports.meili), searchApi: listenerPid(ports.search) }
  const memory = () => ({ meilisearchMiB: residentMiB(pids.meilisearch), searchApiMiB: residentMiB(pids.searchApi) })
  const memoryBefore = memory()
  say(`resident memory before the load: Meilisearch ${memoryBefore.meilisearchMiB} MiB, search API ${memoryBefore.searchApiMiB} MiB`)

  // Warm-up: the index's pages in memory, the API's code compiled, connections open.
  for (let n = 0; n < 100; n++) {
    const [a, b] = await Promise.all([rawSearch(n % queries.length), apiSearch(n % queries.length)])
    if (a.status !== 200 || b.status !== 200) throw new Error(`warm-up search failed: raw ${a.status} ${a.text.slice(0, 200)}; API ${b.status} ${b.text.slice(0, 200)}`)
  }

  // The API's resident memory after every round: flat, not growing with the searches served.
  const apiMiBPerRound: number[] = []
  const latency: Array<{ path: string; concurrency: number; perSecond: number } & ReturnType<typeof percentiles>> = []
  const apiHits: number[] = []
  for (const concurrency of [1, 20]) {
    const samples = { raw: [] as number[], api: [] as number[] }
    const wall = { raw: 0, api: 0 }
    const perRound = Math.ceil(queries.length / ROUNDS)
    for (let round = 0; round < ROUNDS; round++) {
      const from = round * perRound
      const to = Math.min(queries.length, from + perRound)
      for (const side of ['raw', 'api'] as const) {
        let next = from
        const roundStarted = performance.now()
        await Promise.all(
          Array.from({ length: concurrency }, async () => {
            while (next < to) {
              const n = next++
              const t = performance.now()
              const answer = await (side === 'raw' ? rawSearch(n) : apiSearch(n))
              samples[side].push(performance.now() - t)
              if (answer.status !== 200) throw new Error(`${side} search ${JSON.stringify(queries[n])} answered ${answer.status}: ${answer.text.slice(0, 300)}`)
              if (side === 'api' && concurrency === 1) apiHits.push((JSON.parse(answer.text) as { hits: unknown[] }).hits.length)
            }
          }),
        )
        wall[side] += (performance.now() - roundStarted) / 1000
        if (side === 'api') apiMiBPerRound.push(residentMiB(pids.searchApi))
      }
    }
    for (const side of ['raw', 'api'] as const) {
      latency.push({ path: side === 'raw' ? 'raw Meilisearch' : 'search API', concurrency, ...percentiles(samples[side]), perSecond: Math.round(samples[side].length / wall[side]) })
    }
    say(`latency at ${concurrency} client(s) measured`)
  }
  const memoryAfter = memory()
  say(`resident memory after the load: Meilisearch ${memoryAfter.meilisearchMiB} MiB, search API ${memoryAfter.searchApiMiB} MiB`)

  const freshness = await measureFreshness({ cmsUrl: stack.urls.cms, searchUrl: stack.urls.search, tokens, agent }, PUBLISHES)
  const freshnessStats = percentiles(freshness.visibleMs)
  say(`freshness over ${PUBLISHES} publishes: p50 ${freshnessStats.p50} ms, p95 ${freshnessStats.p95} ms`)
  // Where freshness goes: the sync worker's indexing tasks of those publishes, from enqueued to done in Meilisearch.
  const { results: publishTasks } = await meili.tasks.getTasks({ types: ['documentAdditionOrUpdate'], limit: PUBLISHES })
  const meiliTaskMs = percentiles(publishTasks.map((task) => new Date(task.finishedAt!).getTime() - new Date(task.enqueuedAt).getTime()))
  say(`Meilisearch took p50 ${meiliTaskMs.p50} ms, p95 ${meiliTaskMs.p95} ms from enqueuing to indexing each publish`)

  const degraded = await measureDegraded(pids.meilisearch, apiSearch, queries.length)
  const memoryEnd = memory()

  const row = (pathName: string, concurrency: number) => latency.find((entry) => entry.path === pathName && entry.concurrency === concurrency)!
  const ratio = (concurrency: number, key: 'p50' | 'p95' | 'p99') => Math.round((row('search API', concurrency)[key] / row('raw Meilisearch', concurrency)[key]) * 100) / 100
  const [load1, load5, load15] = os.loadavg().map((value) => Math.round(value * 100) / 100)
  const result = {
    documents: DOCUMENTS,
    indexedRecords: indexed,
    queries: QUERIES,
    apiP95: row('search API', 20).p95,
    rawP95: row('raw Meilisearch', 20).p95,
    ratioP95: ratio(20, 'p95'),
    ratioP95OneClient: ratio(1, 'p95'),
    freshnessP50Ms: freshnessStats.p50,
    freshnessP95Ms: freshnessStats.p95,
    degradedP95Ms: degraded.find((entry) => entry.concurrency === 20)?.p95,
    latency,
    degraded,
    freshness: { publishes: PUBLISHES, visible: freshnessStats, publishRequest: percentiles(freshness.publishRequestMs), meiliTask: meiliTaskMs },
    indexing: {
      documentsPerSecond: Math.round(DOCUMENTS / load.seconds),
      ...Object.fromEntries(Object.entries(load).map(([key, value]) => [key, Math.round(value * 10) / 10])),
    },
    memory: { beforeLoad: memoryBefore, afterLoad: memoryAfter, afterFreshnessAndDegraded: memoryEnd, searchApiMiBPerRound: apiMiBPerRound },
    apiHitsPerQuery: percentiles(apiHits),
    loadAverage: { at: new Date().toISOString(), load1, load5, load15 },
  }
  console.table([...latency, ...degraded.map((entry) => ({ ...entry, path: 'search API, degraded' }))])
  console.table([
    { measure: 'API p95 / raw p95, 20 clients', value: result.ratioP95, target: '≤ 1.3 (aim 1.15)' },
    { measure: 'API p95 / raw p95, 1 client', value: result.ratioP95OneClient, target: '' },
    { measure: 'freshness p50 / p95 (ms)', value: `${freshnessStats.p50} / ${freshnessStats.p95}`, target: 'p95 ≤ 1000 (aim 500)' },
    { measure: 'degraded p95, 20 clients (ms)', value: result.degradedP95Ms, target: '≤ 300' },
    { measure: 'indexing (documents/s)', value: result.indexing.documentsPerSecond, target: '' },
    { measure: 'RSS Meilisearch before / after load (MiB)', value: `${memoryBefore.meilisearchMiB} / ${memoryAfter.meilisearchMiB}`, target: '' },
    { measure: 'RSS search API before / after load / end (MiB)', value: `${memoryBefore.searchApiMiB} / ${memoryAfter.searchApiMiB} / ${memoryEnd.searchApiMiB}`, target: 'flat' },
    { measure: 'RSS search API after each round (MiB)', value: apiMiBPerRound.join(' '), target: 'flat' },
    { measure: 'load average 1 / 5 / 15 min', value: `${load1} / ${load5} / ${load15}`, target: `${os.cpus().length} cores` },
  ])
  const written = await writeResult('search', result)
  if (jsonFile) await fs.writeFile(jsonFile, JSON.stringify(result, null, 2) + '\n')
  say(`written to ${written}${jsonFile ? ` and ${jsonFile}` : ''}`)
} catch (error) {
  console.error(serviceLines.slice(-60).join('\n'))
  throw error
} finally {
  agent.destroy()
  await pool.end()
  await stack.stop()
  await fs.rm(dataDir, { recursive: true, force: true })
}

/**
 * The body the API sends to Meilisearch for this query and viewer: `searchDocuments` itself is run against a stand-in
 * client that keeps the request, so the raw side sends exactly the API's filter, attributes and analysed terms.
 */
function meiliRequestOf(viewer: VisibilityViewer, query: BenchQuery): string {
  let body = ''
  const capture = {
    index: () => ({
      search: (q: string, params: object) => {
        body = JSON.stringify({ q, ...params })
        return Promise.resolve({ hits: [], estimatedTotalHits: 1, processingTimeMs: 0 })
      },
    }),
  }
  void searchDocuments(capture as unknown as Parameters<typeof searchDocuments>[0], 'documents', viewer, searchQuerySchema.parse(query))
  if (!body) throw new Error(`no Meilisearch request for ${JSON.stringify(query)}`)
  return body
}

/**
 * Degraded mode at scale: Meilisearch is frozen (SIGSTOP: it accepts connections and answers nothing), the API's
 * circuit opens after its timeout, and the same queries are answered from PostgreSQL; then Meilisearch is thawed and
 * the API is awaited back in normal mode.
 */
async function measureDegraded(meiliPid: number, apiSearch: (n: number) => ReturnType<typeof keepAliveRequest>, queryCount: number) {
  process.kill(meiliPid, 'SIGSTOP')
  try {
    const first = await apiSearch(0)
    if (!(JSON.parse(first.text) as { degraded?: boolean }).degraded) throw new Error(`the API did not answer degraded with Meilisearch frozen: ${first.text.slice(0, 200)}`)
    const rows = []
    for (const concurrency of [1, 20]) {
      const samples: number[] = []
      let next = 0
      const roundStarted = performance.now()
      await Promise.all(
        Array.from({ length: concurrency }, async () => {
          while (next < Math.min(DEGRADED_QUERIES, queryCount)) {
            const n = next++
            const t = performance.now()
            const answer = await apiSearch(n)
            samples.push(performance.now() - t)
            if (answer.status !== 200 || !(JSON.parse(answer.text) as { degraded?: boolean }).degraded) throw new Error(`degraded search answered ${answer.status}: ${answer.text.slice(0, 200)}`)
          }
        }),
      )
      rows.push({ path: 'search API, degraded', concurrency, ...percentiles(samples), perSecond: Math.round(samples.length / ((performance.now() - roundStarted) / 1000)) })
    }
    say('degraded mode measured')
    return rows
  } finally {
    process.kill(meiliPid, 'SIGCONT')
  }
}
