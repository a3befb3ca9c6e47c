import fs from 'node:fs/promises'
import path from 'node:path'
import { scanDrive } from './steps/scanDrive.ts'

const USAGE = `Usage:
  npm run migrate -- scan <dir> [--report FILE]   walk a drive read-only and report what is on it`

/** argv → command; `import` arrives with the content-migration issue (see DESIGN.md for its contract). */
async function main(argv: string[]): Promise<number> {
  const [command, dir, ...rest] = argv
  const reportIndex = rest.indexOf('--report')
  const reportFile = reportIndex >= 0 ? rest[reportIndex + 1] : undefined
  if (command !== 'scan' || !dir || (reportIndex >= 0 && !reportFile)) {
    console.error(command === 'import' ? `import is not built yet; only scan is available.\n${USAGE}` : USAGE)
    return 2
  }
  // npm runs workspace scripts inside the workspace; paths on the command line are relative to where the user typed them.
  const fromUser = (file: string) => path.resolve(process.env.INIT_CWD ?? process.cwd(), file)
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

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(`migrate: ${error.message}`)
    process.exit(1)
  },
)
