import { open, stat } from 'node:fs/promises'
import { extractBuffer, DEFAULT_MAX_BYTES } from './extractBuffer.ts'
import { failure } from './unreadable.ts'
import type { ExtractionResult, ExtractOptions } from './types.ts'
import { formatBytes } from './zip/readZip.ts'

/** `extractBuffer` over a file: its size is checked before a byte is read; the file is only ever read. */
export async function extractFile(file: string, options: ExtractOptions = {}): Promise<ExtractionResult> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES
  let bytes: Buffer
  try {
    const info = await stat(file)
    if (!info.isFile()) return failure('unreadable', 'Not a regular file')
    if (info.size > maxBytes) return failure('unreadable', `File too large: ${formatBytes(info.size)} (limit ${formatBytes(maxBytes)})`)
    const handle = await open(file, 'r')
    try {
      bytes = await handle.readFile()
    } finally {
      await handle.close()
    }
  } catch (error) {
    return failure('unreadable', `The file cannot be opened: ${(error as NodeJS.ErrnoException).code ?? String(error)}`)
  }
  return extractBuffer(bytes, file, options)
}
