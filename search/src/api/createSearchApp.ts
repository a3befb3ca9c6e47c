import express, { type NextFunction, type Request, type Response } from 'express'
import type { Meilisearch } from 'meilisearch'
import type pg from 'pg'
import { z } from 'zod'
import { analyticsScope } from '../analytics/analyticsScope.ts'
import { recordClick } from '../analytics/recordClick.ts'
import { SearchLog } from '../analytics/SearchLog.ts'
import { searchReport } from '../analytics/searchReport.ts'
import { SearchError } from '../errors.ts'
import type { MeiliCircuit } from '../fallback/MeiliCircuit.ts'
import { suggestionsFor } from '../suggestions/suggestionsFor.ts'
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
  /** Where searches are recorded for analytics; the caller flushes it at shutdown. Default: one of the app's own. */
  searchLog?: SearchLog
  log?: (line: string) => void
}

/** How long `/health` waits for Meilisearch: a hanging server must not hang the health check. */
const HEALTH_TIMEOUT_MS = 2_000

const clickSchema = z.object({ searchId: z.uuid(), documentId: z.coerce.number().int().min(1).max(2_147_483_647) }).strict()
const reportSchema = z.object({ days: z.coerce.number().int().min(1).max(365, 'days must be between 1 and 365').default(30) }).strict()

/** The first problem of a refused input, as the message of a 400. */
function invalid(error: z.ZodError): SearchError {
  const issue = error.issues[0]
  const where = issue.path.join('.') || 'query'
  return new SearchError('INVALID_QUERY', issue.code === 'unrecognized_keys' ? `unknown parameter(s): ${issue.keys.join(', ')}` : `${where}: ${issue.message}`)
}

/**
 * The search API: `GET /search` (auth → validate → search for the viewer → record → present), `GET /health`,
 * `POST /analytics/clicks` (a result click of a recorded search) and `GET /analytics/searches` (what was searched).
 */
export function createSearchApp(deps: SearchAppDeps) {
  const app = express()
  app.disable('x-powered-by')
  app.set('query parser', 'simple')
  const resolveViewer = createViewerResolver(deps.cmsUrl)

  const log = deps.log ?? ((line: string) => console.error(line))
  const searchLog = deps.searchLog ?? new SearchLog(deps.pool, { log })

  app.get('/search', async (req, res) => {
    const started = performance.now()
    const viewer = await resolveViewer(tokenOf(req))
    const parsed = searchQuerySchema.safeParse(req.query)
    if (!parsed.success) throw invalid(parsed.error)
    const response = await searchForViewer({ ...deps, log }, viewer, parsed.data)
    const suggestions = await suggestionsFor(deps.pool, viewer, parsed.data.q, response, log)
    const facts = { viewer, query: parsed.data, results: response.estimatedTotalHits, latencyMs: performance.now() - started, degraded: response.degraded === true }
    res.json({ ...response, suggestions, searchId: searchLog.record(facts) })
  })

  app.post('/analytics/clicks', express.json({ limit: '2kb' }), async (req, res) => {
    await resolveViewer(tokenOf(req))
    const parsed = clickSchema.safeParse(req.body ?? {})
    if (!parsed.success) throw invalid(parsed.error)
    // A click may follow its search before the search's row is written.
    if (searchLog.holds(parsed.data.searchId)) await searchLog.flush()
    if (!(await recordClick(deps.pool, parsed.data.searchId, parsed.data.documentId))) {
      throw new SearchError('NOT_FOUND', 'No such search is recorded (any more): send the searchId of a recent /search answer.')
    }
    res.status(204).end()
  })

  app.get('/analytics/searches', async (req, res) => {
    const scope = analyticsScope(await resolveViewer(tokenOf(req)))
    if (!scope) throw new SearchError('FORBIDDEN', 'Search analytics are for managers (their units), editors and admins.')
    const parsed = reportSchema.safeParse(req.query)
    if (!parsed.success) throw invalid(parsed.error)
    res.json(await searchReport(deps.pool, parsed.data.days, scope))
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

  app.use((_req, _res, next) => next(new SearchError('NOT_FOUND', 'No such endpoint: use GET /search?q=…, GET /health or GET /analytics/searches.')))

  // One place maps errors to HTTP; unexpected errors are logged and answered without internals.
  app.use((error: unknown, _req: Request, res: Response, _next: NextFunction) => {
    const known = error instanceof SearchError ? error : new SearchError('INTERNAL', 'Unexpected error in the search service.', { cause: error })
    if (known.status >= 500) console.error(`search: ${known.code}: ${known.message}`, known.cause ?? '')
    res.status(known.status).json({ error: { code: known.code, message: known.message } })
  })
  return app
}
