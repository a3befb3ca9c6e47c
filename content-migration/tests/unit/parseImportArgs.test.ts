import { describe, expect, it } from 'vitest'
import { parseImportArgs } from '../../src/import/parseImportArgs.ts'

describe('parseImportArgs', () => {
  it('reads every option of the contract, in either spelling', () => {
    expect(parseImportArgs(['S:/Laufwerk', '--mapping', 'm.yaml', '--status=published', '--approved-by', 'a@b.de', '--report', 'r.json', '--dry-run', '--concurrency', '3'], 2)).toEqual({
      dir: 'S:/Laufwerk',
      mapping: 'm.yaml',
      status: 'published',
      approvedBy: 'a@b.de',
      report: 'r.json',
      dryRun: true,
      concurrency: 3,
    })
  })

  it('defaults: no mapping, status from the mapping (else draft), one extraction process per core', () => {
    expect(parseImportArgs(['drive'], 4)).toEqual({ dir: 'drive', mapping: null, status: null, approvedBy: null, report: null, dryRun: false, concurrency: 4 })
  })

  it.each([
    [[], /Name the folder/],
    [['a', 'b'], /One folder only/],
    [['a', '--status', 'released'], /--status must be draft or published/],
    [['a', '--approved-by'], /--approved-by needs a value/],
    [['a', '--report', '--dry-run'], /--report needs a value/],
    [['a', '--concurrency', '0'], /--concurrency must be a whole number/],
    [['a', '--verbose'], /Unknown option --verbose/],
  ])('refuses %j', (args, message) => {
    expect(() => parseImportArgs(args)).toThrow(message)
  })
})
