import { Unreadable } from '../unreadable.ts'
import type { Block, Properties } from '../types.ts'
import { definedOnly } from './ooxmlProperties.ts'

/** Groups whose content is not document text (tables of fonts, colours and lists, pictures, embedded objects, …). */
const SKIPPED = new Set([
  'fonttbl', 'colortbl', 'listtable', 'listoverridetable', 'pict', 'objdata', 'object', 'header', 'headerl', 'headerr',
  'headerf', 'footer', 'footerl', 'footerr', 'footerf', 'generator', 'xmlnstbl', 'rsidtbl', 'themedata', 'colorschememapping',
  'datastore', 'latentstyles', 'datafield', 'fldinst', 'bkmkstart', 'bkmkend', 'revtbl', 'nonshppict', 'pgdsctbl', 'pntxta',
  'pntxtb', 'filetbl', 'mmathPr', 'wgrffmtfilter', 'fchars', 'lchars', 'docvar', 'shpinst', 'annotation', 'atnid', 'atnauthor',
])
const INFO_FIELDS = new Set(['title', 'subject', 'author'])
const DATES = new Set(['creatim', 'revtim'])

interface State {
  skip: boolean
  /** Characters to skip after a \uN (its fallback for old readers). */
  uc: number
  /** Where text goes: the body, an info field, a style name, a list marker. */
  sink: 'body' | 'info' | 'style' | 'listtext'
  field: string
  fieldName?: string
  date: { yr?: number; mo?: number; dy?: number; hr?: number; min?: number } | null
  dateName?: string
}

function decoderFor(codepage: number) {
  try {
    return new TextDecoder(`windows-${codepage}`)
  } catch {
    return new TextDecoder('windows-1252')
  }
}

/**
 * Rich Text Format: paragraphs, headings (outline levels and "heading N" styles), lists (\ls paragraphs, numbered when
 * their marker is a number), tables (\intbl … \cell … \row) and the \info properties. Code pages via \ansicpg,
 * Unicode via \u with its fallback skipped.
 */
export function readRtf(bytes: Uint8Array): { blocks: Block[]; properties: Properties } {
  const source = new TextDecoder('latin1').decode(bytes)
  if (!/^\s*\{\\rtf/.test(source)) throw new Unreadable('Not an RTF file: it does not start with {\\rtf')
  let decoder = decoderFor(1252)
  const blocks: Block[] = []
  const properties: Properties = {}
  const headingStyles = new Map<number, number>()
  let state: State = { skip: false, uc: 1, sink: 'body', field: '', date: null }
  const stack: State[] = []
  let text = ''
  let pendingBytes: number[] = []
  let skipChars = 0
  // Paragraph properties (reset by \pard).
  let outline: number | null = null
  let style = 0
  let inTable = false
  let listItem = false
  let marker = ''
  let styleNumber = 0
  let styleName = ''
  // Structure being built.
  let cell = ''
  let row: string[] = []
  let rows: string[][] = []
  let list: { ordered: boolean; items: string[] } | null = null

  const flushBytes = () => {
    if (pendingBytes.length === 0) return
    emit(decoder.decode(Uint8Array.from(pendingBytes)))
    pendingBytes = []
  }
  const emit = (chars: string) => {
    if (state.skip) return
    if (state.sink === 'body') text += chars
    else if (state.sink === 'info') state.field += chars
    else if (state.sink === 'style') styleName += chars
    else marker += chars
  }
  const clean = (value: string, join: string) =>
    value.split('\n').map((line) => line.replace(/[\s\u00a0]+/g, ' ').trim()).filter(Boolean).join(join)
  const endList = () => {
    if (list && list.items.length > 0) blocks.push({ type: 'list', ordered: list.ordered, items: list.items })
    list = null
  }
  const endTable = () => {
    if (row.some(Boolean)) rows.push(row)
    if (rows.length > 0) blocks.push({ type: 'table', rows })
    rows = []
    row = []
    cell = ''
  }
  const endParagraph = () => {
    flushBytes()
    const raw = text
    text = ''
    if (inTable) {
      endList()
      cell += ` ${raw}`
      return
    }
    if (rows.length > 0 || row.length > 0) endTable()
    const level = outline !== null ? outline + 1 : headingStyles.get(style)
    if (listItem) {
      const item = clean(raw, ' ')
      const ordered = /^\s*\d+[.)]/.test(marker)
      if (list && list.ordered !== ordered) endList()
      list ??= { ordered, items: [] }
      if (item) list.items.push(item)
      marker = ''
      return
    }
    endList()
    const value = clean(raw, level ? ' ' : '\n')
    if (!value) return
    blocks.push(level ? { type: 'heading', level: Math.min(Math.max(level, 1), 6) as 1 | 2 | 3 | 4 | 5 | 6, text: value } : { type: 'paragraph', text: value })
  }

  let i = 0
  const n = source.length
  while (i < n) {
    const c = source[i]
    if (c === '{') {
      flushBytes()
      stack.push(state)
      state = { ...state, date: state.date }
      i++
      continue
    }
    if (c === '}') {
      flushBytes()
      const closing = state
      state = stack.pop() ?? state
      if (closing.fieldName && closing.fieldName !== state.fieldName) {
        const value = clean(closing.field, ' ')
        if (value) properties[closing.fieldName as 'title' | 'subject' | 'author'] = value
      }
      if (closing.sink === 'style' && styleName) {
        const heading = /^heading\s+(\d)/i.exec(styleName.trim()) ?? /^(?:Überschrift|berschrift)\s*(\d)/i.exec(styleName.trim())
        if (heading) headingStyles.set(styleNumber, Number(heading[1]))
        styleName = ''
      }
      if (closing.date && closing.dateName && state.date !== closing.date) {
        const d = closing.date
        if (d.yr) {
          const iso = new Date(Date.UTC(d.yr, (d.mo ?? 1) - 1, d.dy ?? 1, d.hr ?? 0, d.min ?? 0)).toISOString()
          if (closing.dateName === 'creatim') properties.created = iso
          else properties.modified = iso
        }
      }
      i++
      continue
    }
    if (c === '\\') {
      const next = source[i + 1]
      if (next === "'") {
        const hex = source.slice(i + 2, i + 4)
        i += 4
        if (skipChars > 0) {
          skipChars--
          continue
        }
        if (!state.skip) pendingBytes.push(Number.parseInt(hex, 16) || 0x3f)
        continue
      }
      if (next === '\\' || next === '{' || next === '}') {
        flushBytes()
        if (skipChars > 0) skipChars--
        else emit(next)
        i += 2
        continue
      }
      if (next === '*') {
        // An ignorable destination: skipped unless it is one this reader knows.
        const word = /^\\\*\\([a-zA-Z]+)/.exec(source.slice(i, i + 40))?.[1]
        if (word !== 'listtext' && word !== 'pntext') state.skip = true
        i += 2
        continue
      }
      if (next === '~') {
        flushBytes()
        emit('\u00a0')
        i += 2
        continue
      }
      if (next === '-' || next === '\r' || next === '\n') {
        if (next !== '-') endParagraph()
        i += 2
        continue
      }
      if (next === '_') {
        flushBytes()
        emit('-')
        i += 2
        continue
      }
      const m = /^\\([a-zA-Z]{1,32})(-?\d{1,10})? ?/.exec(source.slice(i, i + 48))
      if (!m) {
        i += 2
        continue
      }
      i += m[0].length
      const word = m[1]
      const param = m[2] === undefined ? null : Number(m[2])
      if (word !== 'u') flushBytes()
      if (skipChars > 0 && word !== 'u') {
        skipChars--
        continue
      }
      switch (word) {
        case 'ansicpg':
          if (param) decoder = decoderFor(param)
          break
        case 'uc':
          state.uc = param ?? 1
          break
        case 'u':
          flushBytes()
          if (param !== null) emit(String.fromCharCode(param < 0 ? param + 65536 : param))
          skipChars = state.uc
          break
        case 'par':
        case 'sect':
        case 'page':
          endParagraph()
          break
        case 'line':
          emit('\n')
          break
        case 'tab':
          emit('\t')
          break
        case 'pard':
          // Word writes \pard inside list markers ({\listtext\pard\plain 1.\tab}): it belongs to the marker.
          if (state.sink === 'listtext') break
          outline = null
          style = 0
          inTable = false
          listItem = false
          break
        case 'outlinelevel':
          outline = param !== null && param < 9 ? param : null
          break
        case 's':
          if (state.sink === 'style') styleNumber = param ?? 0
          else style = param ?? 0
          break
        case 'intbl':
          inTable = true
          break
        case 'ls':
        case 'pnlvlblt':
        case 'pnlvlbody':
          listItem = true
          break
        case 'cell':
          flushBytes()
          endList()
          row.push(clean(`${cell} ${text}`, ' '))
          cell = ''
          text = ''
          break
        case 'row':
          if (row.some(Boolean)) rows.push(row)
          row = []
          break
        case 'stylesheet':
          state.sink = 'style'
          break
        case 'listtext':
        case 'pntext':
          state.sink = 'listtext'
          marker = ''
          break
        case 'info':
          state.sink = 'info'
          break
        default:
          if (SKIPPED.has(word)) state.skip = true
          else if (state.sink === 'info' && INFO_FIELDS.has(word)) {
            state.field = ''
            state.fieldName = word
          } else if (state.sink === 'info' && DATES.has(word)) {
            state.date = {}
            state.dateName = word
          } else if (state.date && param !== null && (word === 'yr' || word === 'mo' || word === 'dy' || word === 'hr' || word === 'min')) {
            state.date[word] = param
          }
      }
      continue
    }
    if (c === '\r' || c === '\n') {
      i++
      continue
    }
    if (skipChars > 0) {
      skipChars--
      i++
      continue
    }
    // Plain bytes of the current code page.
    if (!state.skip) pendingBytes.push(c.charCodeAt(0))
    i++
  }
  endParagraph()
  if (rows.length > 0 || row.length > 0) endTable()
  endList()
  return { blocks, properties: definedOnly(properties) }
}
