import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { freePort } from '../../src/ports.ts'
import { startPostgres } from '../../src/postgres.ts'
import { superviseMeilisearch } from '../../src/superviseMeilisearch.ts'

let dir: string
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'lotse-supervision-'))
  await fs.chmod(dir, 0o755)
})
afterAll(() => fs.rm(dir, { recursive: true, force: true }))

const alive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}
/** PIDs of the processes that run `binary` with `dir` on their command line. */
async function pidsOf(binary: string, within: string): Promise<number[]> {
  const pids: number[] = []
  for (const entry of await fs.readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    const args = await fs.readFile(`/proc/${entry}/cmdline`, 'utf8').catch(() => '')
    if (args.split('\0')[0]?.endsWith(binary) && args.includes(within)) pids.push(Number(entry))
  }
  return pids
}
async function until(what: string, probe: () => Promise<boolean>, timeoutMs = 20_000): Promise<number> {
  const started = Date.now()
  while (!(await probe().catch(() => false))) {
    if (Date.now() - started > timeoutMs) throw new Error(`${what} within ${timeoutMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  return Date.now() - started
}

describe('supervision of the embedded servers', () => {
  it('starts a killed Meilisearch again, keeping its data, and stops it for good on stop()', async () => {
    const dataDir = path.join(dir, 'meili')
    const lines: string[] = []
    const meili = await superviseMeilisearch({ dataDir, port: await freePort(), masterKey: 'supervision-master-key-0123' }, (line) => lines.push(line))
    const headers = { Authorization: 'Bearer supervision-master-key-0123', 'Content-Type': 'application/json' }
    const created = (await (await fetch(`${meili.url}/indexes`, { method: 'POST', headers, body: JSON.stringify({ uid: 'kept' }) })).json()) as { taskUid: number }
    await until('index created', async () => ((await (await fetch(`${meili.url}/tasks/${created.taskUid}`, { headers })).json()) as { status: string }).status === 'succeeded')

    const [pid] = await pidsOf('meilisearch', dataDir)
    process.kill(pid, 'SIGKILL')
    const downFor = await until('Meilisearch restarted', async () => lines.some((line) => line.includes('running again')))
    console.log(`Meilisearch killed with -9: running again after ${downFor} ms`)
    expect(lines[0]).toMatch(/Meilisearch exited unexpectedly/)
    expect((await fetch(`${meili.url}/indexes/kept`, { headers })).ok).toBe(true)
    const [restarted] = await pidsOf('meilisearch', dataDir)
    expect(restarted).not.toBe(pid)

    await meili.stop()
    expect(alive(restarted)).toBe(false)
    expect(await pidsOf('meilisearch', dataDir)).toEqual([])
  })

  it('reports a killed PostgreSQL, and stop() then returns instead of waiting forever', async () => {
    const dataDir = path.join(dir, 'pg')
    const postgres = await startPostgres({ dataDir, port: await freePort(), database: 'lotse', password: 'pw', ephemeral: true })
    const [postmaster] = await pidsOf('postgres', dataDir)
    process.kill(postmaster, 'SIGKILL')
    expect(await Promise.race([postgres.exited, new Promise((resolve) => setTimeout(() => resolve('still waiting'), 10_000))])).toBe(128)
    await expect(Promise.race([postgres.stop().then(() => 'stopped'), new Promise((resolve) => setTimeout(() => resolve('hangs'), 10_000))])).resolves.toBe('stopped')
  })
})
