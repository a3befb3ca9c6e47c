import fs from 'node:fs/promises'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { freePort, startMeilisearch, type RunningMeilisearch } from '@lotse/runtime'
import { createMeiliClient, createSearchApp, ensureIndex, MeiliCircuit, OutboxWorker } from '@lotse/search'
import type { Payload } from 'payload'
import { send } from './restClient.ts'

const MASTER_KEY = 'search-service-test-key-0123456789'

const listen = async (server: http.Server) => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

/**
 * The search service as `npm start` runs it — API, outbox worker, circuit — on this file's Payload database, with a
 * Meilisearch of its own that a test may kill, freeze and start again. The API checks logins against the real CMS
 * endpoint (`GET /api/users/visibility`), served from Payload's REST handlers.
 */
export async function startSearchService(payload: Payload, { indexUid = 'documents' } = {}) {
  const pool = (payload.db as unknown as PostgresAdapter).pool
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'lotse-search-'))
  const meiliOptions = { dataDir: path.join(dir, 'meili'), port: await freePort(), masterKey: MASTER_KEY }
  let meiliProcess: RunningMeilisearch = await startMeilisearch(meiliOptions)
  const meili = createMeiliClient(meiliProcess.url, MASTER_KEY)
  await ensureIndex(meili, indexUid)

  const logs: string[] = []
  const log = (line: string) => logs.push(line)
  const worker = new OutboxWorker({ pool, meili, indexUid, pollIntervalMs: 50, taskTimeoutMs: 5_000, log })
  // The API searches over kept-alive connections, as server.ts does; the worker keeps the default client.
  const searcher = createMeiliClient(meiliProcess.url, MASTER_KEY, { keepAlive: true })
  const circuit = new MeiliCircuit((signal) => searcher.index(indexUid).search('', { limit: 0 }, { signal }), { probeIntervalMs: 200, log })

  const cms = http.createServer((req, res) => {
    const headers = Object.fromEntries(Object.entries(req.headers).filter((entry): entry is [string, string] => typeof entry[1] === 'string'))
    send(req.url!.replace(/^\/api\//, ''), { method: 'GET', headers }).then(
      ({ status, text }) => res.writeHead(status, { 'content-type': 'application/json' }).end(text),
      () => res.writeHead(500).end(),
    )
  })
  const api = http.createServer(createSearchApp({ meili: searcher, pool, worker, indexUid, cmsUrl: await listen(cms), circuit, log }))
  const url = await listen(api)

  return {
    url,
    meili,
    indexUid,
    worker,
    circuit,
    logs,
    /** `GET /search` as a logged-in person. */
    async search(token: string, params: Record<string, string>) {
      const response = await fetch(`${url}/search?${new URLSearchParams(params)}`, { headers: { Authorization: `JWT ${token}` } })
      return { status: response.status, body: (await response.json()) as SearchBody }
    },
    async health() {
      return (await (await fetch(`${url}/health`)).json()) as { mode: string; meilisearch: string; status: string; outbox: { pending: number } }
    },
    /** SIGKILL, as a crash or the OOM killer ends it. */
    async killMeilisearch() {
      meiliProcess.process.kill('SIGKILL')
      await meiliProcess.exited
    },
    /** Freezes Meilisearch: connections are accepted, nothing is answered. */
    freezeMeilisearch: () => meiliProcess.process.kill('SIGSTOP'),
    thawMeilisearch: () => meiliProcess.process.kill('SIGCONT'),
    async restartMeilisearch() {
      meiliProcess = await startMeilisearch(meiliOptions)
    },
    async stop() {
      circuit.stop()
      await worker.stop()
      await new Promise((resolve) => api.close(resolve))
      await new Promise((resolve) => cms.close(resolve))
      meiliProcess.process.kill('SIGCONT')
      await meiliProcess.stop()
      await fs.rm(dir, { recursive: true, force: true })
    },
  }
}

export type SearchService = Awaited<ReturnType<typeof startSearchService>>

export interface SearchBody {
  hits: Array<{ id: string; title: string; kind: string; snippet: string; url: string; sourcePath: string | null; orgUnit: string | null; validFrom: string | null; status: string }>
  estimatedTotalHits: number
  facets: Record<string, Record<string, number>>
  processingTimeMs: number
  degraded?: true
  /** The id analytics recorded the search under (for click reports). */
  searchId: string
}
