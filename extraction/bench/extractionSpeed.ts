// Extraction speed per format: `npm run bench -w @lotse/extraction [-- <folder>]`.
// Without a folder: 30 generated files per format (the sample blocks, several pages long). With one: every file in it.
// Reports, per format, files and ms per file in this process, then files/s of an ExtractionPool over all files.
import { readFileSync } from 'node:fs'
import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { availableParallelism, tmpdir } from 'node:os'
import path from 'node:path'
import { ExtractionPool, extractFile, formatOf, type Block } from '../src/index.ts'
import { writeFixture, type FixtureFormat } from '../src/testing/index.ts'

const FORMATS: FixtureFormat[] = ['docx', 'pdf', 'odt', 'ods', 'odp', 'xlsx', 'pptx', 'rtf', 'txt', 'html', 'md']
const PER_FORMAT = 30

function blocksFor(i: number): Block[] {
  const blocks: Block[] = [{ type: 'heading', level: 1, text: `Dienstanweisung ${i}` }]
  for (let section = 1; section <= 8; section++) {
    blocks.push({ type: 'heading', level: 2, text: `Abschnitt ${section}` })
    for (let p = 0; p < 4; p++) {
      blocks.push({ type: 'paragraph', text: `Absatz ${p} der Weisung ${i}: Beschäftigte erfassen Überstunden täglich, die Leitung prüft sie monatlich und genehmigt den Ausgleich.` })
    }
    blocks.push({ type: 'list', ordered: section % 2 === 0, items: ['Antrag stellen', 'Nachweis führen', 'Ausgleich nehmen'] })
    blocks.push({ type: 'table', rows: [['Rolle', 'Aufgabe'], ['Leitung', 'Genehmigt'], ['Personalamt', 'Prüft']] })
  }
  return blocks
}

/** Resident memory (bytes) of a process and all its descendants, from /proc (Linux). */
function treeRss(pid: number): number {
  let rss = 0
  try {
    rss = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) * 1024
    for (const task of readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').split(' ').filter(Boolean)) rss += treeRss(Number(task))
  } catch {
    // The process ended meanwhile.
  }
  return rss
}

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true })
  return entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name))
}

const folder = process.argv[2]
const work = folder ? null : await mkdtemp(path.join(tmpdir(), 'lotse-extraction-bench-'))
try {
  let files: string[]
  if (work) {
    files = []
    for (const format of FORMATS) {
      for (let i = 0; i < PER_FORMAT; i++) files.push(await writeFixture(work, `${format}/datei-${i}.${format}`, { format, blocks: blocksFor(i), title: `Weisung ${i}` }))
    }
  } else files = await walk(path.resolve(folder))

  const byFormat = new Map<string, { files: number; ms: number; bytes: number; outcomes: Map<string, number> }>()
  for (const file of files) {
    const started = performance.now()
    const result = await extractFile(file)
    const ms = performance.now() - started
    const format = result.ok ? result.extraction.format : (formatOf(file) ?? 'other')
    const row = byFormat.get(format) ?? { files: 0, ms: 0, bytes: 0, outcomes: new Map<string, number>() }
    const outcome = result.ok ? (result.extraction.ocr ? 'ocr' : 'ok') : result.outcome
    row.files++
    row.ms += ms
    row.bytes += result.ok ? result.extraction.text.length : 0
    row.outcomes.set(outcome, (row.outcomes.get(outcome) ?? 0) + 1)
    byFormat.set(format, row)
  }
  console.log('format  files  ms/file  files/s  outcomes (one process, one file at a time)')
  for (const [format, row] of [...byFormat.entries()].sort()) {
    const outcomes = [...row.outcomes.entries()].map(([name, n]) => `${name} ${n}`).join(', ')
    console.log(`${format.padEnd(7)} ${String(row.files).padStart(5)} ${(row.ms / row.files).toFixed(1).padStart(8)} ${((1000 * row.files) / row.ms).toFixed(0).padStart(8)}  ${outcomes}`)
  }

  const concurrency = availableParallelism()
  const pool = new ExtractionPool({ concurrency })
  let peak = 0
  const sampler = setInterval(() => (peak = Math.max(peak, treeRss(process.pid))), 100)
  const started = performance.now()
  await Promise.all(files.map((file) => pool.extract(file)))
  const seconds = (performance.now() - started) / 1000
  await pool.close()
  clearInterval(sampler)
  console.log(`pool of ${concurrency}: ${files.length} files in ${seconds.toFixed(1)} s = ${(files.length / seconds).toFixed(1)} files/s (child start-up included)`)
  console.log(`peak RSS of this process and its children during the pool run: ${(peak / 1024 / 1024).toFixed(0)} MB`)
} finally {
  if (work) await rm(work, { recursive: true, force: true })
}
