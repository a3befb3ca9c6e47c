import { describe, expect, it } from 'vitest'
import { extractBuffer, extractFile } from '../../src/index.ts'
import { buildFixture, writeFixture, writeZip } from '../../src/testing/index.ts'
import { SAMPLE_BLOCKS } from './support/sampleBlocks.ts'
import { tempDir } from './support/tempDir.ts'

const dir = await tempDir()

describe('broken files are results with a precise reason, never exceptions', () => {
  it('password-protected PDF', async () => {
    const file = await writeFixture(dir, 'geheim.pdf', { format: 'pdf', variant: 'encrypted', blocks: SAMPLE_BLOCKS })
    expect(await extractFile(file)).toEqual({ ok: false, outcome: 'unreadable', reason: 'PDF is password-protected (a password is needed to open it)' })
  })

  it('truncated PDF', async () => {
    const file = await writeFixture(dir, 'halb.pdf', { format: 'pdf', variant: 'truncated', blocks: SAMPLE_BLOCKS })
    const result = await extractFile(file)
    expect(result).toMatchObject({ ok: false, outcome: 'unreadable', reason: expect.stringMatching(/^Corrupt PDF: .*truncated/) })
  })

  it('truncated docx', async () => {
    const file = await writeFixture(dir, 'halb.docx', { format: 'docx', variant: 'truncated', blocks: SAMPLE_BLOCKS })
    expect(await extractFile(file)).toEqual({ ok: false, outcome: 'unreadable', reason: 'Corrupt zip: no central directory (the file is truncated or not a zip)' })
  })

  it('a zip bomb docx is refused from its declared sizes, before anything is inflated', async () => {
    const file = await writeFixture(dir, 'bombe.docx', { format: 'docx', variant: 'zipBomb', blocks: [] })
    const result = await extractFile(file)
    expect(result).toMatchObject({ ok: false, outcome: 'unreadable', reason: expect.stringMatching(/^Zip bomb refused: "word\/document\.xml" would inflate .* to 24\.0 MB$/) })
  })

  it.each(['xlsx', 'pptx', 'odt', 'ods', 'odp'] as const)('a zip bomb %s is refused too', async (format) => {
    const result = await extractBuffer(await buildFixture({ format, variant: 'zipBomb', blocks: [] }), `bombe.${format}`)
    expect(result).toMatchObject({ ok: false, outcome: 'unreadable', reason: expect.stringMatching(/^Zip bomb refused: /) })
  })

  it.each(['xlsx', 'pptx', 'odt'] as const)('truncated %s', async (format) => {
    const result = await extractBuffer(await buildFixture({ format, variant: 'truncated', blocks: SAMPLE_BLOCKS }), `halb.${format}`)
    expect(result).toEqual({ ok: false, outcome: 'unreadable', reason: 'Corrupt zip: no central directory (the file is truncated or not a zip)' })
  })

  it('a .doc that is not a Word file', async () => {
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600)])
    expect(await extractBuffer(ole, 'kaputt.doc')).toMatchObject({ ok: false, outcome: 'unreadable', reason: expect.stringMatching(/^Corrupt Word 97 document: /) })
  })

  it('a zip that lies about an entry size stops inflating at the declared size', async () => {
    const xml = `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${'<w:p/>'.repeat(100_000)}</w:body></w:document>`
    const bytes = writeZip([{ name: 'word/document.xml', data: xml, declaredSize: 1000 }])
    const result = await extractBuffer(bytes, 'luege.docx')
    expect(result).toEqual({ ok: false, outcome: 'unreadable', reason: 'Zip bomb refused: "word/document.xml" inflates beyond its declared 1000 bytes' })
  })

  it('a zip whose entries together declare more than the limit', async () => {
    const bytes = writeZip([{ name: 'word/document.xml', data: 'x'.repeat(2000) }, { name: 'word/other.xml', data: 'y'.repeat(2000) }])
    const result = await extractBuffer(bytes, 'gross.docx', { maxUnzippedBytes: 3000 })
    expect(result).toEqual({ ok: false, outcome: 'unreadable', reason: 'Zip bomb refused: the archive\'s entries would unpack to 3.9 KB (limit 2.9 KB)' })
  })

  it('a zip that is no office document', async () => {
    const bytes = writeZip([{ name: 'foto.jpg', data: 'kein Word' }])
    expect(await extractBuffer(bytes, 'bericht.docx')).toEqual({ ok: false, outcome: 'unreadable', reason: 'Not a docx file: the zip archive holds no Office document' })
  })

  it('garbage named .pdf and .docx', async () => {
    const garbage = Buffer.from('Das ist kein Dokument, nur Text mit falscher Endung.')
    expect(await extractBuffer(garbage, 'x.pdf')).toEqual({ ok: false, outcome: 'unreadable', reason: 'Not a PDF: the file has no PDF header' })
    expect(await extractBuffer(garbage, 'x.docx')).toEqual({ ok: false, outcome: 'unreadable', reason: 'Corrupt zip: no central directory (the file is truncated or not a zip)' })
  })

  it('an encrypted Office file (OLE container with an EncryptedPackage stream)', async () => {
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(500), Buffer.from('EncryptedPackage', 'utf16le'), Buffer.alloc(500)])
    expect(await extractBuffer(ole, 'vertraulich.docx')).toEqual({ ok: false, outcome: 'unreadable', reason: 'Office document is password-protected (encrypted)' })
  })

  it('a password-protected OpenDocument file (encryption data in its manifest)', async () => {
    const odt = writeZip([
      { name: 'mimetype', data: 'application/vnd.oasis.opendocument.text', store: true },
      { name: 'content.xml', data: Buffer.from([0x8f, 0x13, 0xa7, 0x00, 0x42]) },
      { name: 'META-INF/manifest.xml', data: '<manifest:manifest><manifest:file-entry manifest:full-path="content.xml"><manifest:encryption-data/></manifest:file-entry></manifest:manifest>' },
    ])
    expect(await extractBuffer(odt, 'geheim.odt')).toEqual({ ok: false, outcome: 'unreadable', reason: 'OpenDocument file is password-protected (encrypted)' })
  })

  it('an empty file, a file over the size limit, a missing file', async () => {
    const file = await writeFixture(dir, 'gross.txt', { format: 'txt', blocks: [{ type: 'paragraph', text: 'x'.repeat(2000) }] })
    expect(await extractBuffer(new Uint8Array(0), 'leer.docx')).toEqual({ ok: false, outcome: 'unreadable', reason: 'The file is empty' })
    expect(await extractFile(file, { maxBytes: 1024 })).toEqual({ ok: false, outcome: 'unreadable', reason: 'File too large: 2.0 KB (limit 1.0 KB)' })
    expect(await extractFile(`${dir}/fehlt.pdf`)).toEqual({ ok: false, outcome: 'unreadable', reason: 'The file cannot be opened: ENOENT' })
  })

  it('unknown formats are unsupported', async () => {
    expect(await extractBuffer(Buffer.from('GIF89a'), 'bild.gif')).toEqual({ ok: false, outcome: 'unsupported', reason: 'Format not supported: bild.gif' })
    expect(await extractBuffer(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'tabelle.xls')).toEqual({ ok: false, outcome: 'unsupported', reason: 'Format not supported: tabelle.xls' })
  })

  it('nothing is written next to the input', async () => {
    const { readdir } = await import('node:fs/promises')
    const sub = `${dir}/still`
    const file = await writeFixture(sub, 'a.pdf', { format: 'pdf', blocks: SAMPLE_BLOCKS })
    await extractFile(file)
    expect(await readdir(sub)).toEqual(['a.pdf'])
  })
})

describe('maxChars', () => {
  it('cuts text and blocks', async () => {
    const bytes = await buildFixture({ format: 'md', blocks: SAMPLE_BLOCKS })
    const result = await extractBuffer(bytes, 'a.md', { maxChars: 60 })
    expect(result.ok && result.extraction.text).toHaveLength(60)
    expect(result.ok && result.extraction.blocks).toEqual(SAMPLE_BLOCKS.slice(0, 1))
  })
})
