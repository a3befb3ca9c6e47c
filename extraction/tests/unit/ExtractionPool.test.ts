import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import { ExtractionPool } from '../../src/index.ts'
import { writeFixture, type FixtureFormat } from '../../src/testing/index.ts'
import { SAMPLE_BLOCKS } from './support/sampleBlocks.ts'
import { tempDir } from './support/tempDir.ts'

const dir = await tempDir()
const misbehaving = fileURLToPath(new URL('./support/misbehavingChild.ts', import.meta.url))
const pools: ExtractionPool[] = []
afterEach(async () => {
  await Promise.all(pools.splice(0).map((pool) => pool.close()))
})

function pool(options: ConstructorParameters<typeof ExtractionPool>[0]): ExtractionPool {
  const created = new ExtractionPool(options)
  pools.push(created)
  return created
}

async function fixture(format: FixtureFormat, name: string): Promise<string> {
  return writeFixture(dir, name, { format, blocks: SAMPLE_BLOCKS, title: name })
}

// Each child starts its own Node with tsx (≈ 1–2 s on a busy machine).
describe('ExtractionPool', { timeout: 60_000 }, () => {
  it('extracts many files of several formats with two children, each result for its own file', async () => {
    const files = await Promise.all(
      Array.from({ length: 12 }, (_, i) => fixture((['docx', 'pdf', 'md', 'html'] as const)[i % 4], `datei-${i}.${(['docx', 'pdf', 'md', 'html'] as const)[i % 4]}`)),
    )
    const extraction = pool({ concurrency: 2 })
    const results = await Promise.all(files.map((file) => extraction.extract(file)))
    expect(results.map((result) => result.ok && result.extraction.format)).toEqual(files.map((file) => file.split('.').pop()))
    expect(results.every((result) => result.ok && result.extraction.text.includes('Genehmigt Überstunden'))).toBe(true)
  })

  it('a crashing child fails only its file; the others are extracted by a fresh child', async () => {
    const good = await fixture('md', 'gut.md')
    const crash = await fixture('md', 'crash.md')
    const extraction = pool({ concurrency: 1, childModule: misbehaving })
    const results = await Promise.all([extraction.extract(good), extraction.extract(crash), extraction.extract(good)])
    expect(results[0].ok).toBe(true)
    expect(results[1]).toEqual({ ok: false, outcome: 'unreadable', reason: 'Extraction crashed: its worker process exited with code 3' })
    expect(results[2].ok).toBe(true)
  })

  it('a hanging child is killed after the timeout and replaced', async () => {
    const good = await fixture('md', 'gut2.md')
    const hang = await fixture('md', 'hang.md')
    const extraction = pool({ concurrency: 1, timeoutMs: 1500, childModule: misbehaving })
    const results = await Promise.all([extraction.extract(hang), extraction.extract(good)])
    expect(results[0]).toEqual({ ok: false, outcome: 'unreadable', reason: 'Extraction timed out after 2 s' })
    expect(results[1].ok).toBe(true)
  })

  it('a timeout also ends the processes the child started (pdftoppm, tesseract)', async () => {
    const orphan = await fixture('md', 'orphan.md')
    const extraction = pool({ concurrency: 1, timeoutMs: 1500, childModule: misbehaving })
    expect(await extraction.extract(orphan)).toEqual({ ok: false, outcome: 'unreadable', reason: 'Extraction timed out after 2 s' })
    const pid = Number(await readFile(`${orphan}.pid`, 'utf8'))
    // Gone, or a zombie waiting for a container's init to reap it: either way no longer running.
    await expect.poll(async () => (await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => 'gone')).split(' ')[2] ?? 'gone').toMatch(/^(gone|Z)$/)
  })

  it('a child over its memory limit fails only its file, with the reason', async () => {
    const good = await fixture('md', 'gut3.md')
    const oom = await fixture('md', 'oom.md')
    const extraction = pool({ concurrency: 1, memoryLimitMb: 64, childModule: misbehaving })
    const results = await Promise.all([extraction.extract(oom), extraction.extract(good)])
    expect(results[0]).toEqual({ ok: false, outcome: 'unreadable', reason: 'Extraction crashed: its worker process ran out of memory' })
    expect(results[1].ok).toBe(true)
  })

  it('children are replaced after filesPerChild files, and a closed pool answers without extracting', async () => {
    const good = await fixture('txt', 'gut.txt')
    const extraction = pool({ concurrency: 1, filesPerChild: 2 })
    const results = await Promise.all(Array.from({ length: 5 }, () => extraction.extract(good)))
    expect(results.every((result) => result.ok)).toBe(true)
    await extraction.close()
    expect(await extraction.extract(good)).toEqual({ ok: false, outcome: 'unreadable', reason: 'The extraction pool is closed' })
  })
})
