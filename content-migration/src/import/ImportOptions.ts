/** `npm run migrate -- import <dir> …`, as parsed from the command line (see parseImportArgs). */
export interface ImportOptions {
  dir: string
  mapping: string | null
  status: 'draft' | 'published' | null
  approvedBy: string | null
  report: string | null
  dryRun: boolean
  concurrency: number
}
