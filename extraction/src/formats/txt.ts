import { textToBlocks } from '../blocksToText.ts'
import { decodeText } from '../decodeText.ts'
import { Unreadable } from '../unreadable.ts'
import type { Block } from '../types.ts'

/** A plain text file (UTF-8, UTF-16 with BOM, or Windows-1252) as paragraphs at blank lines. */
export function readTxt(bytes: Uint8Array): { blocks: Block[] } {
  const text = decodeText(bytes)
  if (text === null) throw new Unreadable('Not a text file: the content is binary data')
  return { blocks: textToBlocks(text) }
}
