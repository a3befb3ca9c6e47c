import PDFDocument from 'pdfkit'
import sharp from 'sharp'
import type { Block } from '../types.ts'
import type { FixtureSpec } from './FixtureSpec.ts'

const SIZES: Record<number, number> = { 1: 20, 2: 16, 3: 14, 4: 13, 5: 12, 6: 12 }

function collect(doc: PDFKit.PDFDocument): Promise<Buffer> {
  const chunks: Buffer[] = []
  doc.on('data', (chunk: Buffer) => chunks.push(chunk))
  return new Promise((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
    doc.end()
  })
}

function write(doc: PDFKit.PDFDocument, block: Block): void {
  switch (block.type) {
    case 'heading':
      doc.font('Helvetica-Bold').fontSize(SIZES[block.level]).text(block.text).moveDown(0.6)
      return
    case 'paragraph':
      doc.font('Helvetica').fontSize(11).text(block.text).moveDown()
      return
    case 'list':
      doc.font('Helvetica').fontSize(11)
      block.items.forEach((item, i) => doc.text(`${block.ordered ? `${i + 1}.` : '•'} ${item}`))
      doc.moveDown()
      return
    case 'table':
      doc.font('Helvetica').fontSize(11)
      for (const row of block.rows) doc.text(row.join('   '))
      doc.moveDown()
  }
}

function options(spec: FixtureSpec): PDFKit.PDFDocumentOptions {
  return {
    size: 'A4',
    // pdfkit cannot take undefined values here.
    info: Object.fromEntries(
      Object.entries({ Title: spec.title, Subject: spec.subject, Author: spec.author, CreationDate: spec.created ?? new Date(Date.UTC(2024, 0, 15, 9, 30)) }).filter(([, value]) => value !== undefined),
    ),
    ...(spec.variant === 'encrypted' ? { userPassword: 'geheim', ownerPassword: 'geheimer', pdfVersion: '1.7ext3' as const } : {}),
  }
}

/** A PDF with a real text layer (pdfkit, standard fonts: Latin-1 incl. umlauts and ß), or encrypted with a user password. */
export async function buildPdf(spec: FixtureSpec): Promise<Buffer> {
  if (spec.variant === 'imageOnly') return buildImageOnlyPdf(spec)
  const doc = new PDFDocument(options(spec))
  for (const block of spec.blocks) write(doc, block)
  return collect(doc)
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

/**
 * A scan: each paragraph's text rendered by sharp (SVG text, DejaVu/sans-serif at ≈ 14 pt at 300 dpi) into a white A4
 * image, embedded as the PDF's only content — no text layer, so its text can only come from OCR.
 */
async function buildImageOnlyPdf(spec: FixtureSpec): Promise<Buffer> {
  const lines = spec.blocks.flatMap((block) =>
    block.type === 'list' ? block.items : block.type === 'table' ? block.rows.map((row) => row.join('  ')) : [block.text],
  )
  const width = 2480
  const height = 3508
  const text = lines.map((line, i) => `<text x="200" y="${300 + i * 110}" font-family="DejaVu Sans, sans-serif" font-size="60" fill="#000">${escapeXml(line)}</text>`).join('')
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="#fff"/>${text}</svg>`
  const png = await sharp(Buffer.from(svg)).greyscale().png({ compressionLevel: 9 }).toBuffer()
  const doc = new PDFDocument({ ...options(spec), margin: 0 })
  doc.image(png, 0, 0, { width: doc.page.width, height: doc.page.height })
  return collect(doc)
}
