import { REST_GET } from '@payloadcms/next/routes'
import { rm, writeFile } from 'node:fs/promises'
import { Forbidden, type Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import config from '../../src/payload.config.ts'
import type { Document, File, OrgUnit, User } from '../../src/payload-types.ts'
import { pdf, png } from '../fixtures/attachmentSamples.ts'
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
async function download(filename: string, token?: string): Promise<{ status: number; bytes: Buffer; headers: Headers }> {
  const path = `files/file/${encodeURIComponent(filename)}`
  const response = await GET(new Request(`http://127.0.0.1/api/${path}`, { headers: token ? { authorization: `JWT ${token}` } : {} }), {
    params: Promise.resolve({ slug: path.split('/') }),
  })
  return { status: response.status, bytes: Buffer.from(await response.arrayBuffer()), headers: response.headers }
}

interface SentFile {
  token: string | undefined
  name: string
  bytes: Buffer
  declaredType?: string
  data?: Record<string, unknown>
  method?: 'POST' | 'PATCH'
}

/** An upload over REST as the admin's form sends it (multipart, fields in `_payload`): a new file, or a replacement (`PATCH files/:id`). */
function sendFile(path: string, { token, name, bytes, declaredType = 'application/pdf', data = {}, method = 'POST' }: SentFile) {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(bytes)], { type: declaredType }), name)
  form.append('_payload', JSON.stringify(data))
  return rest(path, { method, token, body: form })
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

let payload: Payload
let owner: OrgUnit
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
  owner = await buildOrgUnit(payload)
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
    // Its uploader attaches it to a document of their unit; from then on the document decides: its drafts readers see
    // it at once, its other readers once a second person approves the document with it (tested below).
    expect((await rest(`files/${uploaded.id}`, { method: 'PATCH', token: tokens.editorOwner, body: { document: documents.allStaff.id } })).status).toBe(200)
    expect((await rest(`files/${uploaded.id}?depth=0`, { token: tokens.managerOwner })).status).toBe(200)
    expect((await rest(`files/${uploaded.id}?depth=0`, { token: tokens.staffOther })).status).toBe(404)
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

describe('active content', () => {
  /** An editor's upload over REST: the declared type is whatever the sender claims. */
  const uploadOverRest = (name: string, bytes: Buffer, declaredType: string) =>
    sendFile('files', { token: tokens.editorOwner, name, bytes, declaredType, data: { document: documents.allStaff.id } })
  const page = (marker: string) => Buffer.from(`<!DOCTYPE html><html><body>${marker}<script>fetch('/api/users/me')</script></body></html>`)

  it.each([
    ['a page', 'seite.html', page('a'), 'text/html'],
    ['a page named as text', 'seite.txt', page('b'), 'text/plain'],
    ['a page declared as PDF', 'seite.pdf', page('c'), 'application/pdf'],
    ['script after a harmless first line', 'hinweis.txt', Buffer.from('Hinweis\n<script>alert(document.cookie)</script>'), 'text/plain'],
    ['an SVG image', 'grafik.svg', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), 'image/svg+xml'],
    ['an SVG image named as text', 'grafik.txt', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'), 'text/plain'],
    ['XML', 'daten.txt', Buffer.from('<?xml version="1.0"?><x:script xmlns:x="http://www.w3.org/1999/xhtml">alert(1)</x:script>'), 'text/plain'],
  ])('%s is refused over REST and the Local API', async (_case, name, bytes, declaredType) => {
    const before = await payload.count({ collection: 'files', overrideAccess: true })
    const answer = await uploadOverRest(name, bytes, declaredType)
    expect.soft(answer.status, `REST ${name}`).toBe(400)
    expect.soft(JSON.stringify(answer.json), `REST ${name} message`).toMatch(/not an allowed attachment type|markup|not a valid/)
    const local = payload.create({
      collection: 'files',
      data: { document: documents.allStaff.id },
      file: { data: bytes, mimetype: declaredType, name, size: bytes.length },
      user: users.editorOwner!,
      overrideAccess: false,
    })
    await expect.soft(local, `Local API ${name}`).rejects.toMatchObject({
      data: { errors: [{ path: 'file', message: expect.stringMatching(/not an allowed attachment type|markup|not a valid/) }] },
    })
    expect((await payload.count({ collection: 'files', overrideAccess: true })).totalDocs).toBe(before.totalDocs)
  })

  it('stores an accepted file with the type found in its content, not the declared one', async () => {
    const text = await uploadOverRest(`${unique('notiz')}.txt`, Buffer.from('Nur Text, 3 < 4.\n'), 'text/html')
    expect(text).toMatchObject({ status: 201, json: { doc: { mimeType: 'text/plain' } } })
    const image = await uploadOverRest(`${unique('bild')}.png`, png, 'text/html')
    expect(image).toMatchObject({ status: 201, json: { doc: { mimeType: 'image/png' } } })
  })

  it('serves every file as an inert download: attachment unless PDF or a raster image, never sniffed, sandboxed', async () => {
    const text = (await uploadOverRest(`${unique('notiz')}.txt`, Buffer.from('Nur Text.\n'), 'text/plain')).json.doc
    // Wide enough for a thumbnail, which is served by the same route.
    const wide = await sharp({ create: { width: 400, height: 20, channels: 3, background: '#0a5' } }).png().toBuffer()
    const image = (await uploadOverRest(`${unique('bild')}.png`, wide, 'image/png')).json.doc
    // A page stored before formats were checked, as a crafted row and file on disk would be.
    const legacyName = `${unique('alt')}.html`
    await writeFile(`${mediaDir}/${legacyName}`, page('legacy'))
    await payload.db.create({ collection: 'files', data: { filename: legacyName, mimeType: 'text/html', filesize: 10, document: documents.allStaff.id } })

    const cases: Array<[string, string, string]> = [
      [files.allStaff.filename!, 'application/pdf', 'inline'],
      [image.filename, 'image/png', 'inline'],
      [image.sizes.thumbnail.filename, 'image/png', 'inline'],
      [text.filename, 'text/plain', 'attachment'],
      [legacyName, 'application/octet-stream', 'attachment'],
    ]
    for (const [filename, type, disposition] of cases) {
      // As the owning unit's editor: the editor's uploads are not released to staff until a second person approves them.
      const { status, headers } = await download(filename, tokens.editorOwner)
      expect.soft(status, filename).toBe(200)
      expect.soft(headers.get('content-type'), `${filename} type`).toBe(type)
      expect.soft(headers.get('content-disposition'), `${filename} disposition`).toBe(disposition)
      expect.soft(headers.get('x-content-type-options'), `${filename} nosniff`).toBe('nosniff')
      expect.soft(headers.get('content-security-policy'), `${filename} CSP`).toMatch(/(^|;)\s*sandbox\s*(;|$)/)
      expect.soft(headers.get('content-security-policy'), `${filename} CSP`).toContain("default-src 'none'")
    }
  })
})

describe('attachments reach readers only through a second person (four eyes)', () => {
  const EVERYWHERE = { download: true, byId: true, list: true, graphql: true, attachments: true }
  const NOWHERE = { download: false, byId: false, list: false, graphql: false, attachments: false }

  /** Where `viewer` finds the file: on every path a reader has to it, including its document's `attachments`. */
  async function findsFile(viewer: Viewer, file: Pick<File, 'id' | 'filename'>, documentId: number) {
    const token = tokens[viewer]
    const [downloaded, byId, list, gql, document] = await Promise.all([
      download(file.filename!, token),
      rest(`files/${file.id}?depth=0`, { token }),
      rest(`files?where[id][equals]=${file.id}&depth=0`, { token }),
      graphqlQuery(`{ File(id: ${file.id}) { id filename } }`, token),
      rest(`documents/${documentId}?depth=0`, { token }),
    ])
    const attached: unknown[] = document.json?.attachments?.docs ?? []
    return {
      download: downloaded.status === 200,
      byId: byId.status === 200,
      list: list.json?.docs?.length === 1,
      graphql: gql.json.data?.File?.filename === file.filename,
      attachments: attached.some((entry) => (typeof entry === 'object' ? (entry as File).id : entry) === file.id),
    }
  }

  const submit = (user: User, id: number) =>
    payload.update({ collection: 'documents', id, data: { workflowStatus: 'in-review', changeNote: unique('Anlage') }, draft: true, depth: 0, user, overrideAccess: false })
  const approve = (user: User, id: number) =>
    payload.update({ collection: 'documents', id, data: { workflowStatus: 'published', _status: 'published' }, depth: 0, user, overrideAccess: false })
  const attach = async (viewer: Viewer, documentId: number, data: Record<string, unknown> = {}) => {
    const name = unique('anlage')
    const answer = await sendFile('files', { token: tokens[viewer], name: `${name}.pdf`, bytes: pdf(name), data: { document: documentId, ...data } })
    expect(answer.status).toBe(201)
    return answer.json.doc as File
  }
  const stored = (id: number) => payload.findByID({ collection: 'files', id, depth: 0, overrideAccess: true })
  /** As seed or migration import an original: trusted code without a user. */
  const imported = (documentId: number) => {
    const name = unique('original')
    const data = pdf(name)
    return payload.create({ collection: 'files', data: { document: documentId }, file: { data, mimetype: 'application/pdf', name: `${name}.pdf`, size: data.length }, overrideAccess: true })
  }

  it('a file an editor attaches to a published document stays with its drafts readers until another person approves a new version', async () => {
    const doc = await buildDocument(payload, { ownerUnit: owner.id })
    // What the system sets is not taken from the request.
    const file = await attach('editorOwner', doc.id, { releasedAt: '2020-01-01T00:00:00.000Z', changedBy: users.managerOwner!.id })
    expect.soft(await stored(file.id)).toMatchObject({ releasedAt: null, changedBy: users.editorOwner!.id })
    for (const reader of ['staffOwner', 'staffOther', 'editorOther'] as const) expect.soft(await findsFile(reader, file, doc.id), reader).toEqual(NOWHERE)
    for (const draftReader of ['editorOwner', 'managerOwner', 'admin'] as const) expect.soft(await findsFile(draftReader, file, doc.id), draftReader).toEqual(EVERYWHERE)

    await submit(users.editorOwner!, doc.id)
    expect(await findsFile('staffOther', file, doc.id), 'in review').toEqual(NOWHERE)
    await approve(users.managerOwner!, doc.id)
    for (const reader of ['staffOwner', 'staffOther', 'editorOther'] as const) expect.soft(await findsFile(reader, file, doc.id), `${reader} after approval`).toEqual(EVERYWHERE)
  })

  it('replacing a released file’s content, or moving it to another document, un-releases it', async () => {
    const doc = await buildDocument(payload, { ownerUnit: owner.id })
    const next = await buildDocument(payload, { ownerUnit: owner.id })
    const original = await imported(doc.id)
    expect(await findsFile('staffOther', original, doc.id), 'imported by trusted code').toEqual(EVERYWHERE)

    const name = unique('ersetzt')
    const replaced = await sendFile(`files/${original.id}?depth=0`, { method: 'PATCH', token: tokens.editorOwner, name: `${name}.pdf`, bytes: pdf(name) })
    expect(replaced.status).toBe(200)
    const file = replaced.json.doc as File
    expect.soft(await stored(file.id)).toMatchObject({ releasedAt: null, changedBy: users.editorOwner!.id })
    expect.soft(await findsFile('staffOther', file, doc.id), 'replaced').toEqual(NOWHERE)
    expect.soft([403, 404], 'the old name').toContain((await download(original.filename!, tokens.staffOther)).status)
    expect.soft(await findsFile('editorOwner', file, doc.id), 'replaced, for its editor').toEqual(EVERYWHERE)

    const moving = await imported(doc.id)
    expect((await rest(`files/${moving.id}`, { method: 'PATCH', token: tokens.editorOwner, body: { document: next.id } })).status).toBe(200)
    expect.soft(await findsFile('staffOther', moving, next.id), 'moved').toEqual(NOWHERE)
  })

  it('an approver who attaches a file to a document in review does not release it by approving', async () => {
    const doc = await buildDocument(payload, { ownerUnit: owner.id })
    const byAuthor = await attach('editorOwner', doc.id)
    await submit(users.editorOwner!, doc.id)
    const byApprover = await attach('managerOwner', doc.id)
    await approve(users.managerOwner!, doc.id)
    expect.soft(await findsFile('staffOther', byAuthor, doc.id), 'the author’s file').toEqual(EVERYWHERE)
    expect.soft(await findsFile('staffOther', byApprover, doc.id), 'the approver’s own file').toEqual(NOWHERE)
    // It needs another person, as a content edit would: the next version, approved by someone else, releases it.
    await submit(users.managerOwner!, doc.id)
    await approve(users.editorOwner!, doc.id)
    expect(await findsFile('staffOther', byApprover, doc.id), 'approved by another person').toEqual(EVERYWHERE)
  })
})
