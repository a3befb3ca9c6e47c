import type { RequiredDataFromCollectionSlug } from 'payload'

type DocumentData = RequiredDataFromCollectionSlug<'documents'>

/** Fields the hooks maintain, or that the seed derives: never written by hand. */
type Derived =
  | 'id' | 'createdAt' | 'updatedAt' | 'body' | 'workflowStatus' | '_status' | 'audienceAll' | 'attachments' | 'source'
  | 'supersededBy' | 'submittedBy' | 'publishedBy' | 'publishedAt' | 'acknowledgementRound' | 'acknowledgementRoundStartedAt'

/**
 * A demo document as written in the seed: references by key (unit short code, user email, topic name, document key),
 * resolved to ids at seed time, and the body's own sections as `lexical()` lines, framed by documentBody().
 */
export type DemoDocument = Omit<DocumentData, Derived | 'ownerUnit' | 'responsible' | 'topics' | 'audienceUnits' | 'supersedes' | 'classification'> & {
  /** `internal` when not given, as in the collection. */
  classification?: DocumentData['classification']
  /** How other demo data refers to this document; the title when not given. */
  key?: string
  /**
   * The state to create it in. `superseded` is not listed: a document becomes superseded when a later entry names it
   * in `supersedes`. `withdrawn` is published first and then withdrawn.
   */
  status: 'published' | 'draft' | 'in-review' | 'withdrawn'
  /** Who put it in review (an editor of the owning unit): the document is submitted in their name. */
  submittedBy?: string
  ownerUnit: string
  responsible?: string
  topics?: string[]
  audienceUnits?: string[]
  supersedes?: string
  /** The document's own sections: `## Heading`, paragraphs, `- bullet` and `1. numbered` lines. */
  content: string[]
}

const DAY_MS = 86_400_000

/**
 * A date `offset` days from today (noon UTC, so it shows as the same calendar day everywhere). Relative dates keep
 * the demo meaningful whenever it is seeded: what is overdue, expired or not yet in force stays so.
 */
export function inDays(offset: number): string {
  const today = new Date()
  return new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate(), 12) + offset * DAY_MS).toISOString()
}
