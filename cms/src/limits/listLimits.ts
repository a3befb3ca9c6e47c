/**
 * The most documents one list request may ask for (`limit`), over REST and GraphQL alike: what the admin itself asks
 * for (250, when its list views look up the names of related documents; its largest page is 100).
 */
export const MAX_PAGE_SIZE = 250

/** The most documents one GraphQL request may ask for in all, counting aliases and lists nested in lists. */
export const MAX_DOCUMENTS_PER_QUERY = 1_000

/** Payload's page size when a list request names none. */
export const DEFAULT_PAGE_SIZE = 10
