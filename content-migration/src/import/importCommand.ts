import fs from 'node:fs/promises'
import path from 'node:path'
import { connectCms } from '../connect/connectCms.ts'
import { stackConnection } from '../connect/stackConnection.ts'
import { ProgressBar } from '../progress/ProgressBar.ts'
import { renderHtmlReport } from '../report/renderHtmlReport.ts'
import { summaryLine } from '../report/summaryLine.ts'
import type { ImportOptions } from './ImportOptions.ts'
import { runImport, type ImportProgress } from './runImport.ts'

/** A progress bar per phase on stderr (plain lines when it is not a terminal). */
function progressBar(): ImportProgress {
  let bar: ProgressBar | null = null
  let done = 0
  return {
    phase(name, total) {
      bar?.finish()
      done = 0
      bar = new ProgressBar(total || null, { label: { walk: 'walk', extract: 'extract', write: 'write' }[name] })
    },
    step(folder, count = 1) {
      done += count
      bar?.update(done, folder)
    },
    end() {
      bar?.finish()
      bar = null
    },
  }
}

/**
 * `npm run migrate -- import <dir> …`: connects to the stack's database (as `npm run reindex` does), runs the import,
 * writes the JSON report (and the HTML report next to it) and prints the one-line summary with the KPI.
 */
export async function importCommand(options: ImportOptions): Promise<number> {
  const progress = progressBar()
  let destroy: (() => Promise<void>) | undefined
  try {
    const { report, searchRunning } = await runImport(options, progress, async () => {
      const connection = await stackConnection()
      const cms = await connectCms(connection)
      destroy = () => cms.payload.destroy()
      return { ...cms, connection }
    })
    if (options.report) {
      await fs.mkdir(path.dirname(options.report), { recursive: true })
      await fs.writeFile(options.report, `${JSON.stringify(report, null, 2)}\n`)
      const html = options.report.replace(/(\.json)?$/i, '.html')
      await fs.writeFile(html, renderHtmlReport(report))
      console.log(`report: ${options.report} and ${html}`)
    }
    if (!options.dryRun && !searchRunning) {
      console.log('note: the search service is not running; the imported documents wait in the search outbox and are indexed when the stack runs (npm start).')
    }
    console.log(summaryLine(report))
    return report.totals.failed > 0 ? 1 : 0
  } finally {
    await destroy?.()
  }
}
