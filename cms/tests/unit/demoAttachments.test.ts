import { describe, expect, it } from 'vitest'
import { sniffAttachment } from '../../src/collections/Files/sniffAttachment.ts'
import { demoAttachments } from '../../src/scripts/seed/demoAttachments.ts'
import { minimalPdf } from '../../src/scripts/seed/files/minimalPdf.ts'

describe('demo attachments', () => {
  it.each(demoAttachments.map((attachment) => [attachment.filename, attachment] as const))('%s passes the upload check as what it claims to be', async (_name, attachment) => {
    const bytes = attachment.build()
    expect(bytes.length).toBeLessThan(10_000)
    expect(await sniffAttachment(new Uint8Array(bytes), attachment.filename)).toMatchObject({ ok: true, format: { mime: attachment.mimeType } })
  })

  it('writes a PDF whose cross-reference table points at its objects', () => {
    const pdf = minimalPdf(['Zeile (eins) mit Ümlaut'])
    const text = pdf.toString('latin1')
    const xrefAt = Number(/startxref\n(\d+)/.exec(text)![1])
    expect(text.slice(xrefAt, xrefAt + 4)).toBe('xref')
    const offsets = [...text.slice(xrefAt).matchAll(/^(\d{10}) 00000 n $/gm)].map((match) => Number(match[1]))
    expect(offsets).toHaveLength(5)
    offsets.forEach((offset, index) => expect(text.slice(offset, offset + 8)).toBe(`${index + 1} 0 obj\n`))
    expect(text).toContain('(Zeile \\(eins\\) mit Ümlaut) Tj')
  })
})
