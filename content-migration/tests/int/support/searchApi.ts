import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { REST_GET } from '@payloadcms/next/routes'
import { payloadConfig } from '@lotse/cms/migration'
import { createMeiliClient, createSearchApp, ensureIndex, MeiliCircuit, OutboxWorker } from '@lotse/search'
import pg from 'pg'
import { inject } from 'vitest'

const listen = (server: http.Server) =>
  new Promise<string>((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)))

/**
 * The search service as `npm start` runs it — its Express API and outbox worker on the test database and Meilisearch —
 * with the CMS's real REST handler answering its login checks (`GET /api/users/visibility`).
 */
export async function startSearchApi() {
  const GET = REST_GET(payloadConfig)
  const answer = async (req: http.IncomingMessage, res: http.ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const slug = url.pathname.replace(/^\/api\//, '').split('/')
    const response = await GET(new Request(url, { headers: req.headers as Record<string, string> }), { params: Promise.resolve({ slug }) })
    res.writeHead(response.status, { 'content-type': 'application/json' }).end(await response.text())
  }
  const cms = http.createServer((req, res) => void answer(req, res).catch(() => res.writeHead(500).end()))
  const cmsUrl = await listen(cms)
  const indexUid = `import_test_${Date.now()}`
  const meili = createMeiliClient(inject('meiliUrl'), inject('meiliMasterKey'))
  await ensureIndex(meili, indexUid)
  const pool = new pg.Pool({ connectionString: inject('databaseUri') })
  const worker = new OutboxWorker({ pool, meili, indexUid })
  const circuit = new MeiliCircuit((signal) => meili.index(indexUid).search('', { limit: 0 }, { signal }))
  const api = http.createServer(createSearchApp({ meili, pool, worker, indexUid, cmsUrl, circuit }))
  const url = await listen(api)
  return {
    url,
    worker,
    async stop() {
      api.close()
      cms.close()
      circuit.stop()
      await meili.deleteIndex(indexUid).waitTask()
      await pool.end()
    },
  }
}
