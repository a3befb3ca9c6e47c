import { spawnSync } from 'node:child_process'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { repoRoot } from '../../src/env.ts'
import { startMeilisearch } from '../../src/meilisearch.ts'
import { freePort } from '../../src/ports.ts'
import { startPostgres } from '../../src/postgres.ts'
import { RuntimeError } from '../../src/RuntimeError.ts'

let dir: string
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'lotse-embedded-'))
  await fs.chmod(dir, 0o755)
})
afterAll(() => fs.rm(dir, { recursive: true, force: true }))

describe('embedded PostgreSQL', () => {
  it('keeps the exit code of a process that loads it (its exit hooks once turned failing test runs green)', () => {
    const script = `await import(${JSON.stringify(path.join(repoRoot, 'runtime/src/postgres.ts'))}); process.exitCode = 3`
    const child = spawnSync(path.join(repoRoot, 'node_modules/.bin/tsx'), ['--eval', script, '--input-type=module'], { encoding: 'utf8', cwd: repoRoot })
    expect(child.stderr).toBe('')
    expect(child.status).toBe(3)
  })

  it('keeps its data across a stop and a start', async () => {
    const options = { dataDir: path.join(dir, 'pg'), port: await freePort(), database: 'lotse', password: 'pw' }
    const first = await startPostgres(options)
    const client = new pg.Client({ connectionString: first.uri })
    await client.connect()
    await client.query('CREATE TABLE kept (v text); INSERT INTO kept VALUES ($$bleibt$$)')
    await client.end()
    await first.stop()

    const second = await startPostgres(options)
    const again = new pg.Client({ connectionString: second.uri })
    await again.connect()
    expect((await again.query('SELECT v FROM kept')).rows).toEqual([{ v: 'bleibt' }])
    await again.end()
    await second.stop()
  })

  it('explains a data directory the postgres user cannot reach (as root)', async () => {
    if (process.getuid?.() !== 0) return
    const closed = path.join(dir, 'closed')
    await fs.mkdir(closed, { mode: 0o700 })
    await expect(startPostgres({ dataDir: path.join(closed, 'pg'), port: await freePort(), database: 'x', password: 'x' })).rejects.toMatchObject({
      code: 'DATA_DIR_UNREACHABLE',
      message: expect.stringContaining('chmod o+x'),
    })
  })
})

describe('embedded Meilisearch', () => {
  it('requires its master key', async () => {
    const meili = await startMeilisearch({ dataDir: path.join(dir, 'meili'), port: await freePort(), masterKey: 'k'.repeat(32) })
    try {
      expect((await fetch(`${meili.url}/indexes`)).status).toBe(401)
      expect((await fetch(`${meili.url}/indexes`, { headers: { Authorization: `Bearer ${'k'.repeat(32)}` } })).status).toBe(200)
    } finally {
      await meili.stop()
    }
    expect(meili.process.exitCode !== null || meili.process.signalCode !== null).toBe(true)
  })

  it('reports a failed start with the server output', async () => {
    const broken = path.join(dir, 'meili-broken')
    await fs.mkdir(broken)
    await fs.writeFile(path.join(broken, 'data.ms'), 'not a database directory')
    const error = await startMeilisearch({ dataDir: broken, port: await freePort(), masterKey: 'k'.repeat(32) }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(RuntimeError)
    expect(error).toMatchObject({ code: 'MEILISEARCH_FAILED', message: expect.stringContaining('exited with code') })
  })
})
