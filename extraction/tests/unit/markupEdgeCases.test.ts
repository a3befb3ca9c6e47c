import { describe, expect, it } from 'vitest'
import { extractBuffer } from '../../src/index.ts'
import { writeZip } from '../../src/testing/index.ts'

async function blocksOf(content: string | Buffer, name: string) {
  const result = await extractBuffer(typeof content === 'string' ? Buffer.from(content, 'latin1') : content, name)
  if (!result.ok) throw new Error(`${result.outcome}: ${result.reason}`)
  return result.extraction.blocks
}

describe('rtf', () => {
  it('\\u with its fallback skipped, \\uc0, code page escapes, hidden destinations and fields', async () => {
    const rtf =
      '{\\rtf1\\ansi\\ansicpg1252{\\fonttbl{\\f0 Arial;}}{\\*\\generator Writer}{\\header Kopfzeile}' +
      '\\pard Stra\\u223?e \\u8364\\\'80 {\\uc0\\u8211} Gr\\\'f6\\\'dfe {\\field{\\*\\fldinst HYPERLINK "x"}{\\fldrslt Verweis}}\\par}'
    expect(await blocksOf(rtf, 'a.rtf')).toEqual([{ type: 'paragraph', text: 'Straße € – Größe Verweis' }])
  })

  it('another code page (\\ansicpg1251) and a \\line break', async () => {
    const rtf = "{\\rtf1\\ansi\\ansicpg1251\\pard \\'cf\\'f0\\'e8\\'e2\\'e5\\'f2\\line zwei\\par}"
    expect(await blocksOf(rtf, 'a.rtf')).toEqual([{ type: 'paragraph', text: 'Привет\nzwei' }])
  })

  it('a truncated RTF gives the text up to the cut', async () => {
    expect(await blocksOf('{\\rtf1\\ansi\\pard Erster Absatz\\par\\pard Zweiter Abs', 'a.rtf')).toEqual([
      { type: 'paragraph', text: 'Erster Absatz' },
      { type: 'paragraph', text: 'Zweiter Abs' },
    ])
  })
})

describe('html', () => {
  it('nested lists are flattened in order; a table in a list item is text of the item; entities decoded', async () => {
    const html = '<ul><li>Eins<ul><li>Eins.a</li></ul></li><li>Zwei <table><tr><td>A</td><td>B</td></tr></table></li></ul><p>Fa&szlig; &amp; Co</p>'
    expect(await blocksOf(Buffer.from(html), 'a.html')).toEqual([
      { type: 'list', ordered: false, items: ['Eins', 'Eins.a', 'Zwei A B'] },
      { type: 'paragraph', text: 'Faß & Co' },
    ])
  })

  it('a nested table is text of the outer cell; empty rows are dropped', async () => {
    const html = '<table><tr><td>Außen <table><tr><td>innen</td></tr></table></td><td>2</td></tr><tr><td> </td></tr></table>'
    expect(await blocksOf(Buffer.from(html), 'a.html')).toEqual([{ type: 'table', rows: [['Außen innen', '2']] }])
  })
})

describe('ods', () => {
  it('repeated cells and rows with content repeat at most 100 times; empty padding is dropped', async () => {
    const cell = (text: string, repeat = 1) => `<table:table-cell table:number-columns-repeated="${repeat}"><text:p>${text}</text:p></table:table-cell>`
    const content =
      '<?xml version="1.0"?><office:document-content xmlns:office="o" xmlns:table="t" xmlns:text="x"><office:body><office:spreadsheet><table:table>' +
      `<table:table-row>${cell('a')}<table:table-cell table:number-columns-repeated="3"/>${cell('b')}<table:table-cell table:number-columns-repeated="16000"/></table:table-row>` +
      `<table:table-row table:number-rows-repeated="1000000">${cell('x', 2)}</table:table-row>` +
      '<table:table-row table:number-rows-repeated="1048000"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>' +
      '</table:table></office:spreadsheet></office:body></office:document-content>'
    const ods = writeZip([
      { name: 'mimetype', data: 'application/vnd.oasis.opendocument.spreadsheet', store: true },
      { name: 'content.xml', data: content },
    ])
    const [table] = await blocksOf(ods, 'a.ods')
    expect(table).toEqual({ type: 'table', rows: [['a', '', '', '', 'b'], ...Array.from({ length: 100 }, () => ['x', 'x'])] })
  })
})
