import { spawn, type ChildProcess } from 'node:child_process'
import { createInterface } from 'node:readline'

export interface ServiceOptions {
  name: string
  command: string
  args: string[]
  cwd: string
  env: NodeJS.ProcessEnv
  log: (line: string) => void
}

export interface RunningService {
  name: string
  child: ChildProcess
  /** Resolves with the exit code when the process ends, however it ends. */
  exited: Promise<number | null>
  stop(): Promise<void>
}

/**
 * Spawns a child in its own process group, so that stopping it also stops whatever it spawned,
 * and a Ctrl-C in the terminal reaches only the supervisor, which then stops everything in order.
 */
export function startService(options: ServiceOptions): RunningService {
  const child = spawn(options.command, options.args, {
    cwd: options.cwd,
    env: options.env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (line) => options.log(`[${options.name}] ${line}`))
  }
  const exited = new Promise<number | null>((resolve) => {
    // 'close', not 'exit': only then has all of the child's output been read (a short-lived child's last lines
    // would otherwise be lost).
    child.once('close', (code, signal) => resolve(code ?? (signal ? 128 : null)))
    child.once('error', (error) => {
      options.log(`[${options.name}] could not start: ${error.message}`)
      resolve(127)
    })
  })
  return {
    name: options.name,
    child,
    exited,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null || !child.pid) return
      signalGroup(child.pid, 'SIGTERM')
      const timer = setTimeout(() => signalGroup(child.pid!, 'SIGKILL'), 10_000)
      await exited
      clearTimeout(timer)
      signalGroup(child.pid, 'SIGKILL') // stragglers of the group
    },
  }
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal)
  } catch {
    // the group is already gone
  }
}

/** Runs a one-off command to completion (a build, migrations) and fails with its last output lines. */
export async function runToCompletion(options: ServiceOptions): Promise<void> {
  const tail: string[] = []
  const service = startService({
    ...options,
    log: (line) => {
      tail.push(line)
      if (tail.length > 40) tail.shift()
      options.log(line)
    },
  })
  const code = await service.exited
  if (code !== 0) {
    throw new Error(`${options.name} failed (exit code ${code}):\n${tail.join('\n')}`)
  }
}
