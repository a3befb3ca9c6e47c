import { visibleText } from '../report/visibleText.ts'

/** Where the bar is drawn: process.stderr, or anything with write() (tests). */
export interface ProgressStream {
  write(text: string): unknown
  isTTY?: boolean
  columns?: number
}

export interface ProgressBarOptions {
  stream?: ProgressStream
  /** Prefix of every line, e.g. "import". */
  label?: string
  /** Milliseconds between redraws on a terminal (≈ 10 per second). */
  redrawMs?: number
  /** Without a terminal: a line every this many files … */
  everyFiles?: number
  /** … or this many milliseconds, whichever comes first. */
  everyMs?: number
  /** The clock (tests). */
  now?: () => number
}

const duration = (seconds: number) => {
  const total = Math.max(0, Math.round(seconds))
  const [h, m, s] = [Math.floor(total / 3600), Math.floor((total % 3600) / 60), total % 60]
  return h ? `${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}` : `${m}:${String(s).padStart(2, '0')}`
}

/**
 * Progress of a run over files. On a terminal: one line redrawn at most every `redrawMs` with a bar, files done of
 * total, files/s, ETA and the current folder, cut to the terminal's width. Without a terminal (CI logs, a pipe): a
 * plain line every `everyFiles` files or `everyMs` milliseconds. Folder names come from the drive and are shown
 * with control characters made visible, so a name cannot move the cursor or recolour the terminal.
 */
export class ProgressBar {
  private readonly stream: ProgressStream
  private readonly tty: boolean
  private readonly now: () => number
  private readonly started: number
  private done = 0
  private folder = ''
  private lastDraw = -Infinity
  private lastLineFiles = 0
  private drawn = false

  constructor(
    private total: number | null,
    private readonly options: ProgressBarOptions = {},
  ) {
    this.stream = options.stream ?? process.stderr
    this.tty = Boolean(this.stream.isTTY)
    this.now = options.now ?? Date.now
    this.started = this.now()
  }

  /** The total once it is known (e.g. after the walk). */
  setTotal(total: number): void {
    this.total = total
  }

  /** `done` files finished so far; `folder` is the one being worked on. */
  update(done: number, folder?: string): void {
    this.done = done
    if (folder !== undefined) this.folder = folder
    const now = this.now()
    if (this.tty) {
      if (now - this.lastDraw < (this.options.redrawMs ?? 100) && done !== this.total) return
      this.lastDraw = now
      this.stream.write(`\r\x1b[2K${this.line(now, this.stream.columns ?? 80)}`)
      this.drawn = true
    } else if (done - this.lastLineFiles >= (this.options.everyFiles ?? 100) || now - this.lastDraw >= (this.options.everyMs ?? 10_000)) {
      this.lastDraw = now
      this.lastLineFiles = done
      this.stream.write(`${this.line(now, Infinity)}\n`)
    }
  }

  /** One more file done. */
  tick(folder?: string): void {
    this.update(this.done + 1, folder)
  }

  /** Ends the bar's line (a terminal's next output starts on a fresh line). */
  finish(): void {
    const now = this.now()
    if (this.tty) {
      if (this.drawn || this.done > 0) this.stream.write(`\r\x1b[2K${this.line(now, this.stream.columns ?? 80)}\n`)
    } else if (this.done !== this.lastLineFiles) {
      this.stream.write(`${this.line(now, Infinity)}\n`)
    }
  }

  private line(now: number, width: number): string {
    const seconds = (now - this.started) / 1000
    const rate = seconds > 0 ? this.done / seconds : 0
    const label = this.options.label ? `${this.options.label}: ` : ''
    const count = this.total === null ? `${this.done} files` : `${this.done}/${this.total} files (${Math.floor((this.done / Math.max(this.total, 1)) * 100)} %)`
    const eta = this.total !== null && rate > 0 && this.done < this.total ? `, ETA ${duration((this.total - this.done) / rate)}` : ''
    const speed = `${rate.toFixed(1)} files/s${eta}`
    const folder = visibleText(this.folder)
    if (!Number.isFinite(width)) return `${label}${count}, ${speed}${folder ? `, ${folder}` : ''}`
    const barWidth = Math.max(10, Math.min(20, width - 80))
    const filled = this.total ? Math.round((Math.min(this.done, this.total) / this.total) * barWidth) : 0
    const bar = this.total === null ? '' : `[${'█'.repeat(filled)}${'░'.repeat(barWidth - filled)}] `
    const head = `${label}${bar}${count} · ${speed}`
    const room = width - 1 - head.length - 3
    if (!folder || room < 5) return head.slice(0, width - 1)
    return `${head} · ${folder.length > room ? `…${folder.slice(folder.length - room + 1)}` : folder}`
  }
}
