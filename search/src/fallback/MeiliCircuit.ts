export type SearchMode = 'normal' | 'degraded'

export interface MeiliCircuitOptions {
  /** How long a search may take before Meilisearch counts as unavailable. */
  timeoutMs?: number
  /** How often a cheap search probes Meilisearch while searches go to the fallback. */
  probeIntervalMs?: number
  log?: (line: string) => void
}

/**
 * A circuit breaker in front of Meilisearch. While it is closed (`normal`), a search that fails or takes longer than
 * `timeoutMs` opens it (`degraded`): from then on searches go straight to the fallback instead of waiting for a dead
 * server, and a probe in the background closes it again as soon as Meilisearch answers. Holds no state per request.
 */
export class MeiliCircuit {
  private degraded = false
  private probeTimer: NodeJS.Timeout | undefined
  private stopped = false
  private readonly timeoutMs: number
  private readonly probeIntervalMs: number

  constructor(
    private readonly probe: (signal: AbortSignal) => Promise<unknown>,
    private readonly options: MeiliCircuitOptions = {},
  ) {
    this.timeoutMs = options.timeoutMs ?? 2_000
    this.probeIntervalMs = options.probeIntervalMs ?? 1_000
  }

  get mode(): SearchMode {
    return this.degraded ? 'degraded' : 'normal'
  }

  /** The result of `call`, or `{ ok: false }` at once while degraded, and after a failure or the timeout (which opens the circuit). */
  async attempt<T>(call: (signal: AbortSignal) => Promise<T>): Promise<{ ok: true; value: T } | { ok: false }> {
    if (this.degraded) return { ok: false }
    try {
      return { ok: true, value: await this.withTimeout(call) }
    } catch (error) {
      this.open(error)
      return { ok: false }
    }
  }

  stop(): void {
    this.stopped = true
    clearTimeout(this.probeTimer)
  }

  /** Aborts the call at the timeout, and does not wait for a client that ignores the abort. */
  private async withTimeout<T>(call: (signal: AbortSignal) => Promise<T>): Promise<T> {
    const controller = new AbortController()
    let timer: NodeJS.Timeout | undefined
    const timeout = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => {
        const error = new Error(`Meilisearch did not answer within ${this.timeoutMs} ms`)
        controller.abort(error)
        reject(error)
      }, this.timeoutMs)
    })
    try {
      return await Promise.race([call(controller.signal), timeout])
    } finally {
      clearTimeout(timer)
    }
  }

  private open(error: unknown): void {
    if (this.degraded) return
    this.degraded = true
    const cause = error instanceof Error ? (error.cause instanceof Error ? `${error.message} (${error.cause.message})` : error.message) : String(error)
    this.options.log?.(`Meilisearch unavailable, searches answered from PostgreSQL until it is back: ${cause}`)
    this.scheduleProbe()
  }

  private scheduleProbe(): void {
    if (this.stopped) return
    this.probeTimer = setTimeout(() => {
      this.withTimeout(this.probe).then(
        () => {
          this.degraded = false
          this.options.log?.('Meilisearch answers again; searches go to it again')
        },
        () => this.scheduleProbe(),
      )
    }, this.probeIntervalMs)
    this.probeTimer.unref()
  }
}
