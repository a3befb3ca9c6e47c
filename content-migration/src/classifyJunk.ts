const SYSTEM_FILES = new Set(['thumbs.db', 'ehthumbs.db', 'ehthumbs_vista.db', 'desktop.ini', '.ds_store', '.localized', 'icon\r'])
const SHORTCUTS = new Set(['.lnk', '.url'])
const TEMPORARY = new Set(['.tmp', '.temp', '.~tmp', '.bak', '.wbk', '.asd'])
// Folders that only systems write into: everything in them is junk, whatever its name.
const SYSTEM_FOLDERS = new Set(['$recycle.bin', 'recycler', 'system volume information', '.trashes', '.spotlight-v100', '.fseventsd', '.temporaryitems', '__macosx'])

/**
 * Why a file on a drive is junk (not content), or null when it is not: Office and LibreOffice lock files, macOS
 * resource forks and folder files, Windows thumbnail caches and folder settings, shortcuts, temporary and backup files,
 * files in system folders, and empty files. `folders` are the folder names on the way to the file.
 */
export function classifyJunk(name: string, size: number, folders: readonly string[] = []): string | null {
  const lower = name.normalize('NFC').toLowerCase()
  const system = folders.find((folder) => SYSTEM_FOLDERS.has(folder.toLowerCase()))
  if (system) return `in the system folder ${system}`
  if (lower.startsWith('~$')) return 'Office lock file'
  if (lower.startsWith('.~lock.') && lower.endsWith('#')) return 'LibreOffice lock file'
  if (lower.startsWith('._')) return 'macOS resource fork'
  if (SYSTEM_FILES.has(lower)) return 'system file'
  const dot = lower.lastIndexOf('.')
  const extension = dot > 0 ? lower.slice(dot) : ''
  if (SHORTCUTS.has(extension)) return 'shortcut'
  if (TEMPORARY.has(extension)) return 'temporary or backup file' // also Word's ~WRL0001.tmp
  if (size === 0) return 'empty file'
  return null
}
