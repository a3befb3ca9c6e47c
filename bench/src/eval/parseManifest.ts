/**
 * Reads a drive manifest (JSON lines with at least `path` and `source_id`) into path → source_id. A file with no
 * source (`source_id: null`: junk, lock files) maps to nothing.
 */
export function parseManifest(text: string): Map<string, string> {
  const sourceIds = new Map<string, string>()
  const errors: string[] = []
  text.split(/\r?\n/).forEach((raw, index) => {
    if (!raw.trim()) return
    let entry: unknown
    try {
      entry = JSON.parse(raw)
    } catch (error) {
      errors.push(`line ${index + 1}: not JSON (${(error as Error).message})`)
      return
    }
    const { path, source_id: sourceId } = (entry ?? {}) as { path?: unknown; source_id?: unknown }
    if (typeof path !== 'string' || (typeof sourceId !== 'string' && sourceId !== null)) {
      errors.push(`line ${index + 1}: needs the string "path" and "source_id" as a string or null`)
      return
    }
    if (sourceId !== null) sourceIds.set(path, sourceId)
  })
  if (errors.length) throw new Error(`malformed manifest:\n${errors.join('\n')}`)
  return sourceIds
}
