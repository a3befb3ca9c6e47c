import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll } from 'vitest'

/** A fresh temporary folder for this test file, removed when the file's tests are done. */
export async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'lotse-extraction-'))
  afterAll(() => rm(dir, { recursive: true, force: true }))
  return dir
}
