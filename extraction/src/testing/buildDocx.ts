import { AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, WidthType } from 'docx'
import type { Block } from '../types.ts'
import type { FixtureSpec } from './FixtureSpec.ts'

const LEVELS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6]

function children(block: Block): (Paragraph | Table)[] {
  switch (block.type) {
    case 'heading':
      return [new Paragraph({ text: block.text, heading: LEVELS[block.level - 1] })]
    case 'paragraph':
      return [new Paragraph({ text: block.text })]
    case 'list':
      return block.items.map((item) =>
        block.ordered ? new Paragraph({ text: item, numbering: { reference: 'ordered', level: 0 } }) : new Paragraph({ text: item, bullet: { level: 0 } }),
      )
    case 'table':
      return [
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: block.rows.map((row) => new TableRow({ children: row.map((cell) => new TableCell({ children: [new Paragraph({ text: cell })] })) })),
        }),
        // Word needs a paragraph between a table and what follows.
        new Paragraph({ text: '' }),
      ]
  }
}

/** A real Word 2007+ file written by the `docx` library: built-in heading styles, Word numbering, tables, core properties. */
export async function buildDocx(spec: FixtureSpec): Promise<Buffer> {
  const document = new Document({
    title: spec.title,
    subject: spec.subject,
    creator: spec.author,
    numbering: {
      config: [{ reference: 'ordered', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START }] }],
    },
    sections: [{ children: spec.blocks.flatMap(children) }],
  })
  return Packer.toBuffer(document)
}
