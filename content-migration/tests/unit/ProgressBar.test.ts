import { describe, expect, it } from 'vitest'
import { ProgressBar } from '../../src/progress/ProgressBar.ts'

function terminal(isTTY: boolean, columns = 100) {
  const writes: string[] = []
  return { writes, stream: { isTTY, columns, write: (text: string) => writes.push(text) } }
}
function clock() {
  let now = 1_000_000
  return { now: () => now, advance: (ms: number) => (now += ms) }
}

describe('ProgressBar on a terminal', () => {
  it('redraws one line with bar, count, files/s, ETA and folder, at most every 100 ms', () => {
    const { writes, stream } = terminal(true, 120)
    const time = clock()
    const bar = new ProgressBar(200, { stream, now: time.now, label: 'import' })
    for (let done = 1; done <= 100; done++) {
      time.advance(10) // 100 files/s
      bar.update(done, 'Sozialamt/Weisungen')
    }
    expect(writes).toHaveLength(10)
    expect(writes.at(-1)).toBe(`\r\x1b[2Kimport: [${'█'.repeat(9)}${'░'.repeat(11)}] 91/200 files (45 %) · 100.0 files/s, ETA 0:01 · Sozialamt/Weisungen`)
    bar.finish()
    expect(writes.at(-1)).toBe(`\r\x1b[2Kimport: [${'█'.repeat(10)}${'░'.repeat(10)}] 100/200 files (50 %) · 100.0 files/s, ETA 0:01 · Sozialamt/Weisungen\n`)
  })

  it('always draws the last file, and fits a long folder into the width', () => {
    const { writes, stream } = terminal(true, 80)
    const time = clock()
    const bar = new ProgressBar(3, { stream, now: time.now })
    const deep = 'Amt 50 - Soziales/Abteilung 2 - Wohngeld/Sachgebiet 3/Weisungen/2019/Archiv'
    bar.update(1, deep)
    bar.update(2, deep)
    bar.update(3, deep)
    expect(writes).toHaveLength(2)
    const line = writes.at(-1)!.replace('\r\x1b[2K', '')
    expect(line.length).toBeLessThanOrEqual(79)
    expect(line).toMatch(/^\[█+\] 3\/3 files \(100 %\) · .* · …/)
    expect(line.endsWith('2019/Archiv')).toBe(true)
  })

  it('shows control characters in folder names instead of sending them to the terminal', () => {
    const { writes, stream } = terminal(true)
    const bar = new ProgressBar(null, { stream, now: clock().now })
    bar.update(1, 'Amt\u001b[2J\u001b]0;pwned\u0007/x')
    expect(writes[0].slice('\r\x1b[2K'.length)).not.toMatch(/\p{Cc}/u)
    expect(writes[0]).toContain('Amt\\u{1B}[2J\\u{1B}]0;pwned\\u{7}/x')
  })

  it('works without a total (while the drive is still walked) and learns it later', () => {
    const { writes, stream } = terminal(true)
    const time = clock()
    const bar = new ProgressBar(null, { stream, now: time.now })
    time.advance(1000)
    bar.update(50)
    expect(writes[0]).toBe('\r\x1b[2K50 files · 50.0 files/s')
    bar.setTotal(150)
    time.advance(1000)
    bar.update(100)
    expect(writes[1]).toContain('100/150 files (66 %) · 50.0 files/s, ETA 0:01')
  })
})

describe('ProgressBar without a terminal', () => {
  it('writes a plain line every N files or seconds, and a last one at the end', () => {
    const { writes, stream } = terminal(false)
    const time = clock()
    const bar = new ProgressBar(1000, { stream, now: time.now, everyFiles: 100, everyMs: 5000, label: 'import' })
    for (let done = 1; done <= 250; done++) {
      time.advance(done <= 200 ? 10 : 300) // slower after 200: the 5-second rule writes the next line, at file 218
      bar.tick('Ordnungsamt')
    }
    expect(writes).toEqual([
      'import: 1/1000 files (0 %), 100.0 files/s, ETA 0:10, Ordnungsamt\n',
      'import: 101/1000 files (10 %), 100.0 files/s, ETA 0:09, Ordnungsamt\n',
      'import: 201/1000 files (20 %), 87.4 files/s, ETA 0:09, Ordnungsamt\n',
      'import: 218/1000 files (21 %), 29.5 files/s, ETA 0:27, Ordnungsamt\n',
      'import: 235/1000 files (23 %), 18.8 files/s, ETA 0:41, Ordnungsamt\n',
    ])
    bar.finish()
    expect(writes.at(-1)).toMatch(/^import: 250\/1000 files \(25 %\), [\d.]+ files\/s, ETA \d+:\d\d, Ordnungsamt\n$/)
    expect(writes.every((line) => !line.includes('\r') && !line.includes('\x1b'))).toBe(true)
  })
})
