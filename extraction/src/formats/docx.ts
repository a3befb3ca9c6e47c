import mammoth from 'mammoth'
import { Unreadable } from '../unreadable.ts'
import type { Block, Properties } from '../types.ts'
import type { Zip } from '../zip/readZip.ts'
import { htmlToBlocks } from './html.ts'
import { ooxmlProperties } from './ooxmlProperties.ts'

/** Images are not read at all (mammoth would inline each as base64). */
const noImages = mammoth.images.imgElement(() => Promise.resolve({ src: '' }))

/** Word 2007+ via mammoth: its semantic HTML (headings from styles, lists from numbering, tables) → blocks. */
export async function readDocx(zip: Zip, maxChars?: number): Promise<{ blocks: Block[]; properties: Properties }> {
  if (!zip.has('word/document.xml')) throw new Unreadable('Not a Word document: the archive has no word/document.xml')
  // mammoth reads the archive through this object, so every entry passes the size checks of `Zip`.
  const file = {
    exists: (name: string) => zip.has(name),
    read: (name: string, encoding?: string): Promise<string | Uint8Array> => {
      try {
        const data = zip.read(name)
        if (data === null) return Promise.reject(new Unreadable(`Corrupt Word document: "${name}" is missing`))
        if (encoding === 'base64') return Promise.resolve(data.toString('base64'))
        return Promise.resolve(encoding ? new TextDecoder(encoding).decode(data) : data)
      } catch (error) {
        return Promise.reject(error instanceof Error ? error : new Error(String(error)))
      }
    },
  }
  const { value } = await mammoth.convertToHtml({ file } as unknown as { buffer: Buffer }, { convertImage: noImages, ignoreEmptyParagraphs: true })
  return { blocks: htmlToBlocks(value, maxChars).blocks, properties: ooxmlProperties(zip) }
}
