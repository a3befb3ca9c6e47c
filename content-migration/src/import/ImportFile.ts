import type { JudgedTitle } from '../identify/judgeTitle.ts'
import type { PathClassification } from '../mapping/classifyPath.ts'
import type { DriveFile } from '../steps/walkDrive.ts'

/** A file on its way through the run: found, classified by its path, then (when it is content) extracted and titled. */
export interface ImportFile {
  file: DriveFile
  classification: PathClassification
  /** Set once extracted; the text itself waits in the run's ExtractionStore. */
  extracted?: { textKey: string | null; ocr: boolean }
  title?: JudgedTitle
}

/** Where a document goes in the CMS: resolved ids, its status, and who approves it when published. */
export interface Target {
  ownerUnit: number
  topics: number[]
  status: 'draft' | 'published'
  /** User id of the approver (published only). */
  approverId: number | null
  /** The owning unit was not given by a mapping rule (found from the folder name, or the fallback unit). */
  unitGuessed: boolean
}
