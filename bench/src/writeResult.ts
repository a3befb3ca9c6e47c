import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const resultsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../results')

/** Writes a benchmark result with the machine it ran on to bench/results/<name>.json. */
export async function writeResult(name: string, result: unknown): Promise<string> {
  await fs.mkdir(resultsDir, { recursive: true })
  const file = path.join(resultsDir, `${name}.json`)
  const machine = { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version }
  await fs.writeFile(file, JSON.stringify({ name, measuredAt: new Date().toISOString(), machine, result }, null, 2) + '\n')
  return file
}
