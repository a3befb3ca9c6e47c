import type { ReviewReason } from '@lotse/cms/migration'
import type { FileGroup } from '../dedupe/groupFiles.ts'
import type { FileState } from '../state/fileStates.ts'
import type { DocumentPlan } from '../write/DocumentPlan.ts'
import type { ImportFile, Target } from './ImportFile.ts'

export interface PlanInput {
  groups: readonly FileGroup[]
  files: ReadonlyMap<string, ImportFile>
  targets: ReadonlyMap<string, Target>
  /** What earlier runs recorded, by path: a file recorded with a document that changed since updates that document. */
  states: ReadonlyMap<string, FileState>
  /** Extensions the CMS keeps as attachments. */
  attachable: ReadonlySet<string>
  /** How each review reason reads in the report. */
  reviewLabels: ReadonlyMap<string, string>
}

const extensionOf = (name: string) => (name.includes('.') ? name.slice(name.lastIndexOf('.') + 1).toLowerCase() : '')

/** One document per group: its states in date order, its copies, where it goes, and why an editor should look at it. */
export function planDocuments({ groups, files, targets, states, attachable, reviewLabels }: PlanInput): DocumentPlan[] {
  return groups.map((group) => {
    const members = group.states.map((path) => files.get(path)!)
    const current = members.at(-1)!
    const documentId = members.map((member) => states.get(member.file.path)?.documentId).find((id) => id) ?? null
    const reasons: ReviewReason[] = []
    if (!current.classification.matched) reasons.push('unmatched')
    if (group.versions.length) reasons.push('versions')
    if (members.some((member) => member.extracted?.ocr)) reasons.push('ocr')
    if (current.title?.from === 'fileName') reasons.push('titleFromFileName')
    if (!attachable.has(extensionOf(current.file.name))) reasons.push('noAttachment')
    if (documentId) reasons.push('changedOnDrive')
    return {
      documentId,
      states: members,
      primary: group.primary,
      versions: group.versions.map(({ path, of }) => ({ path, of })),
      duplicates: group.duplicates.map(({ path, of }) => ({ file: files.get(path)!, of })),
      target: targets.get(current.file.path)!,
      reviewReasons: reasons,
      review: reasons.map((reason) => reviewLabels.get(reason) ?? reason).join('; '),
    }
  })
}
