import { escapeHtml } from './escapeHtml.ts'
import type { HtmlReportInput, ReportOutcome } from './HtmlReportInput.ts'
import { kpiOf } from './kpiOf.ts'

export interface HtmlReportOptions {
  /** Base URL of the CMS admin (e.g. http://127.0.0.1:3000/admin): documents become links into it. */
  adminUrl?: string
}

const OUTCOME_LABELS: Record<ReportOutcome, string> = {
  imported: 'importiert',
  duplicate: 'Duplikat',
  version: 'Version',
  junk: 'Datenmüll',
  unreadable: 'unlesbar',
  needsOcr: 'Texterkennung nötig',
  failed: 'fehlgeschlagen',
}
const COLUMNS = ['gefunden', 'importiert', 'Duplikate', 'Versionen', 'Datenmüll', 'Probleme', 'übertragen'] as const

type ReportFile = HtmlReportInput['files'][number]
interface FolderCounts {
  found: number
  imported: number
  duplicates: number
  versions: number
  junk: number
  problems: number
}

const percent = new Intl.NumberFormat('de-DE', { style: 'percent', maximumFractionDigits: 1 })
const number = new Intl.NumberFormat('de-DE')
const dateTime = (iso: string | undefined) => (iso && !Number.isNaN(Date.parse(iso)) ? new Date(iso).toLocaleString('de-DE', { timeZone: 'Europe/Berlin' }) : null)
const share = (counts: FolderCounts) => {
  const relevant = counts.found - counts.junk
  return relevant === 0 ? '–' : percent.format((counts.imported + counts.duplicates + counts.versions) / relevant)
}
const name = (path: string) => `<bdi>${escapeHtml(path)}</bdi>`

/** Why a person has to look at a file, or null when nobody has to. */
function reasonFor(file: ReportFile): string | null {
  const reasons: string[] = []
  if (file.outcome === 'unreadable') reasons.push(file.error ?? 'Die Datei ist beschädigt, verschlüsselt oder nicht lesbar.')
  if (file.outcome === 'needsOcr') reasons.push(file.error ?? 'Die Datei enthält nur Bilder: Sie braucht Texterkennung (OCR).')
  if (file.outcome === 'failed') reasons.push(file.error ?? 'Der Import ist fehlgeschlagen.')
  if (file.outcome === 'version') reasons.push(`Ältere oder neuere Fassung von „${file.versionOf ?? '?'}“: Reihenfolge der Versionen bestätigen.`)
  if (file.review) reasons.push(file.review)
  return reasons.length ? reasons.join(' ') : null
}

function countsOf(files: readonly ReportFile[]): FolderCounts {
  const counts: FolderCounts = { found: 0, imported: 0, duplicates: 0, versions: 0, junk: 0, problems: 0 }
  for (const file of files) {
    counts.found++
    if (file.outcome === 'imported') counts.imported++
    else if (file.outcome === 'duplicate') counts.duplicates++
    else if (file.outcome === 'version') counts.versions++
    else if (file.outcome === 'junk') counts.junk++
    else counts.problems++
  }
  return counts
}

function row(header: string, counts: FolderCounts): string {
  const cells = [counts.found, counts.imported, counts.duplicates, counts.versions, counts.junk, counts.problems].map((value) => `<td>${number.format(value)}</td>`)
  return `<tr><th scope="row">${header}</th>${cells.join('')}<td>${share(counts)}</td></tr>`
}

/**
 * The migration report as a German HTML page for people: the KPI, one row per folder (found, imported, duplicates,
 * versions, junk, problems, share moved), and the files a person has to look at with the reason. Accessible (lang,
 * captions, header cells with scope, no colour-only meaning) and self-contained (no scripts, no external resources).
 * Every value from the drive is escaped: file names are hostile input.
 */
export function renderHtmlReport(report: HtmlReportInput, options: HtmlReportOptions = {}): string {
  const folders = new Map<string, ReportFile[]>()
  for (const file of report.files) {
    const folder = file.path.includes('/') ? file.path.slice(0, file.path.lastIndexOf('/')) : ''
    const list = folders.get(folder)
    if (list) list.push(file)
    else folders.set(folder, [file])
  }
  const folderRows = [...folders.keys()]
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((folder) => row(folder ? name(folder) : '<em>(oberste Ebene)</em>', countsOf(folders.get(folder)!)))
  const needPerson = report.files.flatMap((file) => {
    const reason = reasonFor(file)
    return reason ? [{ file, reason }] : []
  })
  const { totals } = report
  const relevant = totals.files - totals.junk
  const moved = totals.imported + totals.duplicates + totals.versions
  const documentCell = (id: ReportFile['documentId']) => {
    if (id === null || id === undefined || id === '') return '–'
    const label = `Dokument ${escapeHtml(id)}`
    return options.adminUrl ? `<a href="${escapeHtml(`${options.adminUrl.replace(/\/$/, '')}/collections/documents/${encodeURIComponent(String(id))}`)}">${label}</a>` : label
  }
  const when = [dateTime(report.startedAt) && `begonnen ${dateTime(report.startedAt)}`, dateTime(report.finishedAt) && `beendet ${dateTime(report.finishedAt)}`].filter(Boolean)

  return `<!doctype html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>Migrationsbericht${report.root ? ` – ${escapeHtml(report.root)}` : ''}</title>
<style>
body { font: 16px/1.5 system-ui, sans-serif; color: #1a1a1a; background: #fff; margin: 0; }
main { max-width: 75rem; margin: 0 auto; padding: 1rem 1.5rem 3rem; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 2rem; }
caption { text-align: left; font-weight: 600; padding: 0.25rem 0; }
th, td { border: 1px solid #767676; padding: 0.3rem 0.5rem; vertical-align: top; }
thead th { background: #e8e8e8; }
td { text-align: right; font-variant-numeric: tabular-nums; }
th[scope="row"], td.text { text-align: left; overflow-wrap: anywhere; }
.kpi { font-size: 1.5rem; }
a { color: #0b57a4; }
</style>
</head>
<body>
<main>
<h1>Migrationsbericht</h1>
${report.root ? `<p>Laufwerk: <code>${name(report.root)}</code></p>` : ''}
${when.length ? `<p>${when.join(', ')}</p>` : ''}
${report.dryRun ? '<p><strong>Probelauf:</strong> Es wurde nichts in Lotse geschrieben.</p>' : ''}
<section aria-labelledby="kennzahl">
<h2 id="kennzahl">Kennzahl</h2>
<p class="kpi"><strong>${percent.format(kpiOf(totals))}</strong> der relevanten Dateien sind in Lotse (${number.format(moved)} von ${number.format(relevant)}).</p>
<p>Relevant sind alle gefundenen Dateien außer Datenmüll. Als übertragen zählen importierte Dateien sowie Duplikate und Versionen, die in ein Dokument eingegangen sind.</p>
<table>
<caption>Alle Dateien nach Ergebnis</caption>
<thead><tr><th scope="col">Ergebnis</th><th scope="col">Dateien</th></tr></thead>
<tbody>
<tr><th scope="row">gefunden</th><td>${number.format(totals.files)}</td></tr>
<tr><th scope="row">${OUTCOME_LABELS.imported}</th><td>${number.format(totals.imported)}</td></tr>
<tr><th scope="row">Duplikate</th><td>${number.format(totals.duplicates)}</td></tr>
<tr><th scope="row">Versionen</th><td>${number.format(totals.versions)}</td></tr>
<tr><th scope="row">${OUTCOME_LABELS.junk}</th><td>${number.format(totals.junk)}</td></tr>
<tr><th scope="row">${OUTCOME_LABELS.unreadable}</th><td>${number.format(totals.unreadable)}</td></tr>
<tr><th scope="row">${OUTCOME_LABELS.needsOcr}</th><td>${number.format(totals.needsOcr)}</td></tr>
<tr><th scope="row">${OUTCOME_LABELS.failed}</th><td>${number.format(totals.failed)}</td></tr>
</tbody>
</table>
</section>
<section aria-labelledby="ordner">
<h2 id="ordner">Nach Ordnern</h2>
<table>
<caption>Dateien je Ordner (Probleme: unlesbar, Texterkennung nötig, fehlgeschlagen)</caption>
<thead><tr><th scope="col">Ordner</th>${COLUMNS.map((column) => `<th scope="col">${column}</th>`).join('')}</tr></thead>
<tbody>
${folderRows.join('\n')}
</tbody>
<tfoot>
${row('Gesamt', countsOf(report.files))}
</tfoot>
</table>
</section>
<section aria-labelledby="personen">
<h2 id="personen">Dateien, die eine Person ansehen muss (${number.format(needPerson.length)})</h2>
${
  needPerson.length === 0
    ? '<p>Keine.</p>'
    : `<table>
<caption>Dateien mit Grund und Dokument</caption>
<thead><tr><th scope="col">Datei</th><th scope="col">Ergebnis</th><th scope="col">Grund</th><th scope="col">Dokument</th></tr></thead>
<tbody>
${needPerson
  .map(
    ({ file, reason }) =>
      `<tr><th scope="row">${name(file.path)}</th><td class="text">${OUTCOME_LABELS[file.outcome]}</td><td class="text">${escapeHtml(reason)}</td><td class="text">${documentCell(file.documentId)}</td></tr>`,
  )
  .join('\n')}
</tbody>
</table>`
}
</section>
</main>
</body>
</html>
`
}
