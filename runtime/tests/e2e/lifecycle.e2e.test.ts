import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { readFileSync } from 'node:fs'
import fs from 'node:fs/promises'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { repoRoot } from '../../src/env.ts'
import { freePort } from '../../src/ports.ts'
import { embeddedPostgresUri } from '../../src/postgres.ts'

interface Started {
  child: ChildProcess
  output: () => string
  exit: Promise<number | null>
}

let dataDir: string
let env: NodeJS.ProcessEnv
const running = new Set<Started>()

/** Runs `npm start`'s entry point as a separate process, as a user would. */
function start(): Started {
  let output = ''
  const child = spawn(path.join(repoRoot, 'node_modules/.bin/tsx'), ['runtime/src/cli/start.ts'], { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] })
  child.stdout.on('data', (chunk) => (output += chunk))
  child.stderr.on('data', (chunk) => (output += chunk))
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  const started = { child, output: () => output, exit }
  running.add(started)
  void exit.then(() => running.delete(started))
  return started
}

async function until(started: Started, text: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!started.output().includes(text)) {
    if (started.child.exitCode !== null) throw new Error(`exited with ${started.child.exitCode} before "${text}":\n${started.output()}`)
    if (Date.now() > deadline) throw new Error(`no "${text}" within ${timeoutMs} ms:\n${started.output()}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

/** PIDs of processes whose command line mentions the data directory (postgres -D …, meilisearch --db-path …). */
function processesUsing(dir: string): string[] {
  const out = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' })
  return out.split('\n').filter((line) => line.includes(dir) && !line.includes('ps -eo'))
}

/** PID of the process that listens on 127.0.0.1:port. */
function listener(port: number): number {
  const out = execFileSync('ss', ['-ltnpH', `sport = :${port}`], { encoding: 'utf8' })
  return Number(out.match(/pid=(\d+)/)?.[1])
}

async function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1', () => {
      socket.destroy()
      resolve(true)
    })
    socket.once('error', () => resolve(false))
  })
}

beforeAll(async () => {
  dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'lotse-lifecycle-'))
  await fs.chmod(dataDir, 0o755)
  const [pg, meili, cms, search, site] = await Promise.all([freePort(), freePort(), freePort(), freePort(), freePort()])
  env = {
    ...process.env,
    LOTSE_DATA_DIR: dataDir,
    POSTGRES_PORT: String(pg),
    MEILI_PORT: String(meili),
    CMS_PORT: String(cms),
    SEARCH_PORT: String(search),
    SITE_PORT: String(site),
  }
  delete env.DATABASE_URI
  delete env.MEILI_URL
})

// A failed test must not leave its stack running into the next one (or the machine).
afterEach(async () => {
  for (const started of running) {
    started.child.kill('SIGTERM')
    await started.exit
  }
})

afterAll(async () => {
  await fs.rm(dataDir, { recursive: true, force: true })
})

describe('npm start', () => {
  it('comes up with demo logins, serves all parts, and stops every process on SIGTERM', async () => {
    const first = start()
    await until(first, 'Press Ctrl-C to stop.', 300_000)
    expect(first.output()).toContain('admin@demo.lotse')
    for (const port of ['CMS_PORT', 'SEARCH_PORT', 'SITE_PORT']) expect(await listening(Number(env[port]))).toBe(true)
    const health = await fetch(`http://127.0.0.1:${env.SEARCH_PORT}/health`).then((response) => response.json())
    expect(health).toMatchObject({ meilisearch: 'up', postgres: 'up', outbox: { pending: expect.any(Number) } })
    expect(processesUsing(dataDir).length).toBeGreaterThanOrEqual(2)

    first.child.kill('SIGTERM')
    expect(await first.exit).toBe(0)
    expect(processesUsing(dataDir)).toEqual([])
    for (const port of ['POSTGRES_PORT', 'MEILI_PORT', 'CMS_PORT', 'SEARCH_PORT', 'SITE_PORT']) expect(await listening(Number(env[port]))).toBe(false)
  }, 360_000)

  it('reuses the data on the second start, within 30 s, without seeding again', async () => {
    const began = Date.now()
    const second = start()
    await until(second, 'Press Ctrl-C to stop.', 60_000)
    const seconds = (Date.now() - began) / 1000
    console.log(`warm start: ${seconds.toFixed(1)} s`)
    expect(seconds).toBeLessThan(30)
    expect(second.output()).toMatch(/demo data already present/i)
    second.child.kill('SIGINT')
    expect(await second.exit).toBe(0)
    expect(processesUsing(dataDir)).toEqual([])
  }, 120_000)

  it('gives the site no secret, restarts a killed Meilisearch (the outbox catches up), and stops cleanly when PostgreSQL dies', async () => {
    const stack = start()
    await until(stack, 'Press Ctrl-C to stop.', 300_000)
    const environ = readFileSync(`/proc/${listener(Number(env.SITE_PORT))}/environ`, 'utf8').split('\0')
    expect(environ.some((line) => line.startsWith('CMS_URL='))).toBe(true)
    expect(environ.filter((line) => /^(DATABASE_URI|PAYLOAD_SECRET|MEILI_MASTER_KEY|POSTGRES_PASSWORD)=/.test(line))).toEqual([])

    const secrets = JSON.parse(readFileSync(path.join(dataDir, 'secrets.json'), 'utf8')) as { meiliMasterKey: string; postgresPassword: string }
    const meili = (route: string) => fetch(`http://127.0.0.1:${env.MEILI_PORT}${route}`, { headers: { Authorization: `Bearer ${secrets.meiliMasterKey}` } })
    const { results: keys } = (await (await meili('/keys')).json()) as { results: Array<{ name: string; actions: string[]; indexes: string[] }> }
    expect(keys.filter((key) => key.name === 'lotse-search-api-documents')).toEqual([expect.objectContaining({ actions: ['search'], indexes: ['documents'] })])

    const [meiliPid] = processesUsing(dataDir).filter((line) => line.includes('meilisearch')).map((line) => Number(line.trim().split(/\s+/)[0]))
    const killedAt = Date.now()
    process.kill(meiliPid, 'SIGKILL')
    // A change saved while Meilisearch is down waits in the outbox and reaches the index once it is back.
    const db = new pg.Client({ connectionString: embeddedPostgresUri(secrets.postgresPassword, Number(env.POSTGRES_PORT), 'lotse') })
    await db.connect()
    await db.query(`INSERT INTO search_outbox (document_id, op, record) VALUES ('e2e-restart', 'upsert', $1)`, [
      JSON.stringify({ id: 'documents-e2e-restart', documentId: 'e2e-restart', title: 'Neustarttest' }),
    ])
    await db.end()
    await until(stack, 'Meilisearch is running again', 30_000)
    const deadline = Date.now() + 30_000
    while (!(await meili('/indexes/documents/documents/documents-e2e-restart').then((response) => response.ok, () => false))) {
      if (Date.now() > deadline) throw new Error(`the outbox did not catch up after the restart:\n${stack.output()}`)
      await new Promise((resolve) => setTimeout(resolve, 200))
    }
    console.log(`Meilisearch killed: restarted and the outbox caught up ${Date.now() - killedAt} ms later`)
    expect(stack.child.exitCode).toBeNull()

    const [postmaster] = processesUsing(dataDir).filter((line) => / -D /.test(line)).map((line) => Number(line.trim().split(/\s+/)[0]))
    const pgKilledAt = Date.now()
    process.kill(postmaster, 'SIGKILL')
    expect(await stack.exit).toBe(1)
    console.log(`PostgreSQL killed: stack stopped in ${Date.now() - pgKilledAt} ms`)
    expect(stack.output()).toMatch(/PostgreSQL exited unexpectedly.*: stopping/)
    expect(stack.output()).toContain('lotse: stopped')
    expect(processesUsing(dataDir)).toEqual([])
    for (const port of ['MEILI_PORT', 'CMS_PORT', 'SEARCH_PORT', 'SITE_PORT']) expect(await listening(Number(env[port]))).toBe(false)
  }, 420_000)

  it('refuses to start with a clear message when a port is taken', async () => {
    const blocker = net.createServer().listen(Number(env.CMS_PORT), '127.0.0.1')
    await new Promise((resolve) => blocker.once('listening', resolve))
    try {
      const third = start()
      expect(await third.exit).toBe(1)
      expect(third.output()).toContain(`Port ${env.CMS_PORT} (cms) is already in use`)
      expect(third.output()).not.toMatch(/\n\s+at /) // no stack trace
    } finally {
      blocker.close()
    }
  })
})
