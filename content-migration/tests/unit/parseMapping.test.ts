import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { MappingError } from '../../src/mapping/MappingError.ts'
import { parseMapping } from '../../src/mapping/parseMapping.ts'
import { readMapping } from '../../src/mapping/readMapping.ts'

const errorOf = (text: string): MappingError => {
  try {
    parseMapping(text, 'mapping.yaml')
  } catch (error) {
    if (error instanceof MappingError) return error
    throw error
  }
  throw new Error('expected a MappingError')
}

describe('parseMapping', () => {
  it('reads defaults and rules with their lines, every value as text', () => {
    const mapping = parseMapping(
      [
        'defaults:',
        '  ownerUnit: 50.20',
        '  status: draft',
        'rules:',
        '  - match: Sozialamt\\Weisungen\\',
        '    kind: directive',
        '    topics: [Bürgergeld, Wohngeld, Wohngeld]',
        '    status: published',
        '    approvedBy: leitung@stadt.example',
        '  - { match: "./**/Formulare/**", kind: form }',
      ].join('\n'),
    )
    expect(mapping).toEqual({
      defaults: { ownerUnit: '50.20', status: 'draft' },
      rules: [
        { match: 'Sozialamt/Weisungen', kind: 'directive', topics: ['Bürgergeld', 'Wohngeld'], status: 'published', approvedBy: 'leitung@stadt.example', line: 5 },
        { match: '**/Formulare/**', kind: 'form', line: 10 },
      ],
    })
  })

  it('reads the same mapping from JSON', () => {
    const mapping = parseMapping(JSON.stringify({ defaults: { ownerUnit: 10 }, rules: [{ match: 'Amt 50', ownerUnit: '50', topics: ['Soziales'] }] }))
    expect(mapping).toEqual({ defaults: { ownerUnit: '10' }, rules: [{ match: 'Amt 50', ownerUnit: '50', topics: ['Soziales'], line: 1 }] })
  })

  it('reads the example mapping shipped with the tool', async () => {
    const mapping = await readMapping(fileURLToPath(new URL('../../mapping.example.yaml', import.meta.url)))
    expect(mapping.rules.length).toBeGreaterThan(5)
    expect(mapping.defaults).toEqual({ status: 'draft' })
  })

  it.each([
    ['rules:\n  - match: Amt 50\n    kind: Weisung', 3, 'rules[0].kind', /"Weisung" is not a kind; use one of directive, policy/],
    ['rules:\n  - match: Amt 50\n    owner_unit: "50"', 3, 'rules[0].owner_unit', /unknown key/],
    ['rules:\n  - kind: form', 2, 'rules[0]', /needs `match:`/],
    ['rules:\n  - match: Amt 50\n  - match: ../geheim', 3, 'rules[1].match', /without a drive letter or "\.\."/],
    ['rules:\n  - match: S:\\Amt 50', 2, 'rules[0].match', /relative to the imported folder/],
    ['rules:\n  - match: Amt 50\n    status: freigegeben', 3, 'rules[0].status', /use draft or published/],
    ['defaults:\n  approvedBy: Frau Müller', 2, 'defaults.approvedBy', /not the e-mail address/],
    ['defaults:\n  topics: Wohngeld', 2, 'defaults.topics', /must be a list/],
    ['defaults:\n  ownerUnit: ""', 2, 'defaults.ownerUnit', /non-empty text/],
    ['rules:\n  match: Amt 50', 2, 'rules', /must be a list of rules/],
    ['rules:\n  - Amt 50', 2, 'rules[0]', /must be a map/],
    ['regeln:\n  - match: x', 1, 'regeln', /unknown key; a mapping has `defaults:` and `rules:`/],
    ['- match: x', 1, null, /top level must be a map/],
  ])('explains what is wrong and where: %j', (text, line, key, message) => {
    const error = errorOf(text)
    expect({ line: error.line, key: error.key }).toEqual({ line, key })
    expect(error.message).toMatch(message)
    expect(error.message.startsWith(`mapping.yaml:${line}: `)).toBe(true)
  })

  it('reports syntax errors and duplicate keys with their line', () => {
    expect(errorOf('rules:\n  - match: [unclosed\n').message).toMatch(/^mapping\.yaml:\d+: not valid YAML or JSON/)
    expect(errorOf('defaults:\n  status: draft\n  status: published\n').message).toMatch(/^mapping\.yaml:3: not valid YAML or JSON/)
    expect(errorOf('').message).toMatch(/^mapping\.yaml: the file is empty/)
  })

  it('names the file when it cannot be read', async () => {
    const missing = path.join(os.tmpdir(), 'lotse-keine-zuordnung.yaml')
    await fs.rm(missing, { force: true })
    await expect(readMapping(missing)).rejects.toThrow(`${missing}: cannot be read (ENOENT): check the path given to --mapping`)
  })
})
