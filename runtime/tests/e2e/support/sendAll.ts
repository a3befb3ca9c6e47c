import type { FuzzRequest } from './FuzzRequest.ts'

export interface SendOutcome {
  sent: number
  elapsedMs: number
  /** Status counts, e.g. `{ 200: 12, 404: 80 }` (0 = no answer). */
  statuses: Record<number, number>
  /** Every request answered with a 5xx or not answered at all, with the start of the answer. */
  failures: Array<{ status: number; request: FuzzRequest; answer: string }>
}

/**
 * Sends the requests to `baseUrl`, `concurrency` at a time, until all are sent or `budgetMs` is used up, and collects
 * every answer ≥ 500 (and every request without an answer within `timeoutMs`).
 */
export async function sendAll(
  baseUrl: string,
  requests: readonly FuzzRequest[],
  { concurrency = 6, budgetMs, timeoutMs = 15_000 }: { concurrency?: number; budgetMs: number; timeoutMs?: number },
): Promise<SendOutcome> {
  const started = Date.now()
  const outcome: SendOutcome = { sent: 0, elapsedMs: 0, statuses: {}, failures: [] }
  let next = 0
  const worker = async () => {
    while (next < requests.length && Date.now() - started < budgetMs) {
      const request = requests[next++]
      let status = 0
      let detail: string
      try {
        const response = await fetch(`${baseUrl}${request.path}`, {
          method: request.method,
          headers: request.headers,
          body: request.body,
          redirect: 'manual',
          signal: AbortSignal.timeout(timeoutMs),
        })
        status = response.status
        detail = (await response.text()).slice(0, 300)
      } catch (error) {
        detail = error instanceof Error ? `${error.name}: ${error.message} ${(error.cause as Error | undefined)?.message ?? ''}` : String(error)
      }
      outcome.sent++
      outcome.statuses[status] = (outcome.statuses[status] ?? 0) + 1
      if (status === 0 || status >= 500) outcome.failures.push({ status, request, answer: detail.replace(/\s+/g, ' ') })
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker))
  outcome.elapsedMs = Date.now() - started
  return outcome
}
