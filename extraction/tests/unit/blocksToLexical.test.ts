import { describe, expect, it } from 'vitest'
import { lexicalToText } from '../../../search/src/records/lexicalToText.ts'
import { lexicalToHtml } from '../../../site/src/lib/lexicalToHtml.ts'
import { blocksToLexical } from '../../src/index.ts'
import { SAMPLE_BLOCKS } from './support/sampleBlocks.ts'

// The nodes must be ones the document page (site) and the search index (search) understand.
describe('blocksToLexical', () => {
  it('is rendered by the site as headings, lists and (by default) table rows as paragraphs', () => {
    const html = lexicalToHtml(blocksToLexical(SAMPLE_BLOCKS))
    expect(html).toBe(
      '<h2>Dienstanweisung Überstunden</h2>' +
        '<p>Diese Weisung regelt die Erfassung von Überstunden für alle Beschäftigten.</p>' +
        '<ul><li>Anträge stellen</li><li>Nachweise führen</li></ul>' +
        '<h3>Zuständigkeiten</h3>' +
        '<ol><li>Antrag prüfen</li><li>Genehmigung erteilen</li></ol>' +
        '<p>Rolle | Aufgabe</p><p>Leitung | Genehmigt Überstunden</p>' +
        '<p>Schlussbemerkung mit ß und „Anführungszeichen“ – 5 € je Stunde.</p>',
    )
  })

  it('with tables: true, tables are Lexical table nodes the site renders as a table with a header row', () => {
    const html = lexicalToHtml(blocksToLexical([{ type: 'table', rows: [['Rolle', 'Aufgabe'], ['Leitung', 'Genehmigt']] }], { tables: true }))
    expect(html).toBe(
      '<div class="table-wrap" role="region" aria-label="Tabelle" tabindex="0"><table><tbody>' +
        '<tr><th scope="col"><p>Rolle</p></th><th scope="col"><p>Aufgabe</p></th></tr>' +
        '<tr><td><p>Leitung</p></td><td><p>Genehmigt</p></td></tr></tbody></table></div>',
    )
  })

  it('is indexed by search with one line per block, item and cell', () => {
    expect(lexicalToText(blocksToLexical(SAMPLE_BLOCKS, { tables: true }))).toBe(
      [
        'Dienstanweisung Überstunden',
        'Diese Weisung regelt die Erfassung von Überstunden für alle Beschäftigten.',
        'Anträge stellen',
        'Nachweise führen',
        'Zuständigkeiten',
        'Antrag prüfen',
        'Genehmigung erteilen',
        'Rolle',
        'Aufgabe',
        'Leitung',
        'Genehmigt Überstunden',
        'Schlussbemerkung mit ß und „Anführungszeichen“ – 5 € je Stunde.',
      ].join('\n'),
    )
  })

  it('line breaks inside a paragraph become linebreak nodes; text is never HTML', () => {
    const state = blocksToLexical([{ type: 'paragraph', text: 'Zeile <b>1</b>\nZeile 2' }])
    expect(state.root.children).toEqual([
      expect.objectContaining({
        type: 'paragraph',
        children: [
          expect.objectContaining({ type: 'text', text: 'Zeile <b>1</b>' }),
          { type: 'linebreak', version: 1 },
          expect.objectContaining({ type: 'text', text: 'Zeile 2' }),
        ],
      }),
    ])
    expect(lexicalToHtml(state)).toBe('<p>Zeile &lt;b&gt;1&lt;/b&gt;<br>Zeile 2</p>')
  })

  it('no blocks → one empty paragraph (an editor state Lexical can open)', () => {
    expect(blocksToLexical([]).root.children).toEqual([expect.objectContaining({ type: 'paragraph', children: [] })])
  })
})
