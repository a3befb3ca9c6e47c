import fs from 'node:fs'

/** Resident memory of one process in bytes (Linux /proc), 0 when it is gone. */
function rssOf(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))
    return match ? Number(match[1]) * 1024 : 0
  } catch {
    return 0 // the process ended between listing and reading
  }
}

/** The process and all its descendants (the migration CLI and its extraction children). */
function treeOf(root: number): number[] {
  const children = new Map<number, number[]>()
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8')
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)])
    } catch {
      // gone already
    }
  }
  const tree = [root]
  for (let i = 0; i < tree.length; i++) tree.push(...(children.get(tree[i]) ?? []))
  return tree
}

/**
 * Samples the resident memory of a process tree every `intervalMs` until stopped: the peak of the whole tree (what
 * the machine must have) and of its largest single process. Linux only; elsewhere both stay 0.
 */
export function sampleMemory(pid: number, intervalMs = 200): { stop(): { peakTreeBytes: number; peakProcessBytes: number } } {
  let peakTreeBytes = 0
  let peakProcessBytes = 0
  const sample = () => {
    if (!fs.existsSync('/proc/self/status')) return
    const sizes = treeOf(pid).map(rssOf)
    peakTreeBytes = Math.max(peakTreeBytes, sizes.reduce((sum, size) => sum + size, 0))
    peakProcessBytes = Math.max(peakProcessBytes, ...sizes)
  }
  sample()
  const timer = setInterval(sample, intervalMs)
  return {
    stop() {
      sample()
      clearInterval(timer)
      return { peakTreeBytes, peakProcessBytes }
    },
  }
}
