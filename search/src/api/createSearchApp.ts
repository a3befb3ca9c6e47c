import express, { type NextFunction, type Request, type Response } from 'express'
import type { Meilisearch } from 'meilisearch'
import type pg from 'pg'
import { SearchError } from '../errors.ts'
import type { MeiliCircuit } from '../fallback/MeiliCircuit.ts'
import type { OutboxWorker } from '../sync/OutboxWorker.ts'
import { createViewerResolver, tokenOf } from './resolveViewer.ts'
import { searchForViewer } from './searchForViewer.ts'
import { searchQuerySchema } from './searchQuery.ts'

export interface SearchAppDeps {
  meili: Meilisearch
  pool: pg.Pool
  worker: OutboxWorker
  indexUid: string
  cmsUrl: string
  /** Decides whether searches go to Meilisearch or, degraded, to PostgreSQL. */
  circuit: MeiliCircuit
  log?: (line: string) => void
}

/** How long `/health` waits for Meilisearch: a hanging server must not hang the health check. */
const HEALTH_TIMEOUT_MS = 2_000

/** The search API: `GET /search` (auth → validate → search for the viewer → present) and `GET /health`. */
export function createSearchApp(deps: SearchAppDeps) {
  const app = express()
  app.disable('x-powered-by')
  app.set('query parser', 'simple')
  const resolveViewer = createViewerResolver(deps.cmsUrl)

  app.get('/search', async (req, res) => {
    const viewer = await resolveViewer(tokenOf(req))
    const parsed = searchQuerySchema.safeParse(req.query)
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      const where = issue.path.join('.') || 'query'
      const message = issue.code === 'unrecognized_keys' ? `unknown parameter(s): ${issue.keys.join(', ')}` : `${where}: ${issue.message}`
      throw new SearchError('INVALID_QUERY', message)
    }
    res.json(await searchForViewer({ ...deps, log: deps.log ?? ((line) => console.error(line)) }, viewer, parsed.data))
  })

  app.get('/health', async (_req, res) => {
    const [meili, outbox] = await Promise.allSettled([
      Promise.race([deps.meili.health(), new Promise((_resolve, reject) => setTimeout(reject, HEALTH_TIMEOUT_MS).unref())]),
      deps.worker.lag(),
    ])
    const body = {
      status: meili.status === 'fulfilled' && outbox.status === 'fulfilled' ? 'ok' : 'degraded',
      /** Where searches go: `normal` = Meilisearch, `degraded` = PostgreSQL full-text search (answers carry `degraded: true`). */
      mode: deps.circuit.mode,
      meilisearch: meili.status === 'fulfilled' ? 'up' : 'down',
      postgres: outbox.status === 'fulfilled' ? 'up' : 'down',
      outbox:
        outbox.status === 'fulfilled'
          ? { pending: outbox.value.pending, failing: outbox.value.failing, lagMs: outbox.value.oldestAgeMs, rejected: outbox.value.rejected }
          : null,
    }
    res.status(body.status === 'ok' ? 200 : 503).json(body)
  })

  app.use((_req, _res, next) => next(new SearchError('NOT_FOUND', 'No such endpoint: use GET /search?q=… or GET /health.')))

  // One place maps errors to HTTP; unexpected errors are logged and answered without internals.
  app.use((error: unknown, _req: Request, res: Response, _next: NextFunction) => {
    const known = error instanceof SearchError ? error : new SearchError('INTERNAL', 'Unexpected error in the search service.', { cause: error })
    if (known.status >= 500) console.error(`search: ${known.code}: ${known.message}`, known.cause ?? '')
    res.status(known.status).json({ error: { code: known.code, message: known.message } })
  })
  return app
}
