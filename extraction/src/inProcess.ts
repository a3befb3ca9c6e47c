/**
 * Everything of @lotse/extraction that runs in the calling process, without the child-process pool: for bundled
 * servers (the CMS under Next.js), which must not follow the pool into its tsx loader and child entry.
 */
export type { Block, Extraction, ExtractionOutcome, ExtractionResult, ExtractOptions, Format, Properties } from './types.ts'
export { formatOf } from './formatOf.ts'
export { extractBuffer } from './extractBuffer.ts'
export { extractFile } from './extractFile.ts'
export { blocksToLexical, type LexicalOptions } from './blocksToLexical.ts'
export { blocksToText } from './blocksToText.ts'
