// Flags callers pass through `req.context` to steer hooks (see STYLE.md, "Hooks can be skipped through req.context").
declare module 'payload' {
  interface RequestContext {
    /** Bulk imports set this and queue the search sync once at the end instead of one outbox row per save. */
    skipSearchSync?: boolean
    /** Set while a published successor marks its predecessor `superseded` (a system change, not a person's). */
    supersession?: boolean
  }
}

export {}
