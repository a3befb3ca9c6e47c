import { describe, expect, it } from 'vitest'
import { workflowTransition, type TransitionInput } from '../../src/collections/Documents/lib/workflowTransition.ts'

const author = { id: 'a', isAdmin: false, onOwningSide: true }
const reviewer = { id: 'r', isAdmin: false, onOwningSide: true }
const outsider = { id: 'o', isAdmin: false, onOwningSide: false }
const base: TransitionInput = { from: 'draft', to: 'draft', publishing: false, actor: author, submittedBy: null, previousChangeNote: null, changeNote: '', contentChanges: [] }
const run = (overrides: Partial<TransitionInput>) => workflowTransition({ ...base, ...overrides })

describe('workflowTransition', () => {
  it('saves and submits drafts', () => {
    expect(run({})).toEqual({ ok: true, status: 'draft', action: 'save' })
    expect(run({ to: 'in-review' })).toEqual({ ok: true, status: 'in-review', action: 'submit' })
    expect(run({ from: 'in-review', to: 'draft' })).toEqual({ ok: true, status: 'draft', action: 'save' })
  })

  it('starts a new draft of a published document as draft', () => {
    expect(run({ from: 'published', to: 'published' })).toEqual({ ok: true, status: 'draft', action: 'save' })
  })

  it('lets a second person approve a version in review', () => {
    expect(run({ from: 'in-review', to: 'published', publishing: true, actor: reviewer, submittedBy: 'a' })).toEqual({ ok: true, status: 'published', action: 'approve' })
  })

  it('refuses approval by the person who submitted the change (four eyes)', () => {
    const result = run({ from: 'in-review', to: 'published', publishing: true, actor: author, submittedBy: 'a' })
    expect(result).toMatchObject({ ok: false, errors: [{ path: 'workflowStatus', message: expect.stringContaining('Four-eyes') }] })
  })

  it('refuses four-eyes violations by admins too', () => {
    expect(run({ from: 'in-review', to: 'published', publishing: true, actor: { ...author, isAdmin: true }, submittedBy: 'a' }).ok).toBe(false)
  })

  it.each([
    ['a draft that skips review', { from: 'draft', to: 'published' }],
    ['publishing with a draft status', { from: 'in-review', to: 'in-review' }],
    ['a published document republished without review', { from: 'published', to: 'published' }],
    ['a draft that is withdrawn', { from: 'draft', to: 'withdrawn' }],
  ] as const)('refuses %s', (_name, overrides) => {
    expect(run({ ...overrides, publishing: true, actor: reviewer, submittedBy: 'a' }).ok).toBe(false)
  })

  it('refuses publishing by someone off the owning side', () => {
    expect(run({ from: 'in-review', to: 'published', publishing: true, actor: outsider, submittedBy: 'a' })).toMatchObject({ ok: false })
  })

  it.each([' ', 'Erstfassung', ' Erstfassung '])('requires a new change note for a new version (not %j)', (changeNote) => {
    const result = run({ from: 'in-review', to: 'published', publishing: true, actor: reviewer, submittedBy: 'a', previousChangeNote: 'Erstfassung', changeNote })
    expect(result).toMatchObject({ ok: false, errors: [{ path: 'changeNote' }] })
  })

  it('accepts a new change note for a new version', () => {
    expect(run({ from: 'in-review', to: 'published', publishing: true, actor: reviewer, submittedBy: 'a', previousChangeNote: 'Erstfassung', changeNote: 'Frist auf 14 Tage verlängert' }).ok).toBe(true)
  })

  it('withdraws and supersedes published documents', () => {
    expect(run({ from: 'published', to: 'withdrawn', publishing: true, actor: author })).toEqual({ ok: true, status: 'withdrawn', action: 'withdraw' })
    expect(run({ from: 'published', to: 'superseded', publishing: true, actor: author })).toEqual({ ok: true, status: 'superseded', action: 'supersede' })
  })

  it('makes whoever changes content in review the one who needs a second person (a content edit submits anew)', () => {
    expect(run({ from: 'in-review', to: 'in-review', actor: reviewer, submittedBy: 'a', contentChanges: ['body'] })).toEqual({ ok: true, status: 'in-review', action: 'submit' })
    expect(run({ from: 'in-review', to: 'in-review', actor: reviewer, submittedBy: 'a' })).toEqual({ ok: true, status: 'in-review', action: 'save' })
  })

  it.each([false, true])('refuses an approval that also changes content (admin: %s)', (isAdmin) => {
    const result = run({ from: 'in-review', to: 'published', publishing: true, actor: { ...reviewer, isAdmin }, submittedBy: 'a', contentChanges: ['title', 'body'] })
    expect(result).toMatchObject({ ok: false, errors: [{ path: 'workflowStatus', message: expect.stringContaining('exactly as submitted, but this save also changes title, body') }] })
  })

  it.each(['withdrawn', 'superseded'] as const)('refuses marking a document %s while changing its content, admins too', (to) => {
    for (const actor of [author, { ...reviewer, isAdmin: true }]) {
      const result = run({ from: 'published', to, publishing: true, actor, contentChanges: ['summary'] })
      expect(result).toMatchObject({ ok: false, errors: [{ path: 'workflowStatus', message: expect.stringContaining('also changes summary') }] })
    }
  })
})
