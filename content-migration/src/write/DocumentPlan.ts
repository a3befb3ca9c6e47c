import type { ReviewReason } from '@lotse/cms/migration'
import type { ImportFile, Target } from '../import/ImportFile.ts'

/** One document the run writes: new (states saved oldest first) or, on a re-run, an existing one given a new version. */
export interface DocumentPlan {
  /** The document to update (a file changed on the drive since it was imported); null = create. */
  documentId: string | null
  /** Saved in this order; the last is the document's current state and decides title, kind, unit and status. */
  states: ImportFile[]
  /** Reported `imported`; the other states are `version`s of it. */
  primary: string
  versions: Array<{ path: string; of: string }>
  /** Copies of a state (reported `duplicate`), kept as the document's other locations. */
  duplicates: Array<{ file: ImportFile; of: string }>
  target: Target
  reviewReasons: ReviewReason[]
  /** The reasons in words (German), for the report. */
  review: string
}
