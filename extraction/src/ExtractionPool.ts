import { fork, type ChildProcess } from 'node:child_process'
import { availableParallelism } from 'node:os'
import { createRequire } from 'node:module'
import { fileURLToPath, pathToFileURL } from 'node:url'
import type { ChildRequest, ChildResponse } from './pool/serveExtraction.ts'
import type { ExtractionResult, ExtractOptions } from './types.ts'

export interface ExtractionPoolOptions extends ExtractOptions {
  /** Child processes extracting at the same time. Default: the number of cores. */
  concurrency?: number
  /** A file still extracting after this long fails as `unreadable`, and its child is killed and replaced. Default 180 s (OCR of 20 pages fits). */
  timeoutMs?: number
  /** V8 heap limit of each child (MB): a file that needs more fails alone instead of swelling the run. Default 384. */
  memoryLimitMb?: number
  /** A child is replaced after this many files, so no leak or fragmentation grows over a long run. Default 200. */
  filesPerChild?: number
  /** The child's entry module (tests put a misbehaving one here). Default: ./pool/extractionChild.ts. */
  childModule?: string
}

interface Job {
  file: string
  resolve: (result: ExtractionResult) => void
}

interface Child {
  process: ChildProcess
  job: (Job & { id: number; timer: NodeJS.Timeout }) | null
  done: number
  stderr: string
}

const tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href

/**
 * Extraction in child processes: each has its own pdf.js (unpdf), its own heap limit and a per-file timeout. A child
 * that crashes, runs out of memory or hangs fails only the file it was reading; the next file gets a fresh child.
 */
export class ExtractionPool {
  private readonly options: Required<Pick<ExtractionPoolOptions, 'concurrency' | 'timeoutMs' | 'memoryLimitMb' | 'filesPerChild' | 'childModule'>>
  private readonly extractOptions: ExtractOptions
  private readonly children = new Set<Child>()
  private readonly idle: Child[] = []
  private readonly queue: Job[] = []
  private nextId = 1
  private closed = false
  private pending = 0
  private drained: (() => void) | null = null

  constructor(options: ExtractionPoolOptions = {}) {
    const { concurrency, timeoutMs, memoryLimitMb, filesPerChild, childModule, ...extractOptions } = options
    this.options = {
      concurrency: Math.max(1, Math.floor(concurrency ?? availableParallelism())),
      timeoutMs: timeoutMs ?? 180_000,
      memoryLimitMb: memoryLimitMb ?? 384,
      filesPerChild: filesPerChild ?? 200,
      childModule: childModule ?? fileURLToPath(new URL('./pool/extractionChild.ts', import.meta.url)),
    }
    this.extractOptions = extractOptions
  }

  /** The file's extraction result; never rejects (a closed pool answers `unreadable`). */
  extract(file: string): Promise<ExtractionResult> {
    if (this.closed) return Promise.resolve({ ok: false, outcome: 'unreadable', reason: 'The extraction pool is closed' })
    this.pending++
    return new Promise((resolve) => {
      this.queue.push({
        file,
        resolve: (result) => {
          this.pending--
          resolve(result)
          if (this.pending === 0) this.drained?.()
        },
      })
      this.pump()
    })
  }

  /** Waits for the files already asked for, then ends every child. */
  async close(): Promise<void> {
    this.closed = true
    if (this.pending > 0) await new Promise<void>((resolve) => (this.drained = resolve))
    await Promise.all([...this.children].map((child) => this.retire(child)))
  }

  private pump(): void {
    // Children are started as work comes and take files once they say they are ready.
    if (this.queue.length > this.idle.length && this.children.size < this.options.concurrency) {
      for (let n = Math.min(this.queue.length - this.idle.length, this.options.concurrency - this.children.size); n > 0; n--) this.spawn()
    }
    while (this.queue.length > 0) {
      const child = this.idle.pop()
      if (!child) return
      const job = this.queue.shift() as Job
      const id = this.nextId++
      const timer = setTimeout(() => this.timeOut(child), this.options.timeoutMs)
      child.job = { ...job, id, timer }
      child.process.send({ id, file: job.file, options: this.extractOptions } satisfies ChildRequest)
    }
  }

  private spawn(): Child {
    const worker = fork(this.options.childModule, [], {
      execArgv: ['--import', tsxLoader, `--max-old-space-size=${this.options.memoryLimitMb}`],
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      serialization: 'advanced',
      // Its own process group, so a timeout also ends the pdftoppm and tesseract it may have started.
      detached: true,
    })
    const child: Child = { process: worker, job: null, done: 0, stderr: '' }
    this.children.add(child)
    worker.stderr?.on('data', (chunk: Buffer) => {
      child.stderr = (child.stderr + chunk.toString()).slice(-2000)
    })
    worker.on('message', (message: ChildResponse | 'ready') => {
      if (message !== 'ready') return this.answer(child, message)
      this.idle.push(child)
      this.pump()
    })
    worker.on('exit', (code, signal) => this.lose(child, code, signal))
    worker.on('error', () => this.lose(child, null, null))
    return child
  }

  private answer(child: Child, message: ChildResponse): void {
    const job = child.job
    if (!job || job.id !== message.id) return
    clearTimeout(job.timer)
    child.job = null
    child.done++
    job.resolve(message.result)
    if (child.done >= this.options.filesPerChild) void this.retire(child)
    else this.idle.push(child)
    this.pump()
  }

  private timeOut(child: Child): void {
    const job = child.job
    if (!job) return
    child.job = null
    job.resolve({ ok: false, outcome: 'unreadable', reason: `Extraction timed out after ${Math.round(this.options.timeoutMs / 1000)} s` })
    this.children.delete(child)
    try {
      if (child.process.pid) process.kill(-child.process.pid, 'SIGKILL')
    } catch {
      child.process.kill('SIGKILL')
    }
    this.pump()
  }

  /** A child ended: the file it was reading fails with the reason, and the queue goes on with a new child. */
  private lose(child: Child, code: number | null, signal: NodeJS.Signals | null): void {
    this.children.delete(child)
    const at = this.idle.indexOf(child)
    if (at >= 0) this.idle.splice(at, 1)
    const job = child.job
    child.job = null
    if (job) {
      clearTimeout(job.timer)
      const outOfMemory = /heap out of memory|Allocation failed/i.test(child.stderr)
      const how = outOfMemory ? 'ran out of memory' : signal ? `was ended by ${signal}` : `exited with code ${code}`
      job.resolve({ ok: false, outcome: 'unreadable', reason: `Extraction crashed: its worker process ${how}` })
    }
    this.pump()
  }

  private retire(child: Child): Promise<void> {
    this.children.delete(child)
    const at = this.idle.indexOf(child)
    if (at >= 0) this.idle.splice(at, 1)
    if (child.process.exitCode !== null || child.process.signalCode !== null) return Promise.resolve()
    return new Promise((resolve) => {
      child.process.once('exit', () => resolve())
      child.process.disconnect()
    })
  }
}
