import { describe, expect, it } from 'vitest'
import type { HtmlReportInput } from '../../src/report/HtmlReportInput.ts'
import { renderHtmlReport } from '../../src/report/renderHtmlReport.ts'
import { summaryLine } from '../../src/report/summaryLine.ts'

const entry = (path: string, outcome: HtmlReportInput['files'][number]['outcome'], extra: Partial<HtmlReportInput['files'][number]> = {}) => ({
  path,
  outcome,
  documentId: outcome === 'imported' || outcome === 'duplicate' || outcome === 'version' ? '7' : null,
  duplicateOf: null,
  versionOf: null,
  title: null,
  error: null,
  ...extra,
})

const report: HtmlReportInput = {
  root: '/mnt/s/Laufwerk S',
  startedAt: '2026-12-03T09:00:00Z',
  finishedAt: '2026-12-03T09:05:00Z',
  totals: { files: 9, imported: 3, duplicates: 1, versions: 1, junk: 2, unreadable: 1, needsOcr: 1, failed: 0, kpi: 5 / 7 },
  files: [
    entry('Sozialamt/Weisungen/Bürgergeld.docx', 'imported'),
    entry('Sozialamt/Weisungen/Bürgergeld_v2.docx', 'version', { versionOf: 'Sozialamt/Weisungen/Bürgergeld.docx' }),
    entry('Sozialamt/Weisungen/~$rgergeld.docx', 'junk'),
    entry('_Archiv/Bürgergeld.docx', 'duplicate', { duplicateOf: 'Sozialamt/Weisungen/Bürgergeld.docx' }),
    entry('Thumbs.db', 'junk'),
    entry('Ordnungsamt/Scan_20210517.pdf', 'needsOcr', { error: 'image-only PDF: no text layer' }),
    entry('Ordnungsamt/kaputt.docx', 'unreadable', { error: 'corrupt zip: end of central directory not found' }),
    entry('Ordnungsamt/Gewerbeordnung.rtf', 'imported', { review: 'Keine Regel der Zuordnungsdatei passt: Art und Amt prüfen.' }),
    entry('Leitbild.pdf', 'imported'),
  ],
}

describe('renderHtmlReport', () => {
  // Percentages are German with a no-break space before %: read as a plain space here.
  const html = renderHtmlReport(report, { adminUrl: 'http://127.0.0.1:3000/admin/' }).replaceAll('\u00a0', ' ')

  it('is a German, self-contained page with the KPI', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="de">')).toBe(true)
    expect(html).toMatch(/<title>Migrationsbericht – \/mnt\/s\/Laufwerk S<\/title>/)
    expect(html).toContain('<strong>71,4 %</strong> der relevanten Dateien sind in Lotse (5 von 7).')
    expect(html).not.toMatch(/<script|<link|src=/)
  })

  it('has a row per folder with found, imported, duplicates, versions, junk, problems and the share moved', () => {
    const rows = [...html.matchAll(/<tr><th scope="row">(.*?)<\/th>((?:<td>[^<]*<\/td>){7})<\/tr>/g)].map(([, header, cells]) => [
      header.replace(/<\/?(?:bdi|em)>/g, ''),
      [...cells.matchAll(/<td>([^<]*)<\/td>/g)].map(([, cell]) => cell),
    ])
    expect(rows).toEqual([
      ['(oberste Ebene)', ['2', '1', '0', '0', '1', '0', '100 %']],
      ['Ordnungsamt', ['3', '1', '0', '0', '0', '2', '33,3 %']],
      ['Sozialamt/Weisungen', ['3', '1', '0', '1', '1', '0', '100 %']],
      ['_Archiv', ['1', '0', '1', '0', '0', '0', '100 %']],
      ['Gesamt', ['9', '3', '1', '1', '2', '2', '71,4 %']],
    ])
    expect(html).toMatch(/<th scope="col">Ordner<\/th><th scope="col">gefunden<\/th><th scope="col">importiert<\/th><th scope="col">Duplikate<\/th><th scope="col">Versionen<\/th><th scope="col">Datenmüll<\/th><th scope="col">Probleme<\/th>/)
  })

  it('lists the files that need a person, with the reason and a link to the document', () => {
    const section = html.slice(html.indexOf('id="personen"'))
    expect(section).toContain('Dateien, die eine Person ansehen muss (4)')
    const rows = [...section.matchAll(/<tr><th scope="row"><bdi>(.*?)<\/bdi><\/th><td class="text">(.*?)<\/td><td class="text">(.*?)<\/td><td class="text">(.*?)<\/td><\/tr>/g)].map((match) => match.slice(1))
    expect(rows).toEqual([
      ['Sozialamt/Weisungen/Bürgergeld_v2.docx', 'Version', 'Ältere oder neuere Fassung von „Sozialamt/Weisungen/Bürgergeld.docx“: Reihenfolge der Versionen bestätigen.', '<a href="http://127.0.0.1:3000/admin/collections/documents/7">Dokument 7</a>'],
      ['Ordnungsamt/Scan_20210517.pdf', 'Texterkennung nötig', 'image-only PDF: no text layer', '–'],
      ['Ordnungsamt/kaputt.docx', 'unlesbar', 'corrupt zip: end of central directory not found', '–'],
      ['Ordnungsamt/Gewerbeordnung.rtf', 'importiert', 'Keine Regel der Zuordnungsdatei passt: Art und Amt prüfen.', '<a href="http://127.0.0.1:3000/admin/collections/documents/7">Dokument 7</a>'],
    ])
  })

  it('escapes hostile names, errors and ids, and shows invisible characters', () => {
    const hostile = renderHtmlReport({
      root: '</title><script>alert(1)</script>',
      totals: { files: 2, imported: 1, duplicates: 0, versions: 0, junk: 0, unreadable: 1, needsOcr: 0, failed: 0 },
      files: [
        entry('<img src=x onerror=alert(1)>/"quoted" & \'single\'.docx', 'imported', { documentId: '"><script>x</script>' , review: '<b>bold</b>' }),
        entry('Rechnung\u202Efdp.exe\n\u001b[31mrot.pdf', 'unreadable', { error: '<iframe src=javascript:alert(1)>' }),
      ],
    }, { adminUrl: 'javascript:alert(1)//' })
    expect(hostile).not.toMatch(/<script|<img|<iframe|<b>|onerror=alert\(1\)>/)
    expect(hostile).toContain('&lt;img src=x onerror=alert(1)&gt;')
    expect(hostile).toContain('&quot;quoted&quot; &amp; &#39;single&#39;.docx')
    expect(hostile).toContain('Rechnung\\u{202E}fdp.exe\\u{A}\\u{1B}[31mrot.pdf')
    expect([hostile.includes('\u202E'), hostile.includes('\u001b')]).toEqual([false, false])
    expect(hostile).toContain('collections/documents/%22%3E%3Cscript%3Ex%3C%2Fscript%3E')
  })

  it('says when nothing needs a person and when the run wrote nothing', () => {
    const quiet = renderHtmlReport({ dryRun: true, totals: { files: 1, imported: 0, duplicates: 0, versions: 0, junk: 1, unreadable: 0, needsOcr: 0, failed: 0 }, files: [entry('Thumbs.db', 'junk')] })
    expect(quiet).toContain('<strong>100\u00a0%</strong>')
    expect(quiet).toContain('<p>Keine.</p>')
    expect(quiet).toContain('Probelauf:')
    expect(quiet.replaceAll('\u00a0', ' ')).toContain('<strong>100 %</strong> der relevanten Dateien sind in Lotse (0 von 0).')
  })
})

describe('summaryLine', () => {
  it('prints every total and the KPI on one line', () => {
    const line = summaryLine(report)
    expect(line).toBe('import: 9 files: 3 imported, 1 duplicates, 1 versions, 2 junk, 1 unreadable, 1 need OCR, 0 failed; KPI 71.4 % (5 of 7 relevant files moved)')
    expect(line).not.toContain('\n')
  })

  it('computes the KPI when the totals do not carry it, and marks dry runs', () => {
    const totals = { files: 137, imported: 112, duplicates: 8, versions: 5, junk: 9, unreadable: 2, needsOcr: 1, failed: 0 }
    expect(summaryLine({ totals, dryRun: true })).toBe(
      'import (dry run, nothing written): 137 files: 112 imported, 8 duplicates, 5 versions, 9 junk, 2 unreadable, 1 need OCR, 0 failed; KPI 97.7 % (125 of 128 relevant files moved)',
    )
  })
})
