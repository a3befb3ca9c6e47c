import { randomUUID } from 'node:crypto'
import type { VisibilityViewer } from '@lotse/domain'
import type pg from 'pg'
import { isCmsId } from '../api/isCmsId.ts'
import type { SearchQuery } from '../api/searchQuery.ts'
import { normaliseSearchQuery } from './normaliseSearchQuery.ts'

export interface SearchRecordedFacts {
  viewer: VisibilityViewer
  query: SearchQuery
  results: number
  latencyMs: number
  degraded: boolean
}

export interface SearchLogOptions {
  /** How long a recorded search waits for others to be written with it. */
  flushAfterMs?: number
  /** Searches written in one statement at most; reaching it writes at once. */
  batchSize?: number
  /** Searches held at most while the database does not take them; beyond it the oldest are dropped (and logged). */
  maxPending?: number
  log?: (line: string) => void
}

type Row = [id: string, query: string, filters: string, results: number, latencyMs: number, degraded: boolean, unit: number | null]

/**
 * Records searches (table `search_log`, CMS migration `search_analytics`): the normalised query, the filters, the
 * result count, latency and mode, and the searcher's unit — never the person. `record` returns the search's id at
 * once and never waits for the database: rows are written together, one INSERT per batch, shortly after (so that a
 * busy search API spends one round trip on analytics for many searches, not one each). A batch the database refuses
 * is kept and tried again; `flush` writes what is held (before a click is recorded, and at shutdown).
 */
export class SearchLog {
  private pending: Row[] = []
  private timer: NodeJS.Timeout | undefined
  private writing: Promise<boolean> | undefined
  private dropped = 0
  private readonly flushAfterMs: number
  private readonly batchSize: number
  private readonly maxPending: number

  constructor(
    private readonly pool: pg.Pool,
    private readonly options: SearchLogOptions = {},
  ) {
    this.flushAfterMs = options.flushAfterMs ?? 50
    this.batchSize = options.batchSize ?? 200
    this.maxPending = options.maxPending ?? 10_000
  }

  record(facts: SearchRecordedFacts): string {
    const id = randomUUID()
    const { kind, orgUnit, topic, validity } = facts.query
    const filters = { ...(kind && { kind }), ...(orgUnit && { orgUnit }), ...(topic && { topic }), ...(validity === 'all' && { validity }) }
    const unit = facts.viewer.orgUnit && isCmsId(facts.viewer.orgUnit) ? Number(facts.viewer.orgUnit) : null
    this.hold([[id, normaliseSearchQuery(facts.query.q), JSON.stringify(filters), facts.results, Math.round(facts.latencyMs), facts.degraded, unit]])
    if (this.pending.length >= this.batchSize) void this.flush()
    else this.schedule(this.flushAfterMs)
    return id
  }

  /** Whether a search is recorded but not written yet. */
  holds(id: string): boolean {
    return this.pending.some((row) => row[0] === id)
  }

  /** Writes every search held now (in batches); a batch the database refuses stays held and is tried again later. */
  async flush(): Promise<void> {
    while (this.writing) await this.writing
    clearTimeout(this.timer)
    this.timer = undefined
    while (this.pending.length > 0) {
      const batch = this.pending.splice(0, this.batchSize)
      this.writing = this.write(batch).finally(() => (this.writing = undefined))
      if (!(await this.writing)) return
    }
  }

  private async write(batch: Row[]): Promise<boolean> {
    const column = (n: number) => batch.map((row) => row[n])
    try {
      await this.pool.query(
        `INSERT INTO search_log (id, query, filters, results, latency_ms, degraded, org_unit_id)
         SELECT * FROM unnest($1::uuid[], $2::text[], $3::jsonb[], $4::int[], $5::int[], $6::bool[], $7::int[])`,
        [0, 1, 2, 3, 4, 5, 6].map(column),
      )
      return true
    } catch (error) {
      this.options.log?.(`search: recording ${batch.length} search(es) for analytics failed, trying again in a second: ${(error as Error).message}`)
      this.pending.unshift(...batch)
      this.hold([])
      this.schedule(1_000)
      return false
    }
  }

  /** Adds rows, dropping the oldest beyond `maxPending` (the memory stays bounded while the database is away). */
  private hold(rows: Row[]): void {
    this.pending.push(...rows)
    const excess = this.pending.length - this.maxPending
    if (excess > 0) {
      this.pending.splice(0, excess)
      // Logged at the first drop and then every thousandth, not once per search.
      if (this.dropped === 0 || Math.floor((this.dropped + excess) / 1000) > Math.floor(this.dropped / 1000)) {
        this.options.log?.(`search: the database takes no search analytics; ${this.dropped + excess} search(es) dropped so far`)
      }
      this.dropped += excess
    }
  }

  private schedule(ms: number): void {
    if (this.timer) return
    this.timer = setTimeout(() => {
      this.timer = undefined
      void this.flush()
    }, ms)
    this.timer.unref()
  }
}
