import type { Block } from '../types.ts'
import type { FixtureSpec } from './FixtureSpec.ts'

const WINDOWS_1252 = new Map<string, number>(
  [...new TextDecoder('windows-1252').decode(Uint8Array.from({ length: 128 }, (_, i) => 0x80 + i))].map((char, i) => [char, 0x80 + i]),
)

/** RTF text: Windows-1252 characters as \'hh (as Word writes umlauts), everything else as \uN with a "?" fallback. */
function rtfText(text: string): string {
  return [...text]
    .map((char) => {
      if (char === '\\' || char === '{' || char === '}') return `\\${char}`
      if (char === '\n') return '\\line '
      const code = char.charCodeAt(0)
      if (code < 0x80) return char
      const byte = WINDOWS_1252.get(char)
      if (byte !== undefined) return `\\'${byte.toString(16)}`
      return `\\u${code > 32767 ? code - 65536 : code}?`
    })
    .join('')
}

function rtfBlock(block: Block): string {
  switch (block.type) {
    case 'heading':
      return `\\pard\\s${block.level}\\outlinelevel${block.level - 1}\\b\\fs${36 - block.level * 4} ${rtfText(block.text)}\\b0\\fs24\\par\n`
    case 'paragraph':
      return `\\pard\\plain ${rtfText(block.text)}\\par\n`
    case 'list':
      return block.items
        .map((item, i) => `\\pard\\ls${block.ordered ? 2 : 1}\\fi-360\\li720 {\\listtext\\pard\\plain ${block.ordered ? `${i + 1}.` : "\\'b7"}\\tab}${rtfText(item)}\\par\n`)
        .join('')
    case 'table':
      return (
        block.rows
          .map((row) => `\\trowd${row.map((_, c) => `\\cellx${(c + 1) * 3000}`).join('')}\n${row.map((cell) => `\\pard\\intbl ${rtfText(cell)}\\cell`).join('')}\\row\n`)
          .join('') + '\\pard\n'
      )
  }
}

/** RTF as Word writes it: code page 1252, a stylesheet with heading styles, \info properties, lists with \listtext markers, tables. */
export function buildRtf(spec: FixtureSpec): Buffer {
  const created = spec.created ?? new Date(Date.UTC(2024, 0, 15, 9, 30))
  const info = [
    spec.title ? `{\\title ${rtfText(spec.title)}}` : '',
    spec.subject ? `{\\subject ${rtfText(spec.subject)}}` : '',
    spec.author ? `{\\author ${rtfText(spec.author)}}` : '',
    `{\\creatim\\yr${created.getUTCFullYear()}\\mo${created.getUTCMonth() + 1}\\dy${created.getUTCDate()}\\hr${created.getUTCHours()}\\min${created.getUTCMinutes()}}`,
    '{\\*\\company Stadtverwaltung}',
  ].join('')
  const rtf =
    '{\\rtf1\\ansi\\ansicpg1252\\deff0\n{\\fonttbl{\\f0\\fswiss Arial;}}\n{\\colortbl;\\red0\\green0\\blue0;}\n' +
    '{\\stylesheet{\\s0 Normal;}{\\s1\\sbasedon0 heading 1;}{\\s2\\sbasedon0 heading 2;}{\\s3\\sbasedon0 heading 3;}}\n' +
    `{\\info${info}}\n\\f0\\fs24\n${spec.blocks.map(rtfBlock).join('')}}`
  return Buffer.from(rtf, 'latin1')
}
