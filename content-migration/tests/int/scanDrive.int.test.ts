import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { scanDrive } from '../../src/steps/scanDrive.ts'

let root: string
let outside: string
beforeAll(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'lotse-drive-'))
  outside = await fs.mkdtemp(path.join(os.tmpdir(), 'lotse-outside-'))
  const files: Record<string, string> = {
    'Weisungen/Arbeitszeit.txt': 'Gleitzeit von 6 bis 20 Uhr',
    'Weisungen/Kopie von Arbeitszeit.txt': 'Gleitzeit von 6 bis 20 Uhr',
    'Arbeitshilfen/Bürgergeld.md': '# Bürgergeld',
    'Arbeitshilfen/~$rgergeld.docx': 'lock',
    'Arbeitshilfen/leer.docx': '',
    'Thumbs.db': 'x',
  }
  for (const [name, content] of Object.entries(files)) {
    await fs.mkdir(path.dirname(path.join(root, name)), { recursive: true })
    await fs.writeFile(path.join(root, name), content)
  }
  await fs.writeFile(path.join(outside, 'geheim.txt'), 'outside the drive')
  await fs.symlink(outside, path.join(root, 'link-nach-aussen'))
})
afterAll(async () => {
  await fs.rm(root, { recursive: true, force: true })
  await fs.rm(outside, { recursive: true, force: true })
})

describe('scanDrive', () => {
  it('counts formats, junk and exact duplicates without leaving the root', async () => {
    const report = await scanDrive(root)
    // Every file under the root and nothing else: the link to the outside directory is reported, not followed.
    expect(report.files.map((file) => file.path).toSorted()).toEqual([
      'Arbeitshilfen/Bürgergeld.md',
      'Arbeitshilfen/leer.docx',
      'Arbeitshilfen/~$rgergeld.docx',
      'Thumbs.db',
      'Weisungen/Arbeitszeit.txt',
      'Weisungen/Kopie von Arbeitszeit.txt',
      'link-nach-aussen',
    ])
    expect(report.files.find((file) => file.path === 'link-nach-aussen')?.problem).toBe('symbolic link, not followed')
    expect(report.totals).toEqual({ files: 7, bytes: expect.any(Number), junk: 3, duplicates: 1, problems: 1 })
    expect(report.byFormat).toEqual({ txt: { files: 2, bytes: 52 }, md: { files: 1, bytes: 13 } })
    expect(report.duplicateGroups).toEqual([['Weisungen/Arbeitszeit.txt', 'Weisungen/Kopie von Arbeitszeit.txt']])
    expect(report.files.find((file) => file.path === 'Arbeitshilfen/Bürgergeld.md')?.sha256).toMatch(/^[0-9a-f]{64}$/)
  })

  it('fails with a clear message for a missing directory', async () => {
    await expect(scanDrive(path.join(root, 'gibt-es-nicht'))).rejects.toThrow(/is not a directory/)
  })
})
