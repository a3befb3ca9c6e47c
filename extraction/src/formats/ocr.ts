import { execFile } from 'node:child_process'
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { textToBlocks } from '../blocksToText.ts'
import type { Block } from '../types.ts'

const run = promisify(execFile)

/** One tesseract thread per process: the pool already runs one extraction per core. */
const ENV = { ...process.env, OMP_THREAD_LIMIT: '1' }

let available: Promise<string | null> | undefined

/**
 * Null when OCR can run here: `tesseract` with German data (Debian: tesseract-ocr, tesseract-ocr-deu) and `pdftoppm`
 * (poppler-utils) are installed. Else what is missing, for the `needsOcr` reason. Checked once per process.
 */
export function ocrUnavailable(): Promise<string | null> {
  available ??= (async () => {
    try {
      const { stdout, stderr } = await run('tesseract', ['--list-langs'], { env: ENV, timeout: 10_000 })
      if (!/^deu$/m.test(stdout + stderr)) return 'tesseract has no German language data (install tesseract-ocr-deu)'
    } catch {
      return 'tesseract is not installed (install tesseract-ocr and tesseract-ocr-deu)'
    }
    try {
      await run('pdftoppm', ['-v'], { timeout: 10_000 })
    } catch {
      return 'pdftoppm is not installed (install poppler-utils)'
    }
    return null
  })()
  return available
}

/**
 * Text of a scanned PDF: its pages rendered to 300 dpi greyscale images by pdftoppm, read by tesseract (German, then
 * English). Works in a temporary folder of its own that is removed afterwards; nothing is written next to the input.
 */
export async function ocrPdf(bytes: Uint8Array, pages: number, timeoutMs = 10 * 60_000): Promise<Block[]> {
  const dir = await mkdtemp(path.join(tmpdir(), 'lotse-ocr-'))
  try {
    const pdf = path.join(dir, 'in.pdf')
    await writeFile(pdf, bytes)
    await run('pdftoppm', ['-r', '300', '-gray', '-png', '-f', '1', '-l', String(pages), pdf, path.join(dir, 'page')], { timeout: timeoutMs })
    const images = (await readdir(dir)).filter((name) => name.endsWith('.png')).sort()
    const blocks: Block[] = []
    for (const image of images) {
      const { stdout } = await run('tesseract', [path.join(dir, image), 'stdout', '-l', 'deu+eng', '--psm', '3'], {
        env: ENV,
        timeout: timeoutMs,
        maxBuffer: 16 * 1024 * 1024,
      })
      blocks.push(...textToBlocks(stdout))
    }
    return blocks
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}
