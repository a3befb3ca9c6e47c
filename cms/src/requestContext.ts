// Flags callers pass through `req.context` to steer hooks (see STYLE.md, "Hooks can be skipped through req.context").
declare module 'payload' {
  interface RequestContext {
    /** Bulk imports set this and queue the search sync once per batch instead of one outbox row per save. */
    skipSearchSync?: boolean
    /** Set while a published successor marks its predecessor `superseded` (a system change, not a person's). */
    supersession?: boolean
    /**
     * Set by the content-migration tool (trusted server code, never an API caller) for every save of a run: the run is
     * the author, and a published import is released by `approvedBy`, a person the tool checked may approve for the
     * owning unit (cms/src/migration/checkApprover.ts). Documents/hooks/enforceWorkflow.ts records them.
     */
    migration?: MigrationContext
    /** Set by Payload itself while it restores a version (Documents/hooks/restoreAsDraft.ts makes it a draft). */
    isRestoringVersion?: boolean
  }
}

export interface MigrationContext {
  /** The `migration-runs` record of this run. */
  runId: number
  /** Who approved publishing the run's documents (a user id); required for a published import. */
  approvedBy?: number | null
  /** When the run imports (ISO); recorded as `publishedAt` of what it publishes. */
  importedAt: string
}
