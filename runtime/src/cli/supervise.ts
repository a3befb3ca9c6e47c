import { readStackEnv } from '../env.ts'
import { RuntimeError } from '../RuntimeError.ts'
import { startStack } from '../stack.ts'

// The supervisor behind `npm start`, started by start.ts in a process group of its own: it owns shutdown order,
// services first, then Meilisearch and PostgreSQL. start.ts relays the terminal's signals; should start.ts itself be
// killed outright, the IPC channel to it closes, and that stops the stack the same way.
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const
const PARENT_GONE = 'start.ts ended'

const DEMO_LOGINS = ['admin', 'editor', 'manager', 'staff'].map((role) => `${role}@demo.lotse`)
const started = Date.now()
const log = (line: string) => console.log(`lotse: ${line}`)

let stopReason: string | undefined
const onEarlyStop = (reason: string) => {
  stopReason ??= reason
  log(`${reason}: stopping as soon as the current start-up step ends …`)
}
const onEarlyDisconnect = () => onEarlyStop(PARENT_GONE)
for (const signal of SIGNALS) process.on(signal, onEarlyStop)
process.on('disconnect', onEarlyDisconnect)

try {
  const stack = await startStack({ ...readStackEnv(), log, serviceLog: (line) => console.log(line) })
  let stopping = false
  const shutdown = async (reason: string, code: number) => {
    if (stopping) return
    stopping = true
    log(`${reason}: stopping …`)
    await stack.stop()
    log('stopped')
    process.exit(code)
  }
  for (const signal of SIGNALS) {
    process.removeListener(signal, onEarlyStop)
    process.on(signal, () => void shutdown(signal, 0))
  }
  process.removeListener('disconnect', onEarlyDisconnect)
  process.on('disconnect', () => void shutdown(PARENT_GONE, 0))
  if (stopReason) await shutdown(stopReason, 0)
  void stack.crashed.then((reason) => shutdown(reason, 1))

  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  console.log(
    [
      '',
      `Lotse is running (ready in ${seconds} s):`,
      `  Intranet (site)   ${stack.urls.site}`,
      `  CMS admin         ${stack.urls.admin}`,
      `  CMS REST/GraphQL  ${stack.urls.cms}/api  ${stack.urls.cms}/api/graphql`,
      `  Search API        ${stack.urls.search}/search?q=…   health: ${stack.urls.search}/health`,
      `  PostgreSQL        ${stack.urls.postgres}${stack.embedded.postgres ? ' (embedded)' : ''}`,
      `  Meilisearch       ${stack.urls.meili}${stack.embedded.meili ? ' (embedded)' : ''}`,
      ...(stack.embedded.postgres ? ['', `Demo logins (password lotse-demo): ${DEMO_LOGINS.join(', ')}`] : []),
      '',
      'Press Ctrl-C to stop.',
    ].join('\n'),
  )
} catch (error) {
  if (error instanceof RuntimeError) {
    console.error(`lotse: ${error.message}`)
  } else {
    console.error('lotse: start failed:', error)
  }
  process.exit(1)
}
