import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { walkDrive } from '@lotse/content-migration/src/steps/walkDrive.ts'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generateDrive, type GeneratedDrive } from '../../src/migration/generateDrive.ts'

let root: string
let drive: GeneratedDrive
beforeAll(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'lotse-bench-drive-'))
  drive = await generateDrive(root, { files: 200, seed: 1 })
}, 120_000)
afterAll(async () => {
  await fs.rm(root, { recursive: true, force: true })
})

describe('generateDrive', () => {
  it('writes every format and every kind of mess, in the planned shares', () => {
    const formats = new Set(drive.entries.map((entry) => entry.format))
    for (const format of ['docx', 'pdf', 'odt', 'rtf', 'txt', 'html', 'md', 'xlsx', 'pptx', 'ods', 'odp', 'doc']) expect(formats).toContain(format)
    const count = (expected: string) => drive.entries.filter((entry) => entry.expected === expected).length
    expect({ junk: count('junk'), broken: count('broken'), duplicate: count('duplicate'), version: count('version') }).toEqual({ junk: 8, broken: 4, duplicate: 14 + 2, version: 10 })
    expect(drive.entries.length).toBeGreaterThanOrEqual(196)
  })

  it('lists exactly the files the migration walk finds, under the same paths', async () => {
    const walked = await walkDrive(root)
    expect(walked.map((file) => file.path).toSorted()).toEqual(drive.entries.map((entry) => entry.path).toSorted())
    expect(walked.filter((file) => file.rawPath)).toHaveLength(2)
    expect(walked.filter((file) => file.problem)).toEqual([])
  })

  it('writes the same files for the same seed (the bytes differ where a builder stamps the time)', async () => {
    const again = await fs.mkdtemp(path.join(os.tmpdir(), 'lotse-bench-drive-'))
    try {
      const second = await generateDrive(again, { files: 200, seed: 1 })
      expect(second.entries.map(({ path, expected, format }) => [path, expected, format])).toEqual(drive.entries.map(({ path, expected, format }) => [path, expected, format]))
    } finally {
      await fs.rm(again, { recursive: true, force: true })
    }
  }, 120_000)
})
