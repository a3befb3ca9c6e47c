import { blocksToLexical, type Block } from '@lotse/extraction'
import { getEnabledNodes, type SanitizedServerEditorConfig } from '@payloadcms/richtext-lexical'
import { createHeadlessEditor } from '@lexical/headless'
import type { Payload, RichTextField } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { getTestPayload } from './getTestPayload.ts'

// What the migration stores as a document's body must open in the CMS's editor: Lexical refuses node types its
// editor has no feature for.
const BLOCKS: Block[] = [
  { type: 'heading', level: 1, text: 'Dienstanweisung' },
  { type: 'paragraph', text: 'Erste Zeile\nZweite Zeile' },
  { type: 'list', ordered: true, items: ['eins', 'zwei'] },
  { type: 'list', ordered: false, items: ['Punkt'] },
  { type: 'table', rows: [['Rolle', 'Aufgabe'], ['Leitung', 'Genehmigt']] },
]

let payload: Payload
let editorConfig: SanitizedServerEditorConfig

beforeAll(async () => {
  payload = await getTestPayload()
  const body = payload.collections.documents.config.flattenedFields.find((field) => field.name === 'body') as RichTextField
  editorConfig = (body.editor as unknown as { editorConfig: SanitizedServerEditorConfig }).editorConfig
})
afterAll(() => payload.destroy())

function parsedByTheEditor(state: unknown): unknown {
  const editor = createHeadlessEditor({ nodes: getEnabledNodes({ editorConfig }), onError: (error) => { throw error } })
  editor.setEditorState(editor.parseEditorState(JSON.stringify(state)))
  return editor.getEditorState().toJSON()
}

describe('blocksToLexical and the documents body editor', () => {
  it('its state opens in the body field’s editor unchanged', () => {
    const state = blocksToLexical(BLOCKS)
    expect(parsedByTheEditor(state)).toEqual(JSON.parse(JSON.stringify(state)))
  })

  it('tables (tables: true, as the migration imports them) open as tables in the editor unchanged', () => {
    const state = blocksToLexical(BLOCKS, { tables: true })
    const parsed = parsedByTheEditor(state) as { root: { children: Array<{ type: string; children?: unknown[] }> } }
    expect(parsed).toEqual(JSON.parse(JSON.stringify(state)))
    expect(parsed.root.children.at(-1)).toMatchObject({ type: 'table', children: [{ type: 'tablerow' }, { type: 'tablerow' }] })
  })
})
