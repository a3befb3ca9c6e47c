import { createHash } from 'node:crypto'
import { constants, type Dirent, type Stats } from 'node:fs'
import fs from 'node:fs/promises'
import path from 'node:path'
import { classifyJunk } from '../classifyJunk.ts'
import { decodeFileName } from './decodeFileName.ts'

export interface DriveFile {
  /** Relative to the walked root, '/'-separated, NFC: the file's key in reports and state. */
  path: string
  /** Where the file is, below the root's real path (symbolic links in the root's own path resolved). */
  absolutePath: string
  /**
   * Only when a name on the way is not valid UTF-8 (read as Windows-1252 for `path` and `name`): `absolutePath` then
   * names no file, and these bytes are the way to open it (Node's fs takes a Buffer as a path).
   */
  rawPath?: Buffer
  name: string
  size: number
  /** Modification time, ISO 8601. */
  mtime: string
  /** null when the content was not read (a problem, or too large). */
  sha256: string | null
  /** Why the file is junk (lock file, Thumbs.db, empty …), see classifyJunk. */
  junk: string | null
  /** Why the file could not be taken (a link, unreadable, too large, not a file); such entries are never read. */
  problem: string | null
}

export interface WalkProgress {
  files: number
  bytes: number
  /** The folder of the file just finished, relative to the root. */
  folder: string
}

export interface WalkOptions {
  /** Files larger than this are reported as a problem, not read. */
  maxBytes?: number
  /** Files hashed at the same time. */
  concurrency?: number
}

export const DEFAULT_MAX_BYTES = 200 * 2 ** 20
const CHUNK = 2 ** 20
// O_NOFOLLOW: the last name may not be a link (even if one was swapped in after the folder was listed); O_NONBLOCK: a
// FIFO swapped in does not hang the walk.
const OPEN_FLAGS = constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK

interface Entry {
  raw: Buffer
  parts: string[]
  utf8: boolean
}

const megabytes = (bytes: number) => (bytes < 2 ** 20 ? `${Math.ceil(bytes / 1024)} KB` : `${(bytes / 2 ** 20).toFixed(1)} MB`)
const describe = (error: unknown) => {
  const { code, message } = error as NodeJS.ErrnoException
  if (code === 'EACCES' || code === 'EPERM') return `permission denied (${code})`
  if (code === 'ENAMETOOLONG') return 'the path is too long for this system (ENAMETOOLONG)'
  if (code === 'ELOOP') return 'it became a symbolic link while the drive was read, not followed'
  return code ? `${code}: ${message}` : message
}
const kindOf = (stat: Stats) =>
  stat.isFIFO() ? 'a named pipe' : stat.isSocket() ? 'a socket' : stat.isBlockDevice() || stat.isCharacterDevice() ? 'a device' : 'not a regular file'

/**
 * Walks a drive read-only and hashes every file. Symbolic links are reported and never followed, and every file is
 * opened without following a link and checked to lie below the root's real path after opening, so nothing outside the
 * root is read. Names that are not valid UTF-8 are read as Windows-1252 (and opened through their bytes), decomposed
 * umlauts (NFD, as macOS writes them) become NFC in `path`. Per-file trouble (permissions, too large, too long a path,
 * a folder that cannot be listed) becomes that entry's `problem`; the walk goes on. The result is sorted by `path`.
 */
export async function walkDrive(root: string, onProgress?: (progress: WalkProgress) => void, options: WalkOptions = {}): Promise<DriveFile[]> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES
  const concurrency = options.concurrency ?? 4
  const realRoot = await fs.realpath(path.resolve(root)).catch(() => null)
  const rootStat = realRoot ? await fs.stat(realRoot).catch(() => null) : null
  if (!realRoot || !rootStat?.isDirectory()) throw new Error(`${root} is not a directory that can be read: check the path and the permissions`)
  const rootBytes = Buffer.from(realRoot)
  const insideRoot = Buffer.concat([rootBytes, Buffer.from(realRoot.endsWith('/') ? '' : '/')])

  const files: DriveFile[] = []
  const buffers: Buffer[] = []
  const running = new Set<Promise<void>>()
  let bytesDone = 0

  const fileOf = (entry: Entry, fields: Partial<DriveFile>): DriveFile => {
    const relative = entry.parts.join('/')
    return {
      path: relative.normalize('NFC'),
      absolutePath: path.join(realRoot, ...entry.parts),
      ...(entry.utf8 ? {} : { rawPath: entry.raw }),
      name: (entry.parts.at(-1) ?? '').normalize('NFC'),
      size: 0,
      mtime: new Date(0).toISOString(),
      sha256: null,
      junk: null,
      problem: null,
      ...fields,
    }
  }
  const done = (file: DriveFile) => {
    files.push(file)
    bytesDone += file.sha256 ? file.size : 0
    onProgress?.({ files: files.length, bytes: bytesDone, folder: file.path.split('/').slice(0, -1).join('/') })
  }

  const hash = async (entry: Entry, stat: Stats): Promise<string> => {
    const handle = await fs.open(entry.raw, OPEN_FLAGS)
    try {
      const opened = await handle.stat()
      if (!opened.isFile() || opened.ino !== stat.ino || opened.dev !== stat.dev) throw new Error('the file changed while the drive was read')
      // Where the opened file really lies (Linux): a folder swapped for a link during the walk shows up here.
      const real = await fs.readlink(`/proc/self/fd/${handle.fd}`, { encoding: 'buffer' }).catch(() => null)
      if (real && !real.subarray(0, insideRoot.length).equals(insideRoot)) throw new Error('the file lies outside the drive (a folder was replaced by a link), not read')
      const digest = createHash('sha256')
      const buffer = buffers.pop() ?? Buffer.allocUnsafe(CHUNK)
      try {
        let total = 0
        while (true) {
          const { bytesRead } = await handle.read(buffer, 0, CHUNK, null)
          if (bytesRead === 0) break
          total += bytesRead
          if (total > maxBytes) throw new Error(`it grew beyond ${megabytes(maxBytes)} while it was read`)
          digest.update(buffer.subarray(0, bytesRead))
        }
      } finally {
        buffers.push(buffer)
      }
      return digest.digest('hex')
    } finally {
      await handle.close()
    }
  }

  const visitFile = async (entry: Entry): Promise<void> => {
    const stat = await fs.lstat(entry.raw).catch((error: unknown) => error as Error)
    if (stat instanceof Error) return done(fileOf(entry, { problem: `could not be read: ${describe(stat)}` }))
    const fields = { size: stat.size, mtime: stat.mtime.toISOString() }
    // A link's own size is the length of its target's name: not worth reporting.
    if (stat.isSymbolicLink()) return done(fileOf(entry, { mtime: fields.mtime, problem: 'symbolic link, not followed' }))
    if (!stat.isFile()) return done(fileOf(entry, { ...fields, problem: `${kindOf(stat)}, not read` }))
    const junk = classifyJunk(entry.parts.at(-1) ?? '', stat.size, entry.parts.slice(0, -1))
    if (stat.size > maxBytes) return done(fileOf(entry, { ...fields, junk, problem: `too large: ${megabytes(stat.size)} (the limit is ${megabytes(maxBytes)})` }))
    try {
      done(fileOf(entry, { ...fields, junk, sha256: await hash(entry, stat) }))
    } catch (error) {
      done(fileOf(entry, { ...fields, junk, problem: `could not be read: ${describe(error)}` }))
    }
  }

  const schedule = async (task: () => Promise<void>) => {
    while (running.size >= concurrency) await Promise.race(running)
    const promise = task().finally(() => running.delete(promise))
    running.add(promise)
  }

  const visitFolder = async (folder: Entry): Promise<void> => {
    let entries: Dirent<Buffer>[]
    try {
      entries = await fs.readdir(folder.raw, { withFileTypes: true, encoding: 'buffer' })
    } catch (error) {
      if (folder.parts.length === 0) throw new Error(`the drive's top folder cannot be listed: ${describe(error)}`, { cause: error })
      return done(fileOf(folder, { problem: `folder could not be read, its files are missing: ${describe(error)}` }))
    }
    for (const dirent of entries) {
      const { name, utf8 } = decodeFileName(dirent.name)
      const entry = { raw: Buffer.concat([folder.raw, Buffer.from('/'), dirent.name]), parts: [...folder.parts, name], utf8: folder.utf8 && utf8 }
      if (dirent.isDirectory()) await visitFolder(entry)
      else if (dirent.isFile() || dirent.isSymbolicLink() || dirent.isFIFO() || dirent.isSocket() || dirent.isBlockDevice() || dirent.isCharacterDevice()) {
        await schedule(() => visitFile(entry))
      } else {
        // The file system did not say what the entry is (DT_UNKNOWN): ask without following a link.
        const stat = await fs.lstat(entry.raw).catch(() => null)
        if (stat?.isDirectory()) await visitFolder(entry)
        else await schedule(() => visitFile(entry))
      }
    }
  }

  await visitFolder({ raw: rootBytes, parts: [], utf8: true })
  await Promise.all(running)
  return uniquePaths(files).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
}

/**
 * Two names that differ on disk can meet after decoding and NFC ("Ä" composed and decomposed side by side, or a
 * Windows-1252 name next to its UTF-8 twin). Both files stay: the first (by bytes) keeps the NFC path, the next keep
 * their decoded form or get a " [n]" suffix, so every entry has its own key.
 */
function uniquePaths(files: DriveFile[]): DriveFile[] {
  const taken = new Set<string>()
  const byBytes = files.toSorted((a, b) => Buffer.compare(Buffer.from(a.rawPath ?? a.absolutePath), Buffer.from(b.rawPath ?? b.absolutePath)))
  for (const file of byBytes) {
    if (taken.has(file.path)) {
      const unnormalised = [...file.path.split('/').slice(0, -1), path.basename(file.absolutePath)].join('/')
      let candidate = unnormalised
      for (let n = 2; taken.has(candidate); n++) candidate = `${file.path} [${n}]`
      file.path = candidate
    }
    taken.add(file.path)
  }
  return files
}
