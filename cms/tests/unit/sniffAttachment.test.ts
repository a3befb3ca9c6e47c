import { describe, expect, it } from 'vitest'
import { sniffAttachment } from '../../src/collections/Files/sniffAttachment.ts'
import { cfb, docx, odt, pdf, png, rtf, zip } from '../fixtures/attachmentSamples.ts'

const text = (value: string) => Buffer.from(value)
const utf16 = (value: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(value, 'utf16le')])

describe('sniffAttachment', () => {
  it.each([
    ['Richtlinie.pdf', pdf('x'), 'application/pdf'],
    ['Vorlage.docx', docx, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['Vorlage.odt', odt, 'application/vnd.oasis.opendocument.text'],
    ['Alt.doc', cfb, 'application/msword'],
    ['Alt.xls', cfb, 'application/vnd.ms-excel'],
    ['Brief.rtf', rtf, 'application/rtf'],
    ['Bild.PNG', png, 'image/png'],
    ['Hinweis.txt', text('Bitte beachten: 3 < 4 und <b>fett</b> ist kein Problem.\n'), 'text/plain'],
    ['Liste.csv', text('Name;Zeichen\nÄnderung;"<>"\n'), 'text/csv'],
    ['Notiz.md', text('# Überschrift\n\n- Punkt\n'), 'text/markdown'],
    ['Alt-ANSI.txt', Buffer.from([0x53, 0x74, 0x72, 0x61, 0xdf, 0x65]), 'text/plain'],
    ['Unicode.txt', utf16('Straße'), 'text/plain'],
  ])('accepts %s as %s', async (name, bytes, mime) => {
    expect(await sniffAttachment(bytes, name)).toEqual({ ok: true, format: expect.objectContaining({ mime }) })
  })

  it.each([
    ['page.html', text('<p>hi</p>'), /not an allowed attachment type/],
    ['bild.svg', text('<svg xmlns="http://www.w3.org/2000/svg"/>'), /not an allowed attachment type/],
    ['ohne-endung', pdf('x'), /not an allowed attachment type/],
    ['seite.txt', text('<!DOCTYPE html><html><body>Hallo</body></html>'), /markup/],
    ['seite.txt', text('\n  <div onclick="alert(1)">Hallo</div>'), /markup/],
    ['skript.txt', text('Harmloser Anfang\n<script>fetch("/api/users/me")</script>'), /markup/],
    ['grafik.txt', text('Anfang\n<svg onload="alert(1)"></svg>'), /markup/],
    ['daten.csv', text('a;b\n<?xml version="1.0"?><x/>'), /markup/],
    ['notiz.md', text('Text\n<iframe src="/admin"></iframe>'), /markup/],
    ['unicode.txt', utf16('<html><script>alert(1)</script></html>'), /markup/],
    ['run.txt', text('#!/bin/sh\nrm -rf /'), /markup/],
    ['binaer.txt', Buffer.from([0x41, 0x00, 0x42]), /binary/],
    ['leer.txt', Buffer.alloc(0), /empty/],
    ['bild.pdf', png, /name it \.png/],
    ['dokument.txt', pdf('x'), /name it \.pdf/],
    ['vorlage.docx', cfb, /name it \.doc/],
    ['kaputt.pdf', text('kein PDF'), /not a valid application\/pdf/],
    ['archiv.docx', zip({ 'evil.html': '<script>alert(1)</script>' }), /application\/zip/],
    ['daten.txt', text('<?xml version="1.0"?><x/>'), /application\/xml|markup/],
  ])('refuses %s', async (name, bytes, reason) => {
    const result = await sniffAttachment(bytes, name)
    expect(result.ok).toBe(false)
    expect(result.ok ? '' : result.reason).toMatch(reason)
  })
})
