import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
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

/**
 * Runs `npm start`'s entry point as a separate process, as a user would; `ownGroup` puts it in a process group of its
 * own, as a terminal does with a foreground job, so that a Ctrl-C can be sent to the whole group.
 */
function start({ ownGroup = false } = {}): Started {
  let output = ''
  const child = spawn(path.join(repoRoot, 'node_modules/.bin/tsx'), ['runtime/src/cli/start.ts'], {
    cwd: repoRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: ownGroup,
  })
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

/** The process and every process below it, from /proc. */
function processTree(root: number): number[] {
  const parents = new Map<number, number>()
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    const stat = readProc(`/proc/${entry}/stat`)
    if (stat) parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]))
  }
  const tree = [root]
  for (let i = 0; i < tree.length; i++) for (const [pid, parent] of parents) if (parent === tree[i]) tree.push(pid)
  return tree
}

/** Running, that is: neither gone nor a zombie waiting to be reaped. */
function alive(pid: number): boolean {
  const stat = readProc(`/proc/${pid}/stat`)
  return stat !== undefined && stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z'
}

function readProc(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8')
  } catch {
    return undefined // the process ended meanwhile
  }
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

  it('stops PostgreSQL only after cms, search and site on a Ctrl-C to the whole process group, and leaves no process behind', async () => {
    const stack = start({ ownGroup: true })
    await until(stack, 'Press Ctrl-C to stop.', 300_000)
    const services = { cms: listener(Number(env.CMS_PORT)), search: listener(Number(env.SEARCH_PORT)), site: listener(Number(env.SITE_PORT)) }
    const tree = processTree(stack.child.pid!)
    expect(tree).toEqual(expect.arrayContaining(Object.values(services)))
    expect(processesUsing(dataDir).length).toBeGreaterThanOrEqual(2)
    const printedBefore = stack.output().length

    // A connection of our own notices the moment PostgreSQL shuts down (it terminates every connection first).
    const { postgresPassword } = JSON.parse(readFileSync(path.join(dataDir, 'secrets.json'), 'utf8')) as { postgresPassword: string }
    const db = new pg.Client({ connectionString: embeddedPostgresUri(postgresPassword, Number(env.POSTGRES_PORT), 'lotse') })
    await db.connect()
    const sentAt = Date.now()
    const postgresStopping = new Promise<{ ms: number; servicesRunning: string[] }>((resolve) => {
      const seen = () => resolve({ ms: Date.now() - sentAt, servicesRunning: Object.keys(services).filter((name) => alive(services[name as keyof typeof services])) })
      db.on('error', seen)
      db.once('end', seen)
    })

    // What a terminal does on Ctrl-C: SIGINT to every process of the foreground group.
    process.kill(-stack.child.pid!, 'SIGINT')
    expect(await stack.exit).toBe(0)
    const { ms, servicesRunning } = await postgresStopping
    console.log(`Ctrl-C: PostgreSQL began stopping after ${ms} ms, npm start exited after ${Date.now() - sentAt} ms`)
    expect(servicesRunning).toEqual([])
    // The services stopped without losing their database under them.
    expect(stack.output().slice(printedBefore)).not.toMatch(/terminating connection|Connection terminated|ECONNREFUSED/i)
    expect(stack.output()).toContain('lotse: stopped')
    // A helper such as tsx's esbuild service ends a moment after its parent, once its pipe closes.
    const deadline = Date.now() + 5_000
    while (tree.some(alive) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50))
    expect(tree.filter(alive)).toEqual([])
    expect(processesUsing(dataDir)).toEqual([])
  }, 360_000)

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
