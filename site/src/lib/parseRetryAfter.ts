const MAX_SECONDS = 24 * 60 * 60

/**
 * Seconds to wait from an HTTP `Retry-After` value (delta-seconds or an HTTP date), capped at a day; `undefined` when
 * absent or unreadable.
 */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  const text = value?.trim()
  if (!text) return undefined
  const seconds = /^\d+$/.test(text) ? Number(text) : Math.ceil((Date.parse(text) - now) / 1000)
  if (!Number.isFinite(seconds)) return undefined
  return Math.min(Math.max(seconds, 0), MAX_SECONDS)
}
