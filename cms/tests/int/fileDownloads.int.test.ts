import { REST_GET } from '@payloadcms/next/routes'
import { rm } from 'node:fs/promises'
import { Forbidden, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import config from '../../src/payload.config.ts'
import type { Document, File, User } from '../../src/payload-types.ts'
import { buildDocument, buildOrgUnit, buildUser, unique } from './factories.ts'
import { getTestPayload } from './getTestPayload.ts'
import { graphqlQuery, loginAs, rest } from './restClient.ts'

// Uploads go to a throwaway directory, set before the config (and its env) is loaded by the imports above.
const mediaDir = vi.hoisted(() => {
  const dir = `${process.env.TMPDIR ?? '/tmp'}/lotse-file-downloads-${process.pid}`
  process.env.MEDIA_DIR = dir
  return dir
})

const GET = REST_GET(config)

/** `GET /api/files/file/<filename>`, Payload's static handler, as a browser would call it. */
async function download(filename: string, token?: string): Promise<{ status: number; bytes: Buffer }> {
  const path = `files/file/${encodeURIComponent(filename)}`
  const response = await GET(new Request(`http://127.0.0.1/api/${path}`, { headers: token ? { authorization: `JWT ${token}` } : {} }), {
    params: Promise.resolve({ slug: path.split('/') }),
  })
  return { status: response.status, bytes: Buffer.from(await response.arrayBuffer()) }
}

const VIEWERS = ['admin', 'editorOwner', 'editorOther', 'managerOwner', 'staffOwner', 'staffOther', 'anonymous'] as const
type Viewer = (typeof VIEWERS)[number]

/** Each file, what it is attached to, and who may download it. */
const FILES = {
  confidential: ['admin', 'editorOwner', 'managerOwner', 'staffOwner'],
  allStaff: ['admin', 'editorOwner', 'editorOther', 'managerOwner', 'staffOwner', 'staffOther'],
  // Addressed to the other unit: through the document's audience (a hasMany relationship, queried across `document.`).
  audienceOther: ['admin', 'editorOwner', 'editorOther', 'managerOwner', 'staffOwner', 'staffOther'],
  draft: ['admin', 'editorOwner', 'managerOwner'],
  // Not attached to any document: its uploader (editorOwner) and admins only.
  unattached: ['admin', 'editorOwner'],
} satisfies Record<string, Viewer[]>
type FileCase = keyof typeof FILES
const FILE_CASES = Object.keys(FILES) as FileCase[]

const SECRET_TEXT = unique('VERTRAULICHER-TEXT')
/** A small but well-formed PDF (Payload checks the header, the xref table and the EOF marker), unique by `marker`. */
const pdf = (marker: string) =>
  Buffer.from(`%PDF-1.4\n% ${marker}\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\nxref\n0 3\n0000000000 65535 f \ntrailer << /Size 3 /Root 1 0 R >>\nstartxref\n0\n%%EOF\n`)

let payload: Payload
const users = {} as Record<Viewer, User | null>
const tokens = {} as Record<Viewer, string | undefined>
const documents = {} as Record<Exclude<FileCase, 'unattached'>, Document>
const files = {} as Record<FileCase, File>
const bytes = {} as Record<FileCase, Buffer>

async function upload(name: FileCase, document: Document | null, data: Partial<File> = {}) {
  bytes[name] = pdf(unique(name))
  return payload.create({
    collection: 'files',
    data: { document: document?.id ?? null, ...data },
    file: { data: bytes[name], mimetype: 'application/pdf', name: `${unique(name)}.pdf`, size: bytes[name].length },
    overrideAccess: true,
  })
}

beforeAll(async () => {
  payload = await getTestPayload()
  const owner = await buildOrgUnit(payload)
  const other = await buildOrgUnit(payload)
  const built: Record<Viewer, () => Promise<User | null>> = {
    admin: () => buildUser(payload, ['admin']),
    editorOwner: () => buildUser(payload, ['editor'], { orgUnit: owner.id }),
    editorOther: () => buildUser(payload, ['editor'], { orgUnit: other.id }),
    managerOwner: () => buildUser(payload, ['manager'], { orgUnit: other.id, managerOf: [owner.id] }),
    staffOwner: () => buildUser(payload, ['staff'], { orgUnit: owner.id }),
    staffOther: () => buildUser(payload, ['staff'], { orgUnit: other.id }),
    anonymous: async () => null,
  }
  for (const viewer of VIEWERS) {
    users[viewer] = await built[viewer]()
    tokens[viewer] = users[viewer] ? await loginAs(users[viewer].email) : undefined
  }
  documents.confidential = await buildDocument(payload, { ownerUnit: owner.id, classification: 'confidential' })
  documents.allStaff = await buildDocument(payload, { ownerUnit: owner.id })
  documents.audienceOther = await buildDocument(payload, { ownerUnit: owner.id, audienceUnits: [other.id] })
  documents.draft = await buildDocument(payload, { ownerUnit: owner.id, _status: 'draft' })
  files.confidential = await upload('confidential', documents.confidential, { extractedText: SECRET_TEXT })
  files.allStaff = await upload('allStaff', documents.allStaff)
  files.audienceOther = await upload('audienceOther', documents.audienceOther)
  files.draft = await upload('draft', documents.draft)
  files.unattached = await upload('unattached', null, { uploadedBy: users.editorOwner!.id })
})
afterAll(async () => {
  await payload.destroy()
  await rm(mediaDir, { recursive: true, force: true })
})

describe.each(VIEWERS)('files as %s', (viewer) => {
  it.each(FILE_CASES)('%s', async (name) => {
    const file = files[name]
    const allowed = (FILES[name] as readonly Viewer[]).includes(viewer)
    const token = tokens[viewer]
    const label = (path: string) => `${viewer} × ${name} file × ${path}`

    const downloaded = await download(file.filename!, token)
    if (allowed) {
      expect.soft(downloaded.status, label('download')).toBe(200)
      expect.soft(downloaded.bytes.equals(bytes[name]), label('download bytes')).toBe(true)
    } else {
      expect.soft([403, 404], label('download')).toContain(downloaded.status)
      expect.soft(downloaded.bytes.includes(bytes[name]), label('download bytes')).toBe(false)
    }

    const byId = await rest(`files/${file.id}?depth=0`, { token })
    if (allowed) expect.soft(byId, label('REST by id')).toMatchObject({ status: 200, json: { id: file.id, filename: file.filename } })
    else expect.soft([403, 404], label('REST by id')).toContain(byId.status)

    const list = await rest(`files?where[id][equals]=${file.id}&depth=0`, { token })
    expect.soft(list.status === 200 ? list.json.docs.length : 0, label('REST list')).toBe(allowed ? 1 : 0)

    const gql = await graphqlQuery(`{ File(id: ${file.id}) { id filename url } }`, token)
    expect.soft(gql.json.data?.File?.filename, label('GraphQL File(id)')).toBe(allowed ? file.filename : undefined)

    const local = await payload.findByID({ collection: 'files', id: file.id, depth: 0, user: users[viewer] ?? undefined, overrideAccess: false }).then(
      (doc) => doc.filename,
      () => undefined,
    )
    expect.soft(local, label('Local findByID')).toBe(allowed ? file.filename : undefined)

    if (!allowed) expect(JSON.stringify([byId.json, list.json, gql.json])).not.toContain(SECRET_TEXT)
  })
})

describe('changing files', () => {
  it('an editor of another unit can neither change nor delete the attachment of a document it may not read', async () => {
    const file = files.confidential
    const patched = await rest(`files/${file.id}`, { method: 'PATCH', token: tokens.editorOther, body: {} })
    expect.soft([403, 404], 'PATCH status').toContain(patched.status)
    expect.soft(JSON.stringify(patched.json), 'PATCH answer').not.toContain(SECRET_TEXT)
    const detached = await rest(`files/${file.id}`, { method: 'PATCH', token: tokens.editorOther, body: { document: null } })
    expect.soft([403, 404], 'detach status').toContain(detached.status)
    const deleted = await rest(`files/${file.id}`, { method: 'DELETE', token: tokens.editorOther })
    expect.soft([403, 404], 'DELETE status').toContain(deleted.status)
    const stored = await payload.findByID({ collection: 'files', id: file.id, depth: 0, overrideAccess: true })
    expect(stored).toMatchObject({ document: documents.confidential.id, extractedText: SECRET_TEXT })
    expect((await download(file.filename!, tokens.staffOwner)).status).toBe(200)
  })

  it('an editor of another unit cannot attach a file to the owning unit’s document, at upload or later', async () => {
    const data = pdf(unique('fremd'))
    const upload = (document: number | null) =>
      payload.create({
        collection: 'files',
        data: { document },
        file: { data, mimetype: 'application/pdf', name: `${unique('fremd')}.pdf`, size: data.length },
        user: users.editorOther!,
        overrideAccess: false,
      })
    await expect(upload(documents.allStaff.id)).rejects.toThrow(Forbidden)
    // An unattached file of its own may not be moved onto the owning unit's document either.
    const own = await upload(null)
    const moved = await rest(`files/${own.id}`, { method: 'PATCH', token: tokens.editorOther, body: { document: documents.confidential.id } })
    expect(moved.status).toBe(403)
    expect(await payload.findByID({ collection: 'files', id: own.id, depth: 0, overrideAccess: true })).toMatchObject({ document: null })
  })

  it('an unattached file is its uploader’s: another editor can neither change, attach nor delete it, nor pose as its uploader', async () => {
    const data = pdf(unique('lose'))
    const uploaded = await payload.create({
      collection: 'files',
      data: { document: null, uploadedBy: users.editorOther!.id },
      file: { data, mimetype: 'application/pdf', name: `${unique('lose')}.pdf`, size: data.length },
      depth: 0,
      user: users.editorOwner!,
      overrideAccess: false,
    })
    expect(uploaded.uploadedBy).toBe(users.editorOwner!.id)
    for (const [method, body] of [['PATCH', {}], ['PATCH', { document: documents.allStaff.id }], ['DELETE', undefined]] as const) {
      const { status } = await rest(`files/${uploaded.id}`, { method, token: tokens.editorOther, body })
      expect.soft([403, 404], `${method} ${JSON.stringify(body)}`).toContain(status)
    }
    expect((await rest(`files/${uploaded.id}?depth=0`, { method: 'PATCH', token: tokens.editorOwner, body: { uploadedBy: users.editorOther!.id } })).json.doc.uploadedBy).toBe(users.editorOwner!.id)
    // Its uploader attaches it to a document of their unit; from then on the document decides.
    expect((await rest(`files/${uploaded.id}`, { method: 'PATCH', token: tokens.editorOwner, body: { document: documents.allStaff.id } })).status).toBe(200)
    expect((await rest(`files/${uploaded.id}?depth=0`, { token: tokens.staffOther })).status).toBe(200)
  })

  it('an editor of the owning unit may attach, change and delete its attachments', async () => {
    const data = pdf(unique('eigen'))
    const own = await payload.create({
      collection: 'files',
      data: { document: documents.allStaff.id },
      file: { data, mimetype: 'application/pdf', name: `${unique('eigen')}.pdf`, size: data.length },
      user: users.editorOwner!,
      overrideAccess: false,
    })
    expect((await rest(`files/${own.id}`, { method: 'PATCH', token: tokens.editorOwner, body: { document: documents.confidential.id } })).status).toBe(200)
    // Detaching would make a confidential attachment readable to every editor: refused even for the owning unit.
    expect([403, 404]).toContain((await rest(`files/${own.id}`, { method: 'PATCH', token: tokens.editorOwner, body: { document: null } })).status)
    expect(await payload.findByID({ collection: 'files', id: own.id, depth: 0, overrideAccess: true })).toMatchObject({ document: documents.confidential.id })
    expect((await rest(`files/${own.id}`, { method: 'DELETE', token: tokens.editorOwner })).status).toBe(200)
    expect((await rest(`files/${files.allStaff.id}`, { method: 'PATCH', token: tokens.admin, body: {} })).status).toBe(200)
  })
})
