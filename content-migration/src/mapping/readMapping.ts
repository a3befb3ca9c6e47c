import fs from 'node:fs/promises'
import type { Mapping } from './Mapping.ts'
import { MappingError } from './MappingError.ts'
import { parseMapping } from './parseMapping.ts'

/** Reads a mapping file (.yaml, .yml or .json); errors name the file, line and key to fix. */
export async function readMapping(file: string): Promise<Mapping> {
  const text = await fs.readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new MappingError(file, null, null, `cannot be read (${error.code ?? error.message}): check the path given to --mapping`)
  })
  return parseMapping(text, file)
}
