import { DOCUMENT_KINDS, type DocumentKind } from '@lotse/domain'
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type YAMLMap } from 'yaml'
import { MAPPING_STATUSES, type Mapping, type MappingFields, type MappingRule, type MappingStatus } from './Mapping.ts'
import { MappingError } from './MappingError.ts'

const FIELD_KEYS = ['kind', 'ownerUnit', 'topics', 'status', 'approvedBy']
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/**
 * Reads a mapping from YAML or JSON text (JSON is YAML). Every scalar is read as text (YAML's failsafe schema), so
 * `ownerUnit: 50.20` stays "50.20" and is not turned into the number 50.2. Unknown keys, kinds and statuses are
 * errors naming the file, the line and the key, so a typo ("owner_unit", "Weisung") does not silently import a
 * whole drive with the wrong defaults.
 */
export function parseMapping(text: string, source = 'mapping'): Mapping {
  const lineCounter = new LineCounter()
  const document = parseDocument(text, { lineCounter, schema: 'failsafe', uniqueKeys: true, prettyErrors: false })
  const fail: (node: unknown, key: string | null, problem: string) => never = (node, key, problem) => {
    const range = (node as Node | null)?.range
    throw new MappingError(source, range ? lineCounter.linePos(range[0]).line : null, key, problem)
  }
  const [syntax] = document.errors
  if (syntax) throw new MappingError(source, lineCounter.linePos(syntax.pos[0]).line, null, `not valid YAML or JSON: ${syntax.message.split('\n')[0]}`)
  const root = document.contents
  if (root === null) fail(null, null, 'the file is empty; it needs `rules:` and/or `defaults:` (see content-migration/mapping.example.yaml)')
  if (!isMap(root)) fail(root, null, 'the top level must be a map with `defaults:` and `rules:`')

  const textOf = (node: unknown, key: string): string => {
    if (!isScalar(node) || typeof node.value !== 'string' || !node.value.trim()) fail(node, key, 'must be a non-empty text')
    return node.value.trim()
  }
  const fieldsOf = (map: YAMLMap, where: string, allowed: string[]): MappingFields & { match?: string } => {
    const fields: MappingFields & { match?: string } = {}
    for (const { key: keyNode, value } of map.items) {
      const key = isScalar(keyNode) ? String(keyNode.value) : ''
      const name = `${where}.${key}`
      if (!allowed.includes(key)) fail(keyNode, name, `unknown key; allowed are ${allowed.join(', ')}`)
      if (key === 'topics') {
        if (!isSeq(value)) fail(value, name, 'must be a list, e.g. [Wohngeld, Bürgergeld]')
        fields.topics = [...new Set(value.items.map((item) => textOf(item, name)))]
        continue
      }
      const scalar = textOf(value, name)
      if (key === 'kind') {
        if (!(DOCUMENT_KINDS as readonly string[]).includes(scalar)) fail(value, name, `"${scalar}" is not a kind; use one of ${DOCUMENT_KINDS.join(', ')}`)
        fields.kind = scalar as DocumentKind
      } else if (key === 'status') {
        if (!(MAPPING_STATUSES as readonly string[]).includes(scalar)) fail(value, name, `"${scalar}" is not a status for imports; use draft or published`)
        fields.status = scalar as MappingStatus
      } else if (key === 'approvedBy') {
        if (!EMAIL.test(scalar)) fail(value, name, `"${scalar}" is not the e-mail address of the approving person`)
        fields.approvedBy = scalar
      } else if (key === 'ownerUnit') {
        fields.ownerUnit = scalar
      } else {
        fields.match = matchPattern(scalar) ?? fail(value, name, 'must be a path relative to the imported folder, without a drive letter or ".."')
      }
    }
    return fields
  }

  const mapping: Mapping = { defaults: {}, rules: [] }
  for (const { key: keyNode, value } of root.items) {
    const key = isScalar(keyNode) ? String(keyNode.value) : ''
    if (key === 'defaults') {
      if (!isMap(value)) fail(value, 'defaults', 'must be a map, e.g. { ownerUnit: "50", status: draft }')
      mapping.defaults = fieldsOf(value, 'defaults', FIELD_KEYS)
    } else if (key === 'rules') {
      if (!isSeq(value)) fail(value, 'rules', 'must be a list of rules, each with `match:`')
      for (const [index, item] of value.items.entries()) {
        const where = `rules[${index}]`
        if (!isMap(item)) fail(item, where, 'must be a map with `match:` and the fields it sets')
        const { match, ...fields } = fieldsOf(item, where, ['match', ...FIELD_KEYS])
        if (!match) fail(item, where, 'needs `match:`, the folder or glob it applies to')
        const line = item.range ? lineCounter.linePos(item.range[0]).line : 0
        mapping.rules.push({ match, ...fields, line } satisfies MappingRule)
      }
    } else fail(keyNode, key, 'unknown key; a mapping has `defaults:` and `rules:`')
  }
  return mapping
}

/** "Sozialamt\\Weisungen\\" (as copied from Explorer) → "Sozialamt/Weisungen"; absolute paths and ".." give null. */
function matchPattern(pattern: string): string | null {
  const cleaned = pattern.normalize('NFC').replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/+$/, '').replace(/\/{2,}/g, '/')
  if (/^[a-z]:/i.test(cleaned) || cleaned.startsWith('/') || cleaned.split('/').includes('..') || !cleaned) return null
  return cleaned
}
