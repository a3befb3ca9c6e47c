import type { Properties } from '../types.ts'
import { isoDate, xmlFields } from '../xmlFields.ts'
import type { Zip } from '../zip/readZip.ts'

/** Properties of a docx, xlsx or pptx from docProps/core.xml (Dublin Core). */
export function ooxmlProperties(zip: Zip): Properties {
  const xml = zip.text('docProps/core.xml')
  if (!xml) return {}
  const fields = xmlFields(xml, ['dc:title', 'dc:subject', 'dc:creator', 'dcterms:created', 'dcterms:modified'])
  return definedOnly({
    title: fields.get('dc:title'),
    subject: fields.get('dc:subject'),
    author: fields.get('dc:creator'),
    created: isoDate(fields.get('dcterms:created')),
    modified: isoDate(fields.get('dcterms:modified')),
  })
}

export function definedOnly(properties: Properties): Properties {
  return Object.fromEntries(Object.entries(properties).filter(([, value]) => value !== undefined))
}
