import { readStackEnv } from '../env.ts'
import { RuntimeError } from '../RuntimeError.ts'
import { startStack } from '../stack.ts'

// The project pins Node 22 (the `node` dependency); an install that skipped its install script falls back to the
// machine's Node, on which Astro and Vitest refuse to run. Say so plainly instead of failing somewhere deep.
if (Number(process.versions.node.split('.')[0]) < 22) {
  console.error(`lotse: Node ${process.versions.node} runs this, but Lotse needs Node 22 or newer. Run \`npm install\` (it installs Node 22 into node_modules/.bin) and start with \`npm start\`.`)
  process.exit(1)
}

// The supervisor owns shutdown order: services first, then Meilisearch and PostgreSQL.
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const

const DEMO_LOGINS = ['admin', 'editor', 'manager', 'staff'].map((role) => `${role}@demo.lotse`)
const started = Date.now()
const log = (line: string) => console.log(`lotse: ${line}`)

let signalled: NodeJS.Signals | undefined
const onEarlySignal = (signal: NodeJS.Signals) => {
  signalled ??= signal
  log(`${signal} received: stopping as soon as the current start-up step ends …`)
}
for (const signal of SIGNALS) process.on(signal, onEarlySignal)

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
    process.removeListener(signal, onEarlySignal)
    process.on(signal, () => void shutdown(signal, 0))
  }
  if (signalled) await shutdown(signalled, 0)
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
