export interface ThrottleLimit {
  /** Failed logins allowed within `windowMs`. */
  max: number
  windowMs: number
}

export interface LoginAttempt {
  /** The email as typed, normalised; whether an account exists for it plays no part. */
  account: string
  client: string
}

const MAX_KEYS = 100_000

/**
 * Failed logins in sliding windows, per account from one client and per client. Nobody can lock an account: an
 * attacker's failures slow down that attacker's address only, and the real person logs in from theirs.
 */
export class LoginThrottle {
  private readonly failures = new Map<string, number[]>()

  constructor(
    private readonly limits: { perAccountAndClient: ThrottleLimit; perClient: ThrottleLimit },
    private readonly now: () => number = Date.now,
  ) {}

  /** Milliseconds to wait before this attempt may be made; 0 when it may be made now. */
  waitMs(attempt: LoginAttempt): number {
    return Math.max(...this.buckets(attempt).map(([key, limit]) => this.waitFor(key, limit)))
  }

  recordFailure(attempt: LoginAttempt): void {
    const now = this.now()
    if (this.failures.size >= MAX_KEYS) this.sweep(now)
    for (const [key, limit] of this.buckets(attempt)) {
      const recent = this.recent(key, limit, now)
      recent.push(now)
      this.failures.set(key, recent.slice(-limit.max))
    }
  }

  /** A right password: its attempt was no failure, and the client's earlier failures on this account are forgiven. */
  forgive(attempt: LoginAttempt): void {
    const [[accountKey], [clientKey]] = this.buckets(attempt)
    this.failures.delete(accountKey)
    this.failures.get(clientKey)?.pop()
  }

  private buckets({ account, client }: LoginAttempt): Array<[string, ThrottleLimit]> {
    return [
      [`account ${client} ${account}`, this.limits.perAccountAndClient],
      [`client ${client}`, this.limits.perClient],
    ]
  }

  private recent(key: string, limit: ThrottleLimit, now: number): number[] {
    return (this.failures.get(key) ?? []).filter((at) => at > now - limit.windowMs)
  }

  private waitFor(key: string, limit: ThrottleLimit): number {
    const now = this.now()
    const recent = this.recent(key, limit, now)
    return recent.length < limit.max ? 0 : recent[recent.length - limit.max] + limit.windowMs - now
  }

  /** Keeps memory bounded under a flood of distinct addresses or names: forget what no window remembers. */
  private sweep(now: number): void {
    const longest = Math.max(this.limits.perAccountAndClient.windowMs, this.limits.perClient.windowMs)
    for (const [key, times] of this.failures) if ((times.at(-1) ?? 0) <= now - longest) this.failures.delete(key)
    if (this.failures.size >= MAX_KEYS) this.failures.clear()
  }
}
