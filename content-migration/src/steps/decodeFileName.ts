const utf8 = new TextDecoder('utf-8', { fatal: true })
const windows1252 = new TextDecoder('windows-1252')

/**
 * A file name as the file system holds it (bytes) → text. Names are UTF-8 on today's drives; names written by old
 * Windows or Samba setups are Windows-1252 ("Bürgergeld" as 0xFC), which is not valid UTF-8 and is read as such.
 * `utf8: false` says the name had to be read as Windows-1252, so the file can only be opened through its bytes.
 */
export function decodeFileName(bytes: Uint8Array): { name: string; utf8: boolean } {
  try {
    return { name: utf8.decode(bytes), utf8: true }
  } catch {
    return { name: windows1252.decode(bytes), utf8: false }
  }
}
