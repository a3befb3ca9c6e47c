import { execFileSync } from 'node:child_process'
import fs from 'node:fs'

/** The process listening on a local TCP port (via `ss`), e.g. a server the stack started. */
export function listenerPid(port: number): number {
  const line = execFileSync('ss', ['-ltnpH', `sport = :${port}`], { encoding: 'utf8' })
  const pid = Number(line.match(/pid=(\d+)/)?.[1])
  if (!pid) throw new Error(`no process listens on port ${port} (ss: ${line.trim() || 'nothing'})`)
  return pid
}

/** Resident memory of a process in MiB (VmRSS). */
export function residentMiB(pid: number): number {
  const kib = Number(fs.readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+)/)?.[1])
  return Math.round(kib / 1024)
}
