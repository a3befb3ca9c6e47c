import { inflateRawSync } from 'node:zlib'
import { Unreadable } from '../unreadable.ts'

export interface ZipEntry {
  name: string
  method: number
  compressedSize: number
  size: number
  localHeaderOffset: number
  encrypted: boolean
}

export interface ZipLimits {
  /** Refused when the entries together declare more than this. */
  maxUnzippedBytes: number
}

/** An entry this large and compressed this strongly is a bomb, not a document (real XML compresses ≈ 5–50 : 1). */
const BOMB_ENTRY_BYTES = 10 * 1024 * 1024
const BOMB_RATIO = 200
const MAX_ENTRIES = 20_000

/**
 * A zip archive read from memory by its central directory. Every size is checked before anything is inflated, and
 * inflating an entry stops at its declared size, so an archive that lies about its sizes cannot inflate further.
 */
export class Zip {
  readonly entries: Map<string, ZipEntry>
  private readonly bytes: Buffer

  constructor(bytes: Uint8Array, limits: ZipLimits) {
    this.bytes = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    this.entries = readCentralDirectory(this.bytes)
    let total = 0
    for (const entry of this.entries.values()) {
      total += entry.size
      if (entry.size > BOMB_ENTRY_BYTES && entry.size > entry.compressedSize * BOMB_RATIO) {
        throw new Unreadable(
          `Zip bomb refused: "${entry.name}" would inflate ${formatBytes(entry.compressedSize)} to ${formatBytes(entry.size)}`,
        )
      }
    }
    if (total > limits.maxUnzippedBytes) {
      throw new Unreadable(
        `Zip bomb refused: the archive's entries would unpack to ${formatBytes(total)} (limit ${formatBytes(limits.maxUnzippedBytes)})`,
      )
    }
  }

  has(name: string): boolean {
    return this.entries.has(name)
  }

  names(): string[] {
    return [...this.entries.keys()]
  }

  /** The entry's bytes, or null when the archive has no such entry. */
  read(name: string): Buffer | null {
    const entry = this.entries.get(name)
    if (!entry) return null
    if (entry.encrypted) throw new Unreadable(`The archive is password-protected ("${name}" is encrypted)`)
    const b = this.bytes
    const at = entry.localHeaderOffset
    if (at + 30 > b.length || b.readUInt32LE(at) !== 0x04034b50) throw new Unreadable(`Corrupt zip: local header of "${name}" is missing (truncated file?)`)
    const start = at + 30 + b.readUInt16LE(at + 26) + b.readUInt16LE(at + 28)
    const end = start + entry.compressedSize
    if (end > b.length) throw new Unreadable(`Corrupt zip: "${name}" is cut off (truncated file)`)
    const data = b.subarray(start, end)
    if (entry.method === 0) return data
    if (entry.method !== 8) throw new Unreadable(`Unsupported zip compression method ${entry.method} in "${name}"`)
    let out: Buffer
    try {
      // One byte more than declared: an entry that reaches it lies about its size.
      out = inflateRawSync(data, { maxOutputLength: entry.size + 1 })
    } catch (error) {
      if (error instanceof RangeError) throw new Unreadable(`Zip bomb refused: "${name}" inflates beyond its declared ${formatBytes(entry.size)}`)
      throw new Unreadable(`Corrupt zip: "${name}" cannot be inflated (${(error as Error).message})`)
    }
    if (out.length > entry.size) throw new Unreadable(`Zip bomb refused: "${name}" inflates beyond its declared ${formatBytes(entry.size)}`)
    return out
  }

  text(name: string): string | null {
    const data = this.read(name)
    return data === null ? null : data.toString('utf8')
  }
}

export function isZip(head: Uint8Array): boolean {
  return head.length >= 4 && head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04
}

function readCentralDirectory(b: Buffer): Map<string, ZipEntry> {
  // The end-of-central-directory record sits in the last 22 + up to 65,535 (comment) bytes.
  let eocd = -1
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 0xffff); i--) {
    if (b.readUInt32LE(i) === 0x06054b50) {
      eocd = i
      break
    }
  }
  if (eocd < 0) throw new Unreadable('Corrupt zip: no central directory (the file is truncated or not a zip)')
  const count = b.readUInt16LE(eocd + 10)
  const dirSize = b.readUInt32LE(eocd + 12)
  const dirOffset = b.readUInt32LE(eocd + 16)
  if (count === 0xffff || dirOffset === 0xffffffff) throw new Unreadable('ZIP64 archives are not supported')
  if (count > MAX_ENTRIES) throw new Unreadable(`The archive has ${count} entries (at most ${MAX_ENTRIES} are read)`)
  if (dirOffset + dirSize > b.length) throw new Unreadable('Corrupt zip: the central directory lies outside the file (truncated file?)')
  const entries = new Map<string, ZipEntry>()
  let at = dirOffset
  for (let i = 0; i < count; i++) {
    if (at + 46 > b.length || b.readUInt32LE(at) !== 0x02014b50) throw new Unreadable('Corrupt zip: damaged central directory')
    const flags = b.readUInt16LE(at + 8)
    const nameLength = b.readUInt16LE(at + 28)
    const extraLength = b.readUInt16LE(at + 30)
    const commentLength = b.readUInt16LE(at + 32)
    const entry: ZipEntry = {
      name: b.toString('utf8', at + 46, at + 46 + nameLength),
      method: b.readUInt16LE(at + 10),
      compressedSize: b.readUInt32LE(at + 20),
      size: b.readUInt32LE(at + 24),
      localHeaderOffset: b.readUInt32LE(at + 42),
      encrypted: (flags & 1) === 1,
    }
    if (entry.size === 0xffffffff || entry.compressedSize === 0xffffffff) throw new Unreadable('ZIP64 archives are not supported')
    entries.set(entry.name, entry)
    at += 46 + nameLength + extraLength + commentLength
  }
  return entries
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`
  return `${bytes} bytes`
}
