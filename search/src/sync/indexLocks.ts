/**
 * PostgreSQL advisory locks that order writes to the search index (two-key locks in Lotse's own spaces).
 * - One lock per document: only its holder applies that document's outbox rows, so two workers never have rows of
 *   one document in flight at once. `hashtext` collisions only make two documents wait for each other.
 * - The requeue lock: the API's page re-check queues outdated documents again one transaction at a time, so that two
 *   searches that drop the same hit queue it once (each sees what the other queued).
 * - The rebuild lock: every worker batch holds it shared; `rebuildIndex` holds it exclusively while it fills and swaps
 *   in a fresh index, and the workers meanwhile keep the rows they apply for a replay after the swap.
 */
export const REBUILD_LOCK = [0x4c6f7473, 0] as const
export const REQUEUE_LOCK = [0x4c6f7473, 1] as const
export const DOCUMENT_LOCK_SPACE = 0x4c6f7474
