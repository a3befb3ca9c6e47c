import WordExtractor from 'word-extractor'
import { textToBlocks } from '../blocksToText.ts'
import { Unreadable } from '../unreadable.ts'
import type { Block } from '../types.ts'

const extractor = new WordExtractor()

/** Word 97–2003 (.doc) via word-extractor: the body text as paragraphs (the format's styles are not read). */
export async function readDoc(bytes: Uint8Array): Promise<{ blocks: Block[] }> {
  let body: string
  try {
    const document = await extractor.extract(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength))
    body = document.getBody()
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    if (/encrypt|password/i.test(message)) throw new Unreadable('Word document is password-protected')
    throw new Unreadable(`Corrupt Word 97 document: ${message}`)
  }
  // word-extractor separates paragraphs by single newlines; each is a paragraph of its own.
  return { blocks: textToBlocks(body.replace(/\n/g, '\n\n')) }
}
