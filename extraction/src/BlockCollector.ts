import type { Block } from './types.ts'

/** What a markup element means for the structure; each reader maps its own element names onto these. */
export type Part =
  | { kind: 'heading'; level: 1 | 2 | 3 | 4 | 5 | 6 }
  | { kind: 'block' }
  | { kind: 'list'; ordered: boolean }
  | { kind: 'item' }
  | { kind: 'table' }
  | { kind: 'row' }
  | { kind: 'cell' }
  /** Content that is not text of the document (scripts, styles, annotations): left out with everything inside it. */
  | { kind: 'skip' }

/** Whitespace of one line collapsed; lines kept only where the source broke them on purpose. */
function cleanLines(text: string, join: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/[\s\u00a0]+/g, ' ').trim())
    .filter(Boolean)
    .join(join)
}

/**
 * Turns a stream of open/close/text events (from HTML, ODF or OOXML markup) into blocks. Lists are flattened (a nested
 * list's items follow their parent item), nested tables become text of the outer cell, and anything inside a table
 * cell or list item stays text of that cell or item.
 */
export class BlockCollector {
  readonly blocks: Block[] = []
  private buffer = ''
  private heading: 1 | 2 | 3 | 4 | 5 | 6 | null = null
  private headingDepth = 0
  private skipDepth = 0
  private listDepth = 0
  private list: { ordered: boolean; items: string[] } | null = null
  private tableDepth = 0
  private rows: string[][] | null = null
  private row: string[] | null = null
  private lastRowKept = false
  private readonly maxChars: number
  private chars = 0

  constructor(maxChars = Number.POSITIVE_INFINITY) {
    this.maxChars = maxChars
  }

  get full(): boolean {
    return this.chars >= this.maxChars
  }

  text(text: string): void {
    if (this.skipDepth === 0) this.buffer += text.replace(/[\r\n]+/g, ' ')
  }

  lineBreak(): void {
    if (this.skipDepth === 0) this.buffer += '\n'
  }

  open(part: Part): void {
    if (part.kind === 'skip' || this.skipDepth > 0) {
      if (part.kind === 'skip') this.skipDepth++
      return
    }
    const inTable = this.tableDepth > 0
    const inList = this.listDepth > 0
    switch (part.kind) {
      case 'heading':
      case 'block':
        // Inside a cell, an item or a heading (a slide title's paragraphs), a block is only a word boundary.
        if (inTable || inList || this.headingDepth > 0) this.buffer += ' '
        else {
          this.flushParagraph()
          if (part.kind === 'heading') this.heading = part.level
        }
        if (part.kind === 'heading' && !inTable && !inList) this.headingDepth++
        return
      case 'list':
        if (inTable) this.buffer += ' '
        else if (inList) this.flushItem()
        else {
          this.flushParagraph()
          this.list = { ordered: part.ordered, items: [] }
        }
        if (!inTable) this.listDepth++
        return
      case 'item':
        if (inTable) this.buffer += ' '
        else if (inList) this.flushItem()
        else this.flushParagraph()
        return
      case 'table':
        if (inList) this.buffer += ' '
        else if (inTable) this.buffer += ' '
        else {
          this.flushParagraph()
          this.rows = []
        }
        if (!inList) this.tableDepth++
        return
      case 'row':
        if (this.tableDepth === 1 && !inList) this.row = []
        else this.buffer += ' '
        return
      case 'cell':
        if (this.tableDepth === 1 && !inList) this.buffer = ''
        else this.buffer += ' '
    }
  }

  close(part: Part): void {
    if (this.skipDepth > 0) {
      if (part.kind === 'skip') this.skipDepth--
      return
    }
    const inTable = this.tableDepth > 0
    const inList = this.listDepth > 0
    switch (part.kind) {
      case 'skip':
        return
      case 'heading':
      case 'block':
        if (part.kind === 'heading' && !inTable && !inList) this.headingDepth--
        if (inTable || inList || this.headingDepth > 0) this.buffer += ' '
        else this.flushParagraph()
        return
      case 'list':
        if (inTable) return
        this.flushItem()
        this.listDepth--
        if (this.listDepth === 0 && this.list) {
          if (this.list.items.length > 0) this.push({ type: 'list', ordered: this.list.ordered, items: this.list.items })
          this.list = null
        }
        return
      case 'item':
        if (inList && !inTable) this.flushItem()
        else if (!inTable) this.flushParagraph()
        return
      case 'table':
        if (inList) return
        this.tableDepth--
        if (this.tableDepth === 0 && this.rows) {
          if (this.row) this.closeRow()
          if (this.rows.length > 0) this.push({ type: 'table', rows: this.rows })
          this.rows = null
        }
        return
      case 'row':
        if (this.tableDepth === 1 && this.row) this.closeRow()
        return
      case 'cell':
        if (this.tableDepth === 1 && this.row) {
          this.row.push(cleanLines(this.buffer, ' '))
          this.buffer = ''
        }
    }
  }

  /** The blocks so far, with any text still open. */
  finish(): Block[] {
    if (this.listDepth > 0 && this.list) {
      this.flushItem()
      if (this.list.items.length > 0) this.push({ type: 'list', ordered: this.list.ordered, items: this.list.items })
    } else if (this.rows) {
      if (this.row) this.closeRow()
      if (this.rows.length > 0) this.push({ type: 'table', rows: this.rows })
    } else this.flushParagraph()
    this.list = null
    this.rows = null
    this.listDepth = this.tableDepth = 0
    return this.blocks
  }

  private closeRow(): void {
    const row = this.row ?? []
    this.row = null
    while (row.length > 0 && !row[row.length - 1]) row.pop()
    this.lastRowKept = row.length > 0 && this.rows !== null
    if (this.lastRowKept) this.rows?.push(row)
  }

  /** The cell just closed, `times` more times (spreadsheets store equal neighbouring cells once, with a count). */
  repeatLastCell(times: number): void {
    if (!this.row || this.row.length === 0) return
    const cell = this.row[this.row.length - 1]
    for (let i = 0; i < times; i++) this.row.push(cell)
  }

  /** The row just closed, `times` more times, if it had any text. */
  repeatLastRow(times: number): void {
    const rows = this.rows
    if (!rows || !this.lastRowKept || rows.length === 0) return
    const row = rows[rows.length - 1]
    for (let i = 0; i < times; i++) rows.push([...row])
  }

  private flushItem(): void {
    const text = cleanLines(this.buffer, ' ')
    this.buffer = ''
    if (text) this.list?.items.push(text)
  }

  private flushParagraph(): void {
    const heading = this.heading
    this.heading = null
    const text = cleanLines(this.buffer, heading ? ' ' : '\n')
    this.buffer = ''
    if (!text) return
    this.push(heading ? { type: 'heading', level: heading, text } : { type: 'paragraph', text })
  }

  private push(block: Block): void {
    if (this.full) return
    this.blocks.push(block)
    this.chars += blockLength(block)
  }
}

function blockLength(block: Block): number {
  switch (block.type) {
    case 'heading':
    case 'paragraph':
      return block.text.length
    case 'list':
      return block.items.reduce((sum, item) => sum + item.length, 0)
    case 'table':
      return block.rows.reduce((sum, row) => sum + row.reduce((s, cell) => s + cell.length, 0), 0)
  }
}
