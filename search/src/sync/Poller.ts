/**
 * Runs `work` now and then again `intervalMs` after each run ends (never two at once); a failed run is reported and
 * retried at the next tick. `stop()` waits for a run in progress.
 */
export class Poller {
  private timer: NodeJS.Timeout | undefined
  private running: Promise<void> | undefined

  constructor(
    private readonly work: () => Promise<void>,
    private readonly intervalMs: number,
    private readonly onError: (error: Error) => void,
  ) {}

  start(): void {
    const tick = () => {
      this.running = this.work()
        .catch(this.onError)
        .finally(() => {
          if (this.running) this.timer = setTimeout(tick, this.intervalMs)
        })
    }
    tick()
  }

  async stop(): Promise<void> {
    clearTimeout(this.timer)
    const running = this.running
    this.running = undefined
    await running
    clearTimeout(this.timer)
  }
}
