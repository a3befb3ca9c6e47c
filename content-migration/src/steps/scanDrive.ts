import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import fs from 'node:fs/promises'
import path from 'node:path'
import { classifyJunk } from '../classifyJunk.ts'

export interface ScannedFile {
  /** Relative to the scanned root, with forward slashes, NFC-normalised. */
  path: string
  format: string
  size: number
  mtime: string
  sha256: string
  junk: string | null
}

export interface ScanReport {
  root: string
  totals: { files: number; bytes: number; junk: number; duplicates: number }
  byFormat: Record<string, { files: number; bytes: number }>
  byYear: Record<string, number>
  /** Groups of byte-identical files (relative paths), first path = the one kept. */
  duplicateGroups: string[][]
  files: ScannedFile[]
}

const sha256Of = (file: string) =>
  new Promise<string>((resolve, reject) => {
    const hash = createHash('sha256')
    createReadStream(file).on('data', (chunk) => hash.update(chunk)).on('end', () => resolve(hash.digest('hex'))).on('error', reject)
  })

/** Walks a drive read-only. Symbolic links are not followed, so nothing outside the root is read. */
export async function scanDrive(root: string, onFile?: (done: number) => void): Promise<ScanReport> {
  const absoluteRoot = path.resolve(root)
  const stat = await fs.stat(absoluteRoot).catch(() => undefined)
  if (!stat?.isDirectory()) throw new Error(`${root} is not a directory that can be read`)
  const files: ScannedFile[] = []
  const walk = async (dir: string): Promise<void> => {
    const entries = await fs.readdir(dir, { withFileTypes: true })
    entries.sort((a, b) => a.name.localeCompare(b.name))
    for (const entry of entries) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) await walk(full)
      else if (entry.isFile()) {
        const info = await fs.stat(full)
        const ext = path.extname(entry.name).slice(1).toLowerCase()
        files.push({
          path: path.relative(absoluteRoot, full).split(path.sep).join('/').normalize('NFC'),
          format: ext || '(none)',
          size: info.size,
          mtime: info.mtime.toISOString(),
          sha256: await sha256Of(full),
          junk: classifyJunk(entry.name, info.size),
        })
        onFile?.(files.length)
      }
    }
  }
  await walk(absoluteRoot)

  const byFormat: ScanReport['byFormat'] = {}
  const byYear: ScanReport['byYear'] = {}
  const bySha = new Map<string, string[]>()
  for (const file of files) {
    if (file.junk) continue
    const format = (byFormat[file.format] ??= { files: 0, bytes: 0 })
    format.files++
    format.bytes += file.size
    const year = file.mtime.slice(0, 4)
    byYear[year] = (byYear[year] ?? 0) + 1
    bySha.set(file.sha256, [...(bySha.get(file.sha256) ?? []), file.path])
  }
  const duplicateGroups = [...bySha.values()].filter((paths) => paths.length > 1)
  return {
    root: absoluteRoot,
    totals: {
      files: files.length,
      bytes: files.reduce((sum, file) => sum + file.size, 0),
      junk: files.filter((file) => file.junk).length,
      duplicates: duplicateGroups.reduce((sum, group) => sum + group.length - 1, 0),
    },
    byFormat,
    byYear,
    duplicateGroups,
    files,
  }
}
