const BY_MIME: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word',
  'application/msword': 'Word',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel',
  'application/vnd.ms-excel': 'Excel',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'PowerPoint',
  'application/vnd.ms-powerpoint': 'PowerPoint',
  'application/vnd.oasis.opendocument.text': 'ODT',
  'application/vnd.oasis.opendocument.spreadsheet': 'ODS',
  'application/vnd.oasis.opendocument.presentation': 'ODP',
}

/** What people call a file's format ("PDF", "Word"); the extension in capitals when the type is not a known one. */
export function fileTypeLabel(filename: string, mimeType: string | null): string | null {
  const known = mimeType ? BY_MIME[mimeType.split(';', 1)[0].trim().toLowerCase()] : undefined
  if (known) return known
  const extension = /\.([A-Za-z0-9]{1,8})$/.exec(filename)?.[1]
  return extension ? extension.toUpperCase() : null
}
