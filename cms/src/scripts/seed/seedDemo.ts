import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type PayloadRequest } from 'payload'
import type { Document, OrgUnit, Topic, User } from '../../payload-types.ts'
import { canRead, visibilityFactsOf } from '@lotse/domain'
import { seedAcknowledgements, viewerOfUser } from './acknowledgements.ts'
import { backdatePublication } from './backdatePublication.ts'
import { demoAttachments } from './demoAttachments.ts'
import { demoDocuments, documentKey, type DemoDocument } from './demoDocuments.ts'
import { DEMO_ADMIN_EMAIL, DEMO_PASSWORD, demoUsers } from './demoUsers.ts'
import { documentBody } from './documentBody.ts'
import { demoFeedback } from './feedback.ts'
import { demoOrgUnits } from './orgUnits.ts'
import { demoTopics } from './topics.ts'

export interface SeedSummary {
  orgUnits: number
  topics: number
  users: number
  documents: number
  acknowledgements: number
  feedback: number
  attachments: number
  milliseconds: number
}

/** A lookup that fails loudly on a misspelt key in the demo data. */
function lookup<T>(map: Map<string, T>, what: string) {
  return (key: string): T => {
    const found = map.get(key)
    if (found === undefined) throw new Error(`Demo data names an unknown ${what}: "${key}"`)
    return found
  }
}

/** Whether the demo content is already there: the demo admin exists (other users, e.g. from tests, do not count). */
export async function isSeeded(payload: Payload): Promise<boolean> {
  const { totalDocs } = await payload.count({ collection: 'users', where: { email: { equals: DEMO_ADMIN_EMAIL } }, overrideAccess: true })
  return totalDocs > 0
}

/**
 * Demo content for a fresh database — org chart, people, topics, documents in every state with publication and
 * acknowledgement rounds in the past, attachments, acknowledgements and feedback; does nothing once the demo admin exists, so it is safe to run on every start. One transaction: a
 * half-seeded database would be skipped forever. Documents go through the hooks (workflow, supersession, outbox,
 * audit), as trusted server code without a user, except where a person submits a draft for review.
 */
export async function seedDemo(payload: Payload): Promise<SeedSummary | null> {
  if (await isSeeded(payload)) return null
  const began = Date.now()

  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  try {
    const units = new Map<string, OrgUnit>()
    for (const { parent, ...data } of demoOrgUnits) {
      const created = await payload.create({ collection: 'org-units', data: { ...data, parent: parent ? lookup(units, 'org unit')(parent).id : undefined }, req, overrideAccess: true })
      units.set(created.shortCode, created)
    }
    const unit = lookup(units, 'org unit')

    const topics = new Map<string, Topic>()
    for (const { parent, ...data } of demoTopics) {
      const created = await payload.create({ collection: 'topics', data: { ...data, parent: parent ? lookup(topics, 'topic')(parent).id : undefined }, req, overrideAccess: true })
      topics.set(created.name, created)
    }
    const topic = lookup(topics, 'topic')

    // One after the other: operations sharing a transaction's connection must not overlap (node-postgres deprecates
    // concurrent queries on one client). Password hashing (PBKDF2) makes this the slowest part of the seed.
    const users = new Map<string, User>()
    for (const { orgUnit, managerOf, ...data } of demoUsers) {
      const created = await payload.create({
        collection: 'users',
        data: { ...data, password: DEMO_PASSWORD, orgUnit: unit(orgUnit).id, managerOf: managerOf?.map((code) => unit(code).id) },
        req,
        overrideAccess: true,
      })
      users.set(created.email, created)
    }
    const user = lookup(users, 'user')

    const specs = new Map(demoDocuments.map((spec) => [documentKey(spec), spec]))
    const documents = new Map<string, Document>()
    const names = {
      unit: (code: string) => unit(code),
      person: (email: string) => ({ name: user(email).name }),
      document: lookup(specs, 'document'),
    }
    for (const spec of demoDocuments) {
      documents.set(documentKey(spec), await createDocument(payload, req, spec, { unit, topic, user, document: lookup(documents, 'document'), body: (s) => documentBody(s, names) }))
    }

    // Re-read: supersession and withdrawal changed documents after they were created.
    const { docs: stored } = await payload.find({ collection: 'documents', where: { id: { in: [...documents.values()].map((doc) => doc.id) } }, pagination: false, depth: 0, req, overrideAccess: true })
    // Everything was published just now; the demo needs a past: rounds that are overdue, news that is not new.
    for (const doc of stored) await backdatePublication(payload, req, doc, new Date())

    for (const attachment of demoAttachments) {
      const data = attachment.build()
      await payload.create({
        collection: 'files',
        data: { document: lookup(documents, 'document')(attachment.document).id },
        file: { data, mimetype: attachment.mimeType, name: attachment.filename, size: data.length },
        req,
        overrideAccess: true,
      })
    }
    const people = [...users.values()]
    const unitList = [...units.values()]
    const acknowledgements = await seedAcknowledgements(payload, req, stored.filter((doc) => doc.workflowStatus === 'published'), people, unitList)

    for (const { document, createdBy, ...data } of demoFeedback) {
      const doc = stored.find((candidate) => candidate.id === lookup(documents, 'document')(document).id)!
      const author = user(createdBy)
      if (!canRead(viewerOfUser(author, unitList), visibilityFactsOf(doc))) throw new Error(`Demo feedback: ${createdBy} cannot read "${doc.title}"`)
      await payload.create({ collection: 'feedback', data: { ...data, document: doc.id, createdBy: author.id }, req, overrideAccess: true })
    }

    await commitTransaction(req)
    return {
      orgUnits: units.size,
      topics: topics.size,
      users: users.size,
      documents: documents.size,
      acknowledgements,
      feedback: demoFeedback.length,
      attachments: demoAttachments.length,
      milliseconds: Date.now() - began,
    }
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}

interface Resolvers {
  unit(shortCode: string): OrgUnit
  topic(name: string): Topic
  user(email: string): User
  document(key: string): Document
  body(spec: DemoDocument): Document['body']
}

/** Creates one demo document in the state its spec asks for, through the same hooks as every other save. */
async function createDocument(payload: Payload, req: PayloadRequest, spec: DemoDocument, resolve: Resolvers): Promise<Document> {
  const { key: _key, status, submittedBy, ownerUnit, responsible, topics, audienceUnits, supersedes, content: _content, ...fields } = spec
  const data = {
    ...fields,
    classification: fields.classification ?? 'internal',
    ownerUnit: resolve.unit(ownerUnit).id,
    responsible: responsible ? resolve.user(responsible).id : undefined,
    topics: topics?.map((name) => resolve.topic(name).id),
    audienceUnits: audienceUnits?.map((code) => resolve.unit(code).id),
    supersedes: supersedes ? resolve.document(supersedes).id : undefined,
    body: resolve.body(spec),
  }
  const common = { collection: 'documents', req, overrideAccess: true } as const

  if (status === 'draft' || status === 'in-review') {
    if (!submittedBy) return payload.create({ ...common, data: { ...data, workflowStatus: status }, draft: true })
    // Submitted by a person (an editor of the owning unit), so the document records who asked for review and the
    // four-eyes rule keeps them from approving it themselves. Created in one save, so the document row and its
    // latest version agree on the status.
    const submitter = resolve.user(submittedBy)
    const asSubmitter = { ...req, user: { ...submitter, collection: 'users' } } as PayloadRequest
    return payload.create({ ...common, req: asSubmitter, data: { ...data, workflowStatus: status }, draft: true })
  }

  const published = await payload.create({ ...common, data: { ...data, workflowStatus: 'published', _status: 'published' } })
  if (status !== 'withdrawn') return published
  return payload.update({ ...common, id: published.id, data: { workflowStatus: 'withdrawn', _status: 'published' } })
}
