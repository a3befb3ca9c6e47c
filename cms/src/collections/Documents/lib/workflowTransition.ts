import { RELEASED_STATUSES, type WorkflowStatus } from '@lotse/domain'

export interface TransitionInput {
  /** Status of the latest version (the draft being worked on, or the published state when there is no draft). */
  from: WorkflowStatus
  /** Status the save asks for. */
  to: WorkflowStatus
  /** Whether the save publishes (Payload `_status: 'published'`) rather than saving a draft. */
  publishing: boolean
  actor: { id: string; isAdmin: boolean; onOwningSide: boolean }
  /** Who submitted the current draft for review. */
  submittedBy: string | null
  /** Change note of the version published last, or null when none was (then a new, different note is required). */
  previousChangeNote: string | null
  changeNote: string | null | undefined
  /** Content fields this save changes, compared with the latest version (lib/contentChanges.ts). */
  contentChanges: string[]
}

/** Why a save was refused; `code` and `params` let the admin say it in the person's language (lib/refusalText.ts). */
export interface FieldError {
  path: string
  message: string
  code?: RefusalCode
  params?: Record<string, string>
}

export type RefusalCode =
  | 'needs-review'
  | 'not-owning-side'
  | 'not-in-review'
  | 'four-eyes'
  | 'approval-changes-content'
  | 'change-note-required'
  | 'retire-unreleased'
  | 'retire-changes-content'

export type TransitionResult =
  | { ok: true; status: WorkflowStatus; action: 'save' | 'submit' | 'approve' | 'supersede' | 'withdraw' }
  | { ok: false; errors: FieldError[] }

const released = (status: WorkflowStatus) => (RELEASED_STATUSES as readonly string[]).includes(status)
const refuse = (code: RefusalCode, message: string, params: Record<string, string> = {}, path = 'workflowStatus'): TransitionResult => ({
  ok: false,
  errors: [{ path, message, code, params }],
})

/**
 * The document lifecycle draft → in-review → published → superseded | withdrawn, with the four-eyes principle: no
 * content reaches readers unless a second person saw exactly that content. Whoever submits content for review — or
 * changes it while it is in review, which submits it anew — cannot publish it; a publishing save (approving, or
 * retiring as superseded or withdrawn) changes no content, so it publishes exactly what was reviewed. Admins are bound
 * too. Pure, so every rule is unit-tested; the hook applies it.
 */
export function workflowTransition(input: TransitionInput): TransitionResult {
  const { from, publishing, actor, contentChanges } = input
  // A draft never carries a released status: a new draft of a published document starts as "draft".
  const to = !publishing && released(input.to) ? 'draft' : input.to
  const changed = contentChanges.join(', ')

  if (!publishing) {
    if (to === 'in-review') return { ok: true, status: to, action: from === 'in-review' && !contentChanges.length ? 'save' : 'submit' }
    return { ok: true, status: to, action: 'save' }
  }
  if (!released(to)) {
    return refuse('needs-review', 'Publishing needs an approval: submit the draft for review ("in-review"); a second person then publishes it.')
  }
  if (!actor.isAdmin && !actor.onOwningSide) return refuse('not-owning-side', 'Only editors and managers of the owning unit (or admins) can publish or retire this document.')
  if (to === 'published') {
    if (from !== 'in-review') return refuse('not-in-review', 'Only a version in review can be published: submit it for review first.')
    if (input.submittedBy === actor.id) return refuse('four-eyes', 'Four-eyes principle: you submitted this change, so another editor or a manager of the owning unit must approve it.')
    if (contentChanges.length) {
      return refuse('approval-changes-content', `Approval publishes the version in review exactly as submitted, but this save also changes ${changed}. Save your changes as a draft instead; another person then approves them.`, { changed })
    }
    const note = input.changeNote?.trim()
    if (input.previousChangeNote !== null && (!note || note === input.previousChangeNote.trim())) {
      return refuse('change-note-required', 'Say what changed in this version: a new change note is required when a new version is published. Add it to the draft and submit it again.', {}, 'changeNote')
    }
    return { ok: true, status: to, action: 'approve' }
  }
  if (!released(from)) return refuse('retire-unreleased', `A ${from} document cannot become ${to}: only published documents are superseded or withdrawn.`, { from, to })
  if (contentChanges.length) {
    return refuse('retire-changes-content', `Marking a document ${to} changes only its status, but this save also changes ${changed}, which readers would see unreviewed. Save it unchanged, or publish the changes through review first.`, { to, changed })
  }
  return { ok: true, status: to, action: to === 'withdrawn' ? 'withdraw' : 'supersede' }
}
