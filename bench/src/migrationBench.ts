import { spawn } from 'node:child_process'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { walkDrive } from '@lotse/content-migration/src/steps/walkDrive.ts'
import { ExtractionPool, extractBuffer } from '@lotse/extraction'
import { startTestServices } from '@lotse/runtime'
import { generateDrive, type GeneratedDrive } from './migration/generateDrive.ts'
import { sampleMemory } from './migration/sampleMemory.ts'
import { writeResult } from './writeResult.ts'

// Generates a mixed department drive (every format, duplicates, versions, junk, broken files) and measures
// 1. bare text extraction over its files with the ExtractionPool (the floor any migration pays), and
// 2. the full `npm run migrate -- import` of the same drive into a throwaway PostgreSQL + Meilisearch,
// reporting files/s, MB/s, peak memory (the whole process tree) and import time ÷ extraction time.
// Usage: npm run bench:migration -- [--files 2000] [--concurrency N] [--drive DIR (kept, reused)] [--skip-import] [--json FILE]
const { values: args } = parseArgs({
  options: {
    files: { type: 'string', default: '2000' },
    concurrency: { type: 'string', default: String(os.availableParallelism()) },
    drive: { type: 'string' },
    'skip-import': { type: 'boolean', default: false },
    json: { type: 'string' },
    seed: { type: 'string', default: '13' },
  },
})
const files = Number(args.files)
const concurrency = Number(args.concurrency)
const repoRoot = fileURLToPath(new URL('../..', import.meta.url))
const fromUser = (file: string) => path.resolve(process.env.INIT_CWD ?? process.cwd(), file)
const mb = (bytes: number) => Math.round((bytes / 2 ** 20) * 10) / 10
const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits

async function prepareDrive(): Promise<{ drive: GeneratedDrive; temporary: boolean }> {
  const root = args.drive ? fromUser(args.drive) : await fs.mkdtemp(path.join(os.tmpdir(), 'lotse-bench-drive-'))
  const manifest = `${root}.manifest.json`
  if (args.drive) {
    const existing = await fs.readFile(manifest, 'utf8').catch(() => null)
    if (existing) {
      console.log(`reusing the drive in ${root}`)
      return { drive: JSON.parse(existing) as GeneratedDrive, temporary: false }
    }
  }
  const started = Date.now()
  const drive = await generateDrive(root, {
    files,
    seed: Number(args.seed),
    onProgress: (done) => done % 250 === 0 && process.stderr.write(`\rgenerating the drive: ${done}/${files} files`),
  })
  process.stderr.write('\n')
  console.log(`generated ${drive.entries.length} files (${mb(drive.bytes)} MB) in ${((Date.now() - started) / 1000).toFixed(1)} s into ${root}`)
  if (args.drive) await fs.writeFile(manifest, JSON.stringify(drive))
  return { drive, temporary: !args.drive }
}

async function bareExtraction(root: string) {
  const walkStarted = performance.now()
  const walked = await walkDrive(root)
  const walkSeconds = (performance.now() - walkStarted) / 1000
  const readable = walked.filter((file) => !file.junk && !file.problem)
  const pool = new ExtractionPool({ concurrency })
  const memory = sampleMemory(process.pid)
  const outcomes: Record<string, number> = {}
  const started = performance.now()
  let next = 0
  await Promise.all(
    Array.from({ length: concurrency * 2 }, async () => {
      while (next < readable.length) {
        const file = readable[next++]
        // A name that is not UTF-8 cannot travel to a child as a path string: its bytes are read here.
        const result = await (file.rawPath ? extractBuffer(await fs.readFile(file.rawPath), file.name) : pool.extract(file.absolutePath)).catch(
          (error: Error) => ({ ok: false as const, outcome: 'crashed', reason: error.message }),
        )
        const outcome = result.ok ? (result.extraction.ocr ? 'ocr' : 'text') : result.outcome
        outcomes[outcome] = (outcomes[outcome] ?? 0) + 1
      }
    }),
  )
  const seconds = (performance.now() - started) / 1000
  await pool.close()
  const { peakTreeBytes, peakProcessBytes } = memory.stop()
  const bytes = readable.reduce((sum, file) => sum + file.size, 0)
  return {
    walk: { files: walked.length, seconds: round(walkSeconds, 2), filesPerSecond: Math.round(walked.length / walkSeconds) },
    extraction: {
      files: readable.length,
      megabytes: mb(bytes),
      seconds: round(seconds, 2),
      filesPerSecond: round(readable.length / seconds),
      megabytesPerSecond: round(mb(bytes) / seconds, 2),
      peakRssMb: mb(peakTreeBytes),
      peakProcessRssMb: mb(peakProcessBytes),
      outcomes,
    },
  }
}

type ReportFile = { path: string; outcome: string; error: string | null }

/** How the import's outcomes meet what the generator meant each file to be (expected → outcome → files). */
function confusion(drive: GeneratedDrive, files: ReportFile[]) {
  const outcomeOf = new Map(files.map((file) => [file.path, file.outcome]))
  const matrix: Record<string, Record<string, number>> = {}
  for (const entry of drive.entries) {
    const row = (matrix[entry.expected] ??= {})
    const outcome = outcomeOf.get(entry.path) ?? 'missing'
    row[outcome] = (row[outcome] ?? 0) + 1
  }
  return matrix
}

async function fullImport(root: string, drive: GeneratedDrive, expectedFiles: number) {
  const services = await startTestServices()
  const work = await fs.mkdtemp(path.join(os.tmpdir(), 'lotse-bench-import-'))
  const reportFile = path.join(work, 'report.json')
  try {
    const started = performance.now()
    const child = spawn('npm', ['run', 'migrate', '--', 'import', root, '--report', reportFile, '--concurrency', String(concurrency)], {
      cwd: repoRoot,
      env: {
        ...process.env,
        DATABASE_URI: services.databaseUri,
        MEILI_URL: services.meiliUrl,
        MEILI_MASTER_KEY: services.meiliMasterKey,
        PAYLOAD_SECRET: process.env.PAYLOAD_SECRET ?? 'bench-secret-0123456789abcdef0123456789',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    const memory = sampleMemory(child.pid!)
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-20_000)))
    child.stderr.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-20_000)))
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
    const seconds = (performance.now() - started) / 1000
    const { peakTreeBytes, peakProcessBytes } = memory.stop()
    const tail = output.trim().split('\n').slice(-15).join('\n')
    // Exit code 1 also means "some files failed": the report says which, and the run still counts.
    const written = await fs.readFile(reportFile, 'utf8').catch(() => null)
    if (written === null) return { ok: false as const, exitCode: code, seconds: round(seconds, 2), output: tail }
    const report = JSON.parse(written) as { totals: Record<string, number>; seconds: Record<string, number>; files: ReportFile[] }
    const errors: Record<string, string[]> = {}
    for (const file of report.files) {
      if (!file.error) continue
      const list = (errors[file.outcome] ??= [])
      if (list.length < 5 && !list.includes(file.error)) list.push(file.error)
    }
    const paths = new Set(report.files.map((file) => file.path))
    return {
      ok: true as const,
      exitCode: code,
      seconds: round(seconds, 2),
      filesPerSecond: round(report.files.length / seconds),
      peakRssMb: mb(peakTreeBytes),
      peakProcessRssMb: mb(peakProcessBytes),
      totals: report.totals,
      // Inside the run (the rest of `seconds` is npm, tsx and loading the CMS's code).
      phaseSeconds: report.seconds,
      everyFileOnce: report.files.length === expectedFiles && paths.size === expectedFiles,
      expectedToOutcome: confusion(drive, report.files),
      firstErrors: errors,
      summary: output.trim().split('\n').findLast((line) => line.includes('KPI')) ?? null,
    }
  } finally {
    await services.stop()
    await fs.rm(work, { recursive: true, force: true })
  }
}

const { drive, temporary } = await prepareDrive()
try {
  const byFormat: Record<string, number> = {}
  const expected: Record<string, number> = {}
  for (const entry of drive.entries) {
    byFormat[entry.format] = (byFormat[entry.format] ?? 0) + 1
    expected[entry.expected] = (expected[entry.expected] ?? 0) + 1
  }
  console.log('bare extraction …')
  const bare = await bareExtraction(drive.root)
  console.log(`bare extraction: ${bare.extraction.files} files in ${bare.extraction.seconds} s (${bare.extraction.filesPerSecond} files/s, ${bare.extraction.megabytesPerSecond} MB/s), peak ${bare.extraction.peakRssMb} MB`)
  let migration: Awaited<ReturnType<typeof fullImport>> | { skipped: string }
  if (args['skip-import']) migration = { skipped: '--skip-import' }
  else {
    console.log('full import …')
    migration = await fullImport(drive.root, drive, bare.walk.files)
    console.log(migration.ok ? `import: ${migration.seconds} s (${migration.filesPerSecond} files/s), peak ${migration.peakRssMb} MB; phases (s): ${JSON.stringify(migration.phaseSeconds)}` : `import failed (exit ${migration.exitCode}):\n${migration.output}`)
  }
  const ratio = 'ok' in migration && migration.ok ? round(migration.seconds / bare.extraction.seconds, 2) : null
  const result = {
    drive: { files: drive.entries.length, megabytes: mb(drive.bytes), byFormat, expected },
    concurrency,
    ...bare,
    import: migration,
    importToExtractionRatio: ratio,
    targets: { filesPerSecond: 20, ratio: 2, peakRssMb: 1024 },
  }
  console.table({
    'bare extraction': { seconds: bare.extraction.seconds, 'files/s': bare.extraction.filesPerSecond, 'MB/s': bare.extraction.megabytesPerSecond, 'peak MB': bare.extraction.peakRssMb },
    ...('ok' in migration && migration.ok ? { import: { seconds: migration.seconds, 'files/s': migration.filesPerSecond, 'MB/s': round(mb(drive.bytes) / migration.seconds, 2), 'peak MB': migration.peakRssMb } } : {}),
  })
  if (ratio !== null) console.log(`import ÷ bare extraction: ${ratio} (target ≤ 2)`)
  console.log(`written to ${await writeResult('migration', result)}`)
  if (args.json) await fs.writeFile(fromUser(args.json), JSON.stringify(result, null, 2) + '\n')
} finally {
  if (temporary) await fs.rm(drive.root, { recursive: true, force: true })
}
