import type { ExtractionResult, ExtractOptions } from '../types.ts'

export interface ChildRequest {
  id: number
  file: string
  options: ExtractOptions
}

export interface ChildResponse {
  id: number
  result: ExtractionResult
}

/** The child side of the pool's protocol: one request at a time in, one result out, until the parent disconnects. */
export function serveExtraction(extract: (file: string, options: ExtractOptions) => Promise<ExtractionResult>): void {
  process.on('message', (message: ChildRequest) => {
    void extract(message.file, message.options)
      .catch((error: unknown): ExtractionResult => ({ ok: false, outcome: 'unreadable', reason: `Extraction failed: ${String(error)}` }))
      .then((result) => process.send?.({ id: message.id, result } satisfies ChildResponse))
  })
  process.on('disconnect', () => process.exit(0))
  // Loaded and listening: the pool's per-file timeout starts only now, not while the child boots.
  process.send?.('ready')
}
