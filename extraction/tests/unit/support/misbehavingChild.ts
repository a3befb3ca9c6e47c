// A pool child for tests: crashes on files named "crash…", hangs on "hang…", hangs with a grandchild process on
// "orphan…" (its pid written to <file>.pid), runs out of memory on "oom…", and extracts every other file as the real
// child does.
import { spawn } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { extractFile } from '../../../src/extractFile.ts'
import { serveExtraction } from '../../../src/pool/serveExtraction.ts'

serveExtraction(async (file, options) => {
  const name = path.basename(file)
  if (name.startsWith('crash')) process.exit(3)
  if (name.startsWith('hang')) await new Promise(() => setInterval(() => undefined, 1000))
  if (name.startsWith('orphan')) {
    writeFileSync(`${file}.pid`, String(spawn('sleep', ['300'], { stdio: 'ignore' }).pid))
    await new Promise(() => setInterval(() => undefined, 1000))
  }
  if (name.startsWith('oom')) {
    const hoard: number[][] = []
    for (;;) hoard.push(Array.from({ length: 1_000_000 }, (_, i) => i))
  }
  return extractFile(file, options)
})
