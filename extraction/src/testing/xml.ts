/** Text for XML content and attribute values. */
export function xml(text: string): string {
  return text.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c] as string)
}

export function coreXml(spec: { title?: string; subject?: string; author?: string; created?: Date }): string {
  const created = (spec.created ?? new Date(Date.UTC(2024, 0, 15, 9, 30))).toISOString().replace(/\.\d{3}Z$/, 'Z')
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    (spec.title ? `<dc:title>${xml(spec.title)}</dc:title>` : '') +
    (spec.subject ? `<dc:subject>${xml(spec.subject)}</dc:subject>` : '') +
    (spec.author ? `<dc:creator>${xml(spec.author)}</dc:creator>` : '') +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${created}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${created}</dcterms:modified>` +
    '</cp:coreProperties>'
  )
}
