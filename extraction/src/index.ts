/**
 * @lotse/extraction — text, structure and properties of the files on a department's drive, for the content migration
 * and the CMS's attachment text. The interface agreed in MIGRATION-CONTRACT.md, refined:
 * - `formatOf` returns the `Format` union (a string), or null.
 * - `ExtractOptions`: maxBytes, maxUnzippedBytes (zip bombs), ocr (default on), maxPages, maxChars.
 * - `ExtractionPool` options extend `ExtractOptions` and add memoryLimitMb, filesPerChild and childModule (tests);
 *   `concurrency` defaults to the number of cores.
 * - `blocksToLexical(blocks, { tables })`: tables become " | " paragraphs unless `tables: true` (see its comment).
 * - `blocksToText` (the `text` of an extraction) is exported for callers that build blocks themselves.
 * - `@lotse/extraction/in-process`: the same without the pool, for bundled servers (the CMS).
 */
export * from './inProcess.ts'
export { ExtractionPool, type ExtractionPoolOptions } from './ExtractionPool.ts'
