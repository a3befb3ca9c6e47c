import { describe, expect, it } from 'vitest'
import { formatOf } from '../../src/index.ts'
import { buildFixture } from '../../src/testing/index.ts'

const blocks = [{ type: 'paragraph' as const, text: 'Inhalt' }]

describe('formatOf', () => {
  it.each([
    ['Bericht.DOCX', 'docx'], ['alt.doc', 'doc'], ['x.pdf', 'pdf'], ['x.odt', 'odt'], ['x.ods', 'ods'], ['x.odp', 'odp'],
    ['x.xlsx', 'xlsx'], ['x.pptx', 'pptx'], ['x.rtf', 'rtf'], ['x.txt', 'txt'], ['x.csv', 'txt'], ['x.htm', 'html'],
    ['x.md', 'md'], ['S:\\Ordner\\x.docm', 'docx'], ['bild.png', null], ['ohne-endung', null], ['.docx', null],
  ])('%s by name → %s', (name, format) => {
    expect(formatOf(name)).toBe(format)
  })

  it('a .doc that is really a docx is read as docx; a .pdf that is a docx too', async () => {
    const docx = await buildFixture({ format: 'docx', blocks })
    expect(formatOf('alt.doc', docx)).toBe('docx')
    expect(formatOf('falsch.pdf', docx)).toBe('docx')
    expect(formatOf('ohne-endung', docx)).toBe('docx')
  })

  it('bytes win: a PDF named .docx, RTF named .doc, HTML named .doc', async () => {
    expect(formatOf('x.docx', await buildFixture({ format: 'pdf', blocks }))).toBe('pdf')
    expect(formatOf('x.doc', Buffer.from('{\\rtf1\\ansi Hallo}'))).toBe('rtf')
    expect(formatOf('x.doc', Buffer.from('<!DOCTYPE html><html><body>Hallo</body></html>'))).toBe('html')
  })

  it('text formats keep their name; unknown names with text stay unknown', () => {
    expect(formatOf('x.md', Buffer.from('# Titel'))).toBe('md')
    expect(formatOf('x.dat', Buffer.from('Text'))).toBeNull()
  })
})
