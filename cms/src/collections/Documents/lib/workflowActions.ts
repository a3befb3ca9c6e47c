import type { WorkflowStatus } from '@lotse/domain'
import { workflowTransition, type FieldError, type TransitionInput } from './workflowTransition.ts'

/** What a person can do next with a document, as buttons of the admin's workflow bar. */
export const WORKFLOW_ACTIONS = ['submit', 'approve', 'return', 'withdraw', 'supersede'] as const
export type WorkflowAction = (typeof WORKFLOW_ACTIONS)[number]

export interface ActionsInput {
  /** Status of the latest version (as the hook sees it as `from`). */
  status: WorkflowStatus
  actor: TransitionInput['actor']
  /** Whether the person may change the document at all (update access). */
  canEdit: boolean
  submittedBy: string | null
  previousChangeNote: string | null
  changeNote: string | null | undefined
}

/**
 * The actions workflowTransition would allow this person now, asked of the rule itself so that the buttons and the
 * server never disagree. `blocked` explains why a reviewer-to-be cannot approve (four eyes, missing change note).
 */
export function workflowActions(input: ActionsInput): { actions: WorkflowAction[]; blocked: FieldError[] } {
  const { status, actor, canEdit } = input
  if (!canEdit) return { actions: [], blocked: [] }
  const ask = (to: WorkflowStatus, publishing: boolean, overrides: Partial<TransitionInput> = {}) =>
    workflowTransition({ from: status, to, publishing, actor, submittedBy: input.submittedBy, previousChangeNote: input.previousChangeNote, changeNote: input.changeNote, contentChanges: [], ...overrides })
  const actions: WorkflowAction[] = []
  const blocked: FieldError[] = []
  if (status === 'draft' && ask('in-review', false).ok) actions.push('submit')
  if (status === 'in-review') {
    const approval = ask('published', true)
    if (approval.ok) actions.push('approve')
    else blocked.push(...approval.errors)
    // Returning judges the submission like an approval would, except that the change note may be what is missing.
    if (ask('published', true, { previousChangeNote: null }).ok) actions.push('return')
  }
  if (status === 'published') {
    if (ask('withdrawn', true).ok) actions.push('withdraw')
    if (ask('superseded', true).ok) actions.push('supersede')
  }
  return { actions, blocked }
}
