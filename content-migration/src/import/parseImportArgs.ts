import { availableParallelism } from 'node:os'
import { MigrationError } from '../MigrationError.ts'
import type { ImportOptions } from './ImportOptions.ts'

const VALUE_FLAGS = new Set(['--mapping', '--status', '--approved-by', '--report', '--concurrency'])

/** The arguments after `import`; every mistake is a USAGE error naming the flag. */
export function parseImportArgs(args: readonly string[], cores = availableParallelism()): ImportOptions {
  const values = new Map<string, string>()
  const positional: string[] = []
  let dryRun = false
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined]
    if (flag === '--dry-run') dryRun = true
    else if (VALUE_FLAGS.has(flag)) {
      const value = inline ?? args[++index]
      if (value === undefined || value === '' || (inline === undefined && value.startsWith('--'))) throw new MigrationError('USAGE', `${flag} needs a value.`)
      values.set(flag, value)
    } else if (flag.startsWith('--')) throw new MigrationError('USAGE', `Unknown option ${flag}.`)
    else positional.push(arg)
  }
  if (positional.length !== 1) throw new MigrationError('USAGE', positional.length ? `One folder only, got: ${positional.join(', ')}.` : 'Name the folder to import.')
  const status = values.get('--status') ?? null
  if (status !== null && status !== 'draft' && status !== 'published') throw new MigrationError('USAGE', `--status must be draft or published, not "${status}".`)
  const concurrencyText = values.get('--concurrency')
  const concurrency = concurrencyText === undefined ? cores : Number(concurrencyText)
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64) throw new MigrationError('USAGE', `--concurrency must be a whole number from 1 to 64, not "${concurrencyText}".`)
  return {
    dir: positional[0],
    mapping: values.get('--mapping') ?? null,
    status,
    approvedBy: values.get('--approved-by') ?? null,
    report: values.get('--report') ?? null,
    dryRun,
    concurrency,
  }
}
