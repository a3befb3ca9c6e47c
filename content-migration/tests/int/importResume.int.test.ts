import { spawn } from 'node:child_process'
import fs from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { sql, transactionDb } from '@lotse/cms/migration'
import { writeFixture } from '@lotse/extraction/testing'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest'
import { importDrive, tempDir, testPayload, unique } from './support/importSetup.ts'

const mediaDir = vi.hoisted(() => {
  const dir = `${process.env.TMPDIR ?? '/tmp'}/lotse-import-resume-media-${process.pid}`
  process.env.MEDIA_DIR = dir
  return dir
})

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')
const FILES = 80

let payload: Payload
let drive: string

const query = async <Row extends Record<string, unknown>>(statement: ReturnType<typeof sql>) =>
  (await (await transactionDb({ payload, transactionID: undefined })).execute<Row>(statement)).rows

beforeAll(async () => {
  payload = await testPayload()
  drive = await tempDir('resume')
  const folder = unique('Ablage')
  for (let index = 0; index < FILES; index++) {
    const format = index % 2 ? 'md' : 'txt'
    await writeFixture(drive, `${folder}/Vermerk ${index}.${format}`, { format, blocks: [{ type: 'paragraph', text: `Vermerk Nummer ${index}: ${unique('Inhalt')} zur Wiedervorlage.` }] })
  }
})
afterAll(async () => {
  await payload.destroy()
  await fs.rm(mediaDir, { recursive: true, force: true })
})

describe('import after kill -9', () => {
  it('continues where the killed run stopped and creates nothing twice', async () => {
    // The real CLI, in its own process group (its extraction children die with it), against the test database.
    const cli = spawn(path.join(repoRoot, 'node_modules/.bin/tsx'), ['content-migration/src/cli.ts', 'import', drive, '--concurrency', '2'], {
      cwd: repoRoot,
      detached: true,
      stdio: 'ignore',
      env: { ...process.env, DATABASE_URI: inject('databaseUri'), SEARCH_URL: 'http://127.0.0.1:9', MEDIA_DIR: mediaDir },
    })
    const exited = new Promise((resolve) => cli.once('exit', resolve))
    const written = async () => Number((await query<{ n: string }>(sql`SELECT count(*) AS n FROM migration_file_states WHERE root = ${drive} AND outcome = 'imported'`))[0].n)
    // Killed once the first chunk of documents committed, while later ones are being written.
    await vi.waitFor(async () => expect(await written()).toBeGreaterThan(0), { timeout: 60_000, interval: 20 })
    process.kill(-cli.pid!, 'SIGKILL')
    await exited
    const beforeResume = await written()
    expect(beforeResume).toBeLessThan(FILES)
    const [{ status }] = await query<{ status: string }>(sql`SELECT status FROM migration_runs WHERE root = ${drive} ORDER BY id DESC LIMIT 1`)
    expect(status).toBe('running')

    const { report } = await importDrive(drive)
    expect(report.files).toHaveLength(FILES)
    expect(new Set(report.files.map((file) => file.path)).size).toBe(FILES)
    expect(report.totals).toMatchObject({ files: FILES, imported: FILES, failed: 0 })
    const perPath = await query<{ source_path: string; n: string }>(
      sql`SELECT source_path, count(*) AS n FROM documents WHERE source_path = ANY(${`{${report.files.map((file) => `"${file.path}"`).join(',')}}`}::varchar[]) GROUP BY source_path`,
    )
    expect(perPath).toHaveLength(FILES)
    expect(perPath.filter((row) => row.n !== '1')).toEqual([])
    expect(new Set(report.files.map((file) => file.documentId)).size).toBe(FILES)
    const runs = await query<{ status: string }>(sql`SELECT status FROM migration_runs WHERE root = ${drive} ORDER BY id`)
    expect(runs.map((run) => run.status)).toEqual(['aborted', 'finished'])
  })
})
