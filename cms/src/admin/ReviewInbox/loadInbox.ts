import { idOf, idsOf } from '@lotse/domain'
import type { Payload, Where } from 'payload'
import { hasRole } from '../../access/hasRole.ts'
import type { User } from '../../payload-types.ts'

const DAY_MS = 86_400_000

export interface InboxEntry {
  id: number
  title: string
  at: string
  /** Who submitted (waiting) or who returned it and what they said (drafts). */
  by?: string
  comment?: string
  compareHref?: string
}

export interface Inbox {
  waiting: InboxEntry[]
  drafts: InboxEntry[]
  reviewDue: (InboxEntry & { overdue: boolean })[]
  feedback: (InboxEntry & { kind: string })[]
}

const nameOf = (value: unknown) => (value && typeof value === 'object' && 'name' in value ? String(value.name) : undefined)

/**
 * What waits for the signed-in person, read with their own access (`overrideAccess: false`): submissions of their
 * units they did not submit themselves, their units' drafts (with the reviewer's comment when returned), reviews due
 * within 30 days, and open feedback they may see.
 */
export async function loadInbox(payload: Payload, user: User): Promise<Inbox> {
  const as = { user, overrideAccess: false as const, depth: 1, limit: 20 }
  const units = [idOf(user.orgUnit), ...idsOf(user.managerOf)].filter((id) => id !== null)
  const ofMyUnits: Where = hasRole(user, 'admin') ? {} : { ownerUnit: { in: units.length ? units : [0] } }
  const [waiting, drafts, due, feedback] = await Promise.all([
    payload.find({ collection: 'documents', draft: true, where: { and: [ofMyUnits, { workflowStatus: { equals: 'in-review' } }, { submittedBy: { not_equals: user.id } }] }, sort: 'updatedAt', ...as }),
    payload.find({ collection: 'documents', draft: true, where: { and: [ofMyUnits, { workflowStatus: { equals: 'draft' } }] }, sort: '-updatedAt', ...as }),
    payload.find({
      collection: 'documents',
      where: { and: [ofMyUnits, { workflowStatus: { equals: 'published' } }, { reviewDue: { less_than_equal: new Date(Date.now() + 30 * DAY_MS).toISOString() } }] },
      sort: 'reviewDue',
      ...as,
    }),
    payload.find({ collection: 'feedback', where: { status: { equals: 'open' } }, sort: '-createdAt', ...as }),
  ])
  const notes = drafts.docs.length
    ? await payload.find({ collection: 'review-notes', where: { document: { in: drafts.docs.map((doc) => doc.id) } }, sort: '-createdAt', ...as, limit: 100 })
    : { docs: [] }
  const compareHref = async (id: number) => {
    const newest = (where: Where) =>
      payload.findVersions({ collection: 'documents', where: { and: [{ parent: { equals: id } }, where] }, sort: '-updatedAt', limit: 1, depth: 0, user, overrideAccess: false }).then(({ docs }) => docs[0]?.id)
    const [latest, published] = await Promise.all([newest({}), newest({ 'version._status': { equals: 'published' } })])
    if (!latest) return undefined
    return `/admin/collections/documents/${id}/versions/${latest}${published ? `?versionFrom=${published}` : ''}`
  }
  return {
    waiting: await Promise.all(waiting.docs.map(async (doc) => ({ id: doc.id, title: doc.title, at: doc.updatedAt, by: nameOf(doc.submittedBy), compareHref: await compareHref(doc.id) }))),
    drafts: drafts.docs.map((doc) => {
      // The latest note counts while the draft was not published since (a new draft of a published document starts clean).
      const note = notes.docs.find((candidate) => idOf(candidate.document) === String(doc.id) && (!doc.publishedAt || candidate.createdAt > doc.publishedAt))
      return { id: doc.id, title: doc.title, at: doc.updatedAt, by: note ? nameOf(note.author) : undefined, comment: note?.comment }
    }),
    reviewDue: due.docs.map((doc) => ({ id: doc.id, title: doc.title, at: doc.reviewDue!, overdue: new Date(doc.reviewDue!).getTime() < Date.now() })),
    feedback: feedback.docs.map((entry) => ({
      id: Number(idOf(entry.document)),
      title: typeof entry.document === 'object' ? entry.document.title : '',
      at: entry.createdAt,
      kind: entry.kind,
      comment: entry.comment ?? undefined,
    })),
  }
}
