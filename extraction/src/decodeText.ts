const utf8 = new TextDecoder('utf-8', { fatal: true })

/** The encoding's text, or null when the bytes are not valid in it. */
function tryDecode(bytes: Uint8Array, label: string): string | null {
  try {
    return new TextDecoder(label, { fatal: label === 'utf-8' }).decode(bytes)
  } catch {
    return null
  }
}

/**
 * Bytes of a text file → string. A byte order mark decides (UTF-8, UTF-16 LE/BE); else `declared` (an HTML file's
 * charset) when the runtime knows it; else UTF-8 when the bytes are valid UTF-8, else Windows-1252 (what German
 * Windows editors wrote, a superset of Latin-1). Null for binary data (NUL bytes outside UTF-16).
 */
export function decodeText(bytes: Uint8Array, declared?: string): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return tryDecode(bytes.subarray(3), 'utf-8') ?? new TextDecoder('windows-1252').decode(bytes.subarray(3))
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2))
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2))
  if (bytes.subarray(0, 8192).includes(0)) return null
  if (declared) {
    const label = declared.trim().toLowerCase()
    // Browsers read "iso-8859-1" and "ascii" as Windows-1252 too; UTF-8 is checked below, wrong declarations are common.
    if (label !== 'utf-8' && label !== 'utf8') {
      const text = tryDecode(bytes, label)
      if (text !== null) return text
    }
  }
  try {
    return utf8.decode(bytes)
  } catch {
    return new TextDecoder('windows-1252').decode(bytes)
  }
}
