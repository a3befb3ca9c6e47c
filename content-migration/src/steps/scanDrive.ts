import path from 'node:path'
import { walkDrive } from './walkDrive.ts'

export interface ScannedFile {
  /** Relative to the scanned root, with forward slashes, NFC-normalised. */
  path: string
  format: string
  size: number
  mtime: string
  /** null when the file could not be read (see `problem`). */
  sha256: string | null
  junk: string | null
  problem: string | null
}

export interface ScanReport {
  root: string
  totals: { files: number; bytes: number; junk: number; duplicates: number; problems: number }
  byFormat: Record<string, { files: number; bytes: number }>
  byYear: Record<string, number>
  /** Groups of byte-identical files (relative paths), first path = the one kept. */
  duplicateGroups: string[][]
  files: ScannedFile[]
}

/** Walks a drive read-only (see walkDrive: links are reported, never followed) and sums up what is on it. */
export async function scanDrive(root: string, onFile?: (done: number) => void): Promise<ScanReport> {
  const walked = await walkDrive(root, onFile && ((progress) => onFile(progress.files)))
  const files: ScannedFile[] = walked.map(({ path, name, size, mtime, sha256, junk, problem }) => {
    const dot = name.lastIndexOf('.')
    return { path, format: dot > 0 ? name.slice(dot + 1).toLowerCase() : '(none)', size, mtime, sha256, junk, problem }
  })

  const byFormat: ScanReport['byFormat'] = {}
  const byYear: ScanReport['byYear'] = {}
  const bySha = new Map<string, string[]>()
  for (const file of files) {
    if (file.junk || file.problem || !file.sha256) continue
    const format = (byFormat[file.format] ??= { files: 0, bytes: 0 })
    format.files++
    format.bytes += file.size
    const year = file.mtime.slice(0, 4)
    byYear[year] = (byYear[year] ?? 0) + 1
    bySha.set(file.sha256, [...(bySha.get(file.sha256) ?? []), file.path])
  }
  const duplicateGroups = [...bySha.values()].filter((paths) => paths.length > 1)
  return {
    root: path.resolve(root),
    totals: {
      files: files.length,
      bytes: files.reduce((sum, file) => sum + file.size, 0),
      junk: files.filter((file) => file.junk).length,
      duplicates: duplicateGroups.reduce((sum, group) => sum + group.length - 1, 0),
      problems: files.filter((file) => file.problem).length,
    },
    byFormat,
    byYear,
    duplicateGroups,
    files,
  }
}
