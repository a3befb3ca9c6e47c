/**
 * Where a migrated document lay on the old network drive, written as people knew it ("S:\Amt 50\Weisungen\KdU.docx"):
 * the stored path is relative to the imported root, with either slash; the drive label (SITE_LEGACY_DRIVE_LABEL) is
 * put in front. Control characters are dropped (the path comes from a file system, not from a person).
 */
export function legacyPath(relativePath: string, driveLabel: string): string {
  const path = [...relativePath]
    .filter((char) => char.charCodeAt(0) >= 0x20 && char !== '\u007f')
    .join('')
    .split(/[\\/]+/)
    .filter((segment) => segment && segment !== '.')
    .join('\\')
  if (!driveLabel) return path
  return driveLabel.endsWith('\\') ? `${driveLabel}${path}` : `${driveLabel}\\${path}`
}
