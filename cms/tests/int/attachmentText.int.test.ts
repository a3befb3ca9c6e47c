import { rm } from 'node:fs/promises'
import { blocksToText, type Block } from '@lotse/extraction'
import { buildFixture, type FixtureSpec } from '@lotse/extraction/testing'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { Document, File } from '../../src/payload-types.ts'
import { buildDocument, buildOrgUnit, buildUser, unique } from './factories.ts'
import { getTestPayload } from './getTestPayload.ts'
import { loginAs, rest } from './restClient.ts'

// Uploads go to a throwaway directory, set before the config (and its env) is loaded by the imports above.
const mediaDir = vi.hoisted(() => {
  const dir = `${process.env.TMPDIR ?? '/tmp'}/lotse-attachment-text-${process.pid}`
  process.env.MEDIA_DIR = dir
  return dir
})

const BLOCKS: Block[] = [
  { type: 'heading', level: 1, text: 'Dienstanweisung Reisekosten' },
  { type: 'paragraph', text: 'Dienstreisen werden vorab beim Fachbereich beantragt und nach Rückkehr abgerechnet.' },
  { type: 'list', ordered: false, items: ['Fahrkarten', 'Übernachtung'] },
  { type: 'table', rows: [['Kostenart', 'Erstattung'], ['Tagegeld', '14 €']] },
]

let payload: Payload
let token: string
let document: Document

async function fileOf(format: FixtureSpec['format'], variant?: FixtureSpec['variant']): Promise<Buffer> {
  return buildFixture({ format, blocks: BLOCKS, title: 'Reisekosten', variant })
}

/** An editor's upload over REST as the admin's form sends it (multipart, fields in `_payload`); `id` replaces a file. */
async function send(name: string, bytes: Buffer, data: Record<string, unknown> = {}, id?: number): Promise<File> {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(bytes)]), name)
  form.append('_payload', JSON.stringify(data))
  const answer = await rest(id ? `files/${id}?depth=0` : 'files?depth=0', { method: id ? 'PATCH' : 'POST', token, body: form })
  expect(answer.status, JSON.stringify(answer.json)).toBe(id ? 200 : 201)
  return answer.json.doc as File
}

const stored = async (id: number) => (await payload.findByID({ collection: 'files', id, depth: 0, overrideAccess: true })).extractedText

beforeAll(async () => {
  payload = await getTestPayload()
  const unit = await buildOrgUnit(payload)
  const editor = await buildUser(payload, ['editor'], { orgUnit: unit.id })
  token = await loginAs(editor.email)
  document = await buildDocument(payload, { ownerUnit: unit.id })
})
afterAll(async () => {
  await payload.destroy()
  await rm(mediaDir, { recursive: true, force: true })
})

describe('the text of an uploaded attachment lands in extractedText', () => {
  it.each(['docx', 'pdf'] as const)('%s uploaded over REST', async (format) => {
    const file = await send(`${unique('reisekosten')}.${format}`, await fileOf(format), { document: document.id })
    const text = await stored(file.id)
    if (format === 'docx') expect(text).toBe(blocksToText(BLOCKS))
    else for (const part of ['Dienstanweisung Reisekosten', 'nach Rückkehr abgerechnet', 'Übernachtung', 'Tagegeld', '14 €']) expect(text).toContain(part)
  })

  it('replacing the file replaces the text', async () => {
    const file = await send(`${unique('alt')}.md`, Buffer.from('# Alte Fassung\n\nVeralteter Text'), { document: document.id })
    expect(await stored(file.id)).toBe('Alte Fassung\n\nVeralteter Text')
    await send(`${unique('neu')}.docx`, await fileOf('docx'), {}, file.id)
    expect(await stored(file.id)).toBe(blocksToText(BLOCKS))
  })

  it('API callers cannot write extractedText: not with an upload, not with a replacement, not alone', async () => {
    const file = await send(`${unique('echt')}.docx`, await fileOf('docx'), { document: document.id, extractedText: 'GEFÄLSCHT' })
    expect(await stored(file.id)).toBe(blocksToText(BLOCKS))
    await send(`${unique('echt2')}.md`, Buffer.from('Neuer Inhalt'), { extractedText: 'GEFÄLSCHT' }, file.id)
    expect(await stored(file.id)).toBe('Neuer Inhalt')
    const patched = await rest(`files/${file.id}`, { method: 'PATCH', token, body: { extractedText: 'GEFÄLSCHT' } })
    expect(patched.status).toBe(200)
    expect(await stored(file.id)).toBe('Neuer Inhalt')
  })

  it('a file that cannot be read is stored without text; the upload does not fail', async () => {
    const file = await send(`${unique('geheim')}.pdf`, await fileOf('pdf', 'encrypted'), { document: document.id })
    expect(await stored(file.id)).toBeNull()
  })

  it('trusted server code (the migration) may hand in the text it extracted already', async () => {
    const bytes = await fileOf('pdf')
    const file = await payload.create({
      collection: 'files',
      data: { document: document.id, extractedText: 'Vom Import extrahiert' },
      file: { data: bytes, mimetype: 'application/pdf', name: `${unique('import')}.pdf`, size: bytes.length },
      overrideAccess: true,
    })
    expect(await stored(file.id)).toBe('Vom Import extrahiert')
  })
})
