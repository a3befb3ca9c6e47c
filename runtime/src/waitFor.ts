import { RuntimeError } from './RuntimeError.ts'

/** Polls `probe` until it resolves true, or fails after `timeoutMs` naming what was awaited. */
export async function waitFor(what: string, probe: () => Promise<boolean>, timeoutMs: number, intervalMs = 100): Promise<void> {
  const deadline = Date.now() + timeoutMs
  let lastError: unknown
  while (Date.now() < deadline) {
    try {
      if (await probe()) return
    } catch (error) {
      // A RuntimeError is a verdict (the process died), not a "not yet".
      if (error instanceof RuntimeError) throw error
      lastError = error
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs))
  }
  throw new RuntimeError('TIMEOUT', `${what} did not become ready within ${Math.round(timeoutMs / 1000)} s`, { cause: lastError })
}

/** True when `url` answers with a status below 500 (a 401 still means the server is up). */
export async function httpAnswers(url: string): Promise<boolean> {
  const response = await fetch(url, { signal: AbortSignal.timeout(2000), redirect: 'manual', headers: { Connection: 'close' } })
  await response.body?.cancel()
  return response.status < 500
}
