import { describe, expect, it } from 'vitest'
import { fileTypeLabel } from '../../src/lib/fileTypeLabel.ts'
import { formatFileSize } from '../../src/lib/formatFileSize.ts'
import { legacyPath } from '../../src/lib/legacyPath.ts'
import { payloadQuery } from '../../src/lib/payloadQuery.ts'

describe('legacyPath', () => {
  it('writes the stored relative path with backslashes behind the drive label', () => {
    expect(legacyPath('Amt 50/Weisungen/KdU 2026.docx', 'S:\\')).toBe('S:\\Amt 50\\Weisungen\\KdU 2026.docx')
    expect(legacyPath('Amt 50\\Weisungen\\KdU.docx', 'S:\\')).toBe('S:\\Amt 50\\Weisungen\\KdU.docx')
  })

  it('adds the separator a label without one needs, and drops leading, doubled and dot segments', () => {
    expect(legacyPath('/Amt 10//./Personal/Urlaub.pdf', 'L:')).toBe('L:\\Amt 10\\Personal\\Urlaub.pdf')
    expect(legacyPath('a/b.txt', '\\\\fileserver\\ablage')).toBe('\\\\fileserver\\ablage\\a\\b.txt')
    expect(legacyPath('a/b.txt', '')).toBe('a\\b.txt')
  })

  it('drops control characters', () => {
    expect(legacyPath('a\u0000/b\n.txt', 'S:\\')).toBe('S:\\a\\b.txt')
  })
})

describe('formatFileSize', () => {
  it.each([
    [850, 'de', '850 B'],
    [12_345, 'de', '12 KB'],
    [1_400_000, 'de', '1,4 MB'],
    [1_400_000, 'en', '1.4 MB'],
    [0, 'en', '0 B'],
  ] as const)('%i bytes in %s → %s', (bytes, lang, expected) => {
    expect(formatFileSize(bytes, lang)).toBe(expected)
  })
})

describe('fileTypeLabel', () => {
  it('names known types and falls back to the extension', () => {
    expect(fileTypeLabel('a.pdf', 'application/pdf')).toBe('PDF')
    expect(fileTypeLabel('a.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')).toBe('Word')
    expect(fileTypeLabel('liste.csv', 'text/csv')).toBe('CSV')
    expect(fileTypeLabel('ohne', null)).toBeNull()
  })
})

describe('payloadQuery', () => {
  it('writes nested where, select and populate in bracket notation, encoded', () => {
    const query = payloadQuery({ where: { kind: { in: ['directive', 'work-aid'] }, title: { like: 'a&b' } }, select: { source: { path: true } }, limit: 5 })
    expect(decodeURIComponent(query)).toBe('where[kind][in][0]=directive&where[kind][in][1]=work-aid&where[title][like]=a&b&select[source][path]=true&limit=5')
    expect(query).toContain('a%26b')
  })
})
