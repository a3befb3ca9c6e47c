import { startMeilisearch, type MeilisearchOptions, type RunningMeilisearch } from './meilisearch.ts'

export interface SupervisedMeilisearch {
  url: string
  /** Resolves when Meilisearch died and could not be started again. */
  failed: Promise<string>
  stop(): Promise<void>
}

const RESTART_ATTEMPTS = 3

/**
 * The embedded Meilisearch, started again whenever it dies: the search API answers errors (or its degraded mode)
 * meanwhile, and the sync worker catches up from the outbox once it is back — nothing is lost, so there is no reason
 * to stop the stack. Only when it cannot be started again does `failed` resolve.
 */
export async function superviseMeilisearch(options: MeilisearchOptions, log: (line: string) => void): Promise<SupervisedMeilisearch> {
  let current: RunningMeilisearch = await startMeilisearch(options)
  let stopping = false
  let restarting: Promise<void> | undefined
  let fail!: (reason: string) => void
  const failed = new Promise<string>((resolve) => (fail = resolve))

  const watch = (running: RunningMeilisearch) => {
    void running.exited.then((code) => {
      if (stopping) return
      restarting = restart(code)
    })
  }
  const restart = async (code: number | null) => {
    log(`Meilisearch exited unexpectedly (code ${code}); starting it again …`)
    for (let attempt = 1; attempt <= RESTART_ATTEMPTS && !stopping; attempt++) {
      try {
        current = await startMeilisearch(options)
        log('Meilisearch is running again; the search index catches up from the outbox')
        if (stopping) await current.stop()
        else watch(current)
        return
      } catch (error) {
        log(`starting Meilisearch again failed (attempt ${attempt} of ${RESTART_ATTEMPTS}): ${(error as Error).message.split('\n')[0]}`)
        await new Promise((resolve) => setTimeout(resolve, 1000))
      }
    }
    if (!stopping) fail(`Meilisearch exited (code ${code}) and could not be started again`)
  }
  watch(current)

  return {
    url: current.url,
    failed,
    async stop() {
      stopping = true
      await restarting
      await current.stop()
    },
  }
}
