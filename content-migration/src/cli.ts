import fs from 'node:fs/promises'
import path from 'node:path'
import { importCommand } from './import/importCommand.ts'
import { parseImportArgs } from './import/parseImportArgs.ts'
import { MappingError } from './mapping/MappingError.ts'
import { MigrationError } from './MigrationError.ts'
import { scanDrive } from './steps/scanDrive.ts'

const USAGE = `Usage:
  npm run migrate -- scan <dir> [--report FILE]   walk a drive read-only and report what is on it
  npm run migrate -- import <dir> [--mapping FILE] [--status draft|published] [--approved-by EMAIL]
                    [--report FILE] [--dry-run] [--concurrency N]
                                                  move a drive into Lotse (see content-migration/README.md)`

// npm runs workspace scripts inside the workspace; paths on the command line are relative to where the user typed them.
const fromUser = (file: string) => path.resolve(process.env.INIT_CWD ?? process.cwd(), file)

async function scan(args: string[]): Promise<number> {
  const [dir, ...rest] = args
  const reportIndex = rest.indexOf('--report')
  const reportFile = reportIndex >= 0 ? rest[reportIndex + 1] : undefined
  if (!dir || (reportIndex >= 0 && !reportFile)) throw new MigrationError('USAGE', 'scan needs a folder.')
  const started = Date.now()
  const report = await scanDrive(fromUser(dir), (done) => {
    if (process.stderr.isTTY && done % 50 === 0) process.stderr.write(`\rscanned ${done} files`)
  })
  if (process.stderr.isTTY) process.stderr.write('\r')
  if (reportFile) await fs.writeFile(fromUser(reportFile), JSON.stringify(report, null, 2))
  const formats = Object.entries(report.byFormat)
    .sort(([, a], [, b]) => b.files - a.files)
    .map(([format, { files }]) => `${format} ${files}`)
    .join(', ')
  console.log(`formats: ${formats}`)
  console.log(
    `scan: ${report.totals.files} files (${(report.totals.bytes / 1e6).toFixed(1)} MB), ${report.totals.junk} junk, ` +
      `${report.totals.duplicates} exact duplicates, in ${((Date.now() - started) / 1000).toFixed(1)} s${reportFile ? `; report: ${reportFile}` : ''}`,
  )
  return 0
}

/** argv → command → its steps. Exit codes: 0 done, 1 failed (or files failed), 2 refused before any work. */
async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv
  if (command === 'scan') return scan(args)
  if (command === 'import') {
    const options = parseImportArgs(args)
    return importCommand({
      ...options,
      dir: fromUser(options.dir),
      mapping: options.mapping && fromUser(options.mapping),
      report: options.report && fromUser(options.report),
    })
  }
  throw new MigrationError('USAGE', command ? `Unknown command ${command}.` : 'Name a command.')
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: Error) => {
    // Refused before anything was written: a wrong command line, approver, mapping, or no database.
    if (error instanceof MigrationError || error instanceof MappingError) {
      console.error(`migrate: ${error.message}${error.code === 'USAGE' ? `\n${USAGE}` : ''}`)
      process.exit(2)
    }
    console.error(`migrate: ${error.message}`)
    process.exit(1)
  },
)
