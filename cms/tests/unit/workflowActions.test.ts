import { describe, expect, it } from 'vitest'
import { workflowActions, type ActionsInput } from '../../src/collections/Documents/lib/workflowActions.ts'

const author = { id: 'a', isAdmin: false, onOwningSide: true }
const reviewer = { id: 'r', isAdmin: false, onOwningSide: true }
const admin = { id: 'x', isAdmin: true, onOwningSide: false }
const base: ActionsInput = { status: 'draft', actor: author, canEdit: true, submittedBy: null, previousChangeNote: null, changeNote: '' }
const run = (overrides: Partial<ActionsInput>) => workflowActions({ ...base, ...overrides })

describe('workflowActions', () => {
  it('offers nothing to people who may not change the document', () => {
    expect(run({ canEdit: false, status: 'in-review', actor: reviewer, submittedBy: 'a' })).toEqual({ actions: [], blocked: [] })
  })

  it('offers submitting a draft', () => {
    expect(run({}).actions).toEqual(['submit'])
  })

  it('offers approval and return to a second person, and tells the submitter why not (four eyes)', () => {
    expect(run({ status: 'in-review', actor: reviewer, submittedBy: 'a' })).toEqual({ actions: ['approve', 'return'], blocked: [] })
    expect(run({ status: 'in-review', actor: admin, submittedBy: 'a' }).actions).toEqual(['approve', 'return'])
    const own = run({ status: 'in-review', actor: author, submittedBy: 'a' })
    expect([own.actions, own.blocked.map((error) => error.code)]).toEqual([[], ['four-eyes']])
  })

  it('lets the reviewer return a new version whose change note is missing, but not approve it', () => {
    const result = run({ status: 'in-review', actor: reviewer, submittedBy: 'a', previousChangeNote: 'Erste Fassung', changeNote: 'Erste Fassung' })
    expect([result.actions, result.blocked.map((error) => error.code)]).toEqual([['return'], ['change-note-required']])
  })

  it('offers withdrawing and superseding published documents, nothing for retired ones', () => {
    expect(run({ status: 'published' }).actions).toEqual(['withdraw', 'supersede'])
    expect(run({ status: 'withdrawn' }).actions).toEqual([])
    expect(run({ status: 'superseded' }).actions).toEqual([])
  })
})
