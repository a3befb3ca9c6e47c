import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { buildDocx } from './buildDocx.ts'
import { buildPdf } from './buildPdf.ts'
import { buildOdf } from './buildOdf.ts'
import { buildPptx, buildXlsx } from './buildOoxml.ts'
import { buildRtf } from './buildRtf.ts'
import { buildHtml, buildMd, buildTxt } from './buildText.ts'
import { buildZipBomb } from './buildZipBomb.ts'
import type { FixtureSpec } from './FixtureSpec.ts'

async function buildGood(spec: FixtureSpec): Promise<Buffer> {
  switch (spec.format) {
    case 'docx':
      return buildDocx(spec)
    case 'pdf':
      return buildPdf(spec)
    case 'txt':
      return buildTxt(spec)
    case 'html':
      return buildHtml(spec)
    case 'md':
      return buildMd(spec)
    case 'odt':
    case 'ods':
    case 'odp':
      return buildOdf({ ...spec, format: spec.format })
    case 'xlsx':
      return buildXlsx(spec)
    case 'pptx':
      return buildPptx(spec)
    case 'rtf':
      return buildRtf(spec)
  }
}

/** The bytes of a fixture file: a real file of the spec's format with its blocks and properties, or a broken variant. */
export async function buildFixture(spec: FixtureSpec): Promise<Buffer> {
  if (spec.variant === 'zipBomb') return buildZipBomb(spec.format)
  const good = await buildGood(spec)
  return spec.variant === 'truncated' ? good.subarray(0, Math.floor(good.length * 0.6)) : good
}

/** Writes the fixture to `dir/name` (folders created) and returns its path. */
export async function writeFixture(dir: string, name: string, spec: FixtureSpec): Promise<string> {
  const file = path.join(dir, name)
  await mkdir(path.dirname(file), { recursive: true })
  await writeFile(file, await buildFixture(spec))
  return file
}
