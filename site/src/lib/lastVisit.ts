/** A pause longer than this starts a new visit (a working day's breaks do not). */
export const NEW_VISIT_AFTER_MS = 4 * 3_600_000
/** Without an earlier visit, "new" means published within this time. */
export const FIRST_VISIT_WINDOW_MS = 30 * 86_400_000

export interface VisitState {
  /** When the previous visit was; null on the first visit in this browser. */
  previousVisit: Date | null
  /** "New or changed since": the previous visit, or 30 days back on a first visit. */
  since: Date
  /** The cookie value to store: `<previous visit>.<last page view>` in epoch seconds (`0`: no earlier visit). */
  cookie: string
}

/** Epoch seconds → ms; `0` (no earlier visit) and anything unreadable → null. */
function seconds(value: string | undefined): number | null {
  return value && /^[1-9]\d{0,11}$/.test(value) ? Number(value) * 1000 : null
}

/**
 * The start page's "since your last visit", kept in a cookie of this browser (no write to the CMS per page view). A
 * visit lasts while pages follow each other within four hours; the next one compares with the visit before it, so a
 * reload does not empty the list.
 */
export function visitState(cookie: string | undefined, now: Date): VisitState {
  const parts = (cookie ?? '').split('.')
  const previous = parts.length === 2 ? seconds(parts[0]) : null
  const last = parts.length === 2 ? seconds(parts[1]) : null
  const nowMs = now.getTime()
  const stamp = (ms: number | null) => (ms === null ? '0' : String(Math.floor(ms / 1000)))
  let previousVisit: number | null
  if (last === null || last > nowMs) previousVisit = null
  else if (nowMs - last > NEW_VISIT_AFTER_MS) previousVisit = last
  else previousVisit = previous !== null && previous <= last ? previous : null
  return {
    previousVisit: previousVisit === null ? null : new Date(previousVisit),
    since: new Date(previousVisit ?? nowMs - FIRST_VISIT_WINDOW_MS),
    cookie: `${stamp(previousVisit)}.${stamp(nowMs)}`,
  }
}
