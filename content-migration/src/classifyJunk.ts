const JUNK_NAMES = new Set(['thumbs.db', 'desktop.ini', '.ds_store'])
const JUNK_EXTENSIONS = new Set(['.lnk', '.tmp'])

/** Why a file on a drive is junk (not content), or null when it is not. */
export function classifyJunk(name: string, size: number): string | null {
  const lower = name.toLowerCase()
  if (lower.startsWith('~$')) return 'Office lock file'
  if (lower.startsWith('._')) return 'macOS resource fork'
  if (JUNK_NAMES.has(lower)) return 'system file'
  const dot = lower.lastIndexOf('.')
  if (dot > 0 && JUNK_EXTENSIONS.has(lower.slice(dot))) return 'shortcut or temporary file'
  if (size === 0) return 'empty file'
  return null
}
