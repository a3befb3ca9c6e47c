// Flags callers pass through `req.context` to steer hooks (see STYLE.md, "Hooks can be skipped through req.context").
declare module 'payload' {
  interface RequestContext {
    /** Bulk imports set this and queue the search sync once at the end instead of one outbox row per save. */
    skipSearchSync?: boolean
  }
}

export {}
