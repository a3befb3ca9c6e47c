import path from 'node:path'
import { ensureBuilt } from './build.ts'
import { repoRoot, type StackEnv } from './env.ts'
import { assertPortFree } from './ports.ts'
import { startPostgres, type RunningPostgres } from './postgres.ts'
import { RuntimeError } from './RuntimeError.ts'
import { loadOrCreateSecrets } from './secrets.ts'
import { runToCompletion, startService, type RunningService } from './service.ts'
import { serviceEnvironments, withoutSecrets } from './serviceEnvironments.ts'
import { superviseMeilisearch, type SupervisedMeilisearch } from './superviseMeilisearch.ts'
import { httpAnswers, waitFor } from './waitFor.ts'

export interface StackOptions extends StackEnv {
  log: (line: string) => void
  /** Child output (prefixed with the service name); quiet by default. */
  serviceLog?: (line: string) => void
}

export interface RunningStack {
  urls: { site: string; cms: string; admin: string; search: string; postgres: string; meili: string }
  embedded: { postgres: boolean; meili: boolean }
  /** Resolves when a service or PostgreSQL exits on its own, or Meilisearch cannot be restarted; the supervisor (cli/supervise.ts) then stops the rest. */
  crashed: Promise<string>
  stop(): Promise<void>
}

const bin = path.join(repoRoot, 'node_modules', '.bin')

/**
 * Brings up the whole of Lotse: PostgreSQL and Meilisearch (embedded unless DATABASE_URI / MEILI_URL point elsewhere),
 * migrations and demo content, then cms, search and site, each awaited until healthy. On any failure the parts
 * already started are stopped again.
 */
export async function startStack(options: StackOptions): Promise<RunningStack> {
  const { ports, log } = options
  const serviceLog = options.serviceLog ?? (() => {})
  const embedded = { postgres: !options.databaseUri, meili: !options.meiliUrl }
  await assertPortFree(ports.cms, 'cms', 'CMS_PORT')
  await assertPortFree(ports.search, 'search API', 'SEARCH_PORT')
  await assertPortFree(ports.site, 'site', 'SITE_PORT')
  if (embedded.postgres) await assertPortFree(ports.postgres, 'embedded PostgreSQL', 'POSTGRES_PORT')
  if (embedded.meili) await assertPortFree(ports.meili, 'embedded Meilisearch', 'MEILI_PORT')

  const secrets = await loadOrCreateSecrets(options.dataDir)
  const stoppers: Array<() => Promise<void>> = []
  const stop = async () => {
    for (const stopOne of stoppers.splice(0).reverse()) await stopOne().catch((error) => log(`stop failed: ${error}`))
  }

  try {
    const base: NodeJS.ProcessEnv = { ...process.env, PATH: `${bin}${path.delimiter}${process.env.PATH}` }
    const buildDone = ensureBuilt(log, withoutSecrets(base))

    let postgres: RunningPostgres | undefined
    let meili: SupervisedMeilisearch | undefined
    const [databaseUri, meiliUrl] = await Promise.all([
      options.databaseUri ??
        startPostgres({ dataDir: path.join(options.dataDir, 'postgres'), port: ports.postgres, database: 'lotse', password: secrets.postgresPassword }).then(
          (running) => {
            postgres = running
            stoppers.push(() => running.stop())
            return running.uri
          },
        ),
      options.meiliUrl ??
        superviseMeilisearch({ dataDir: path.join(options.dataDir, 'meili'), port: ports.meili, masterKey: secrets.meiliMasterKey }, log).then((running) => {
          meili = running
          stoppers.push(() => running.stop())
          return running.url
        }),
    ])
    log(`PostgreSQL ${postgres ? 'started (embedded)' : 'external'}, Meilisearch ${meili ? 'started (embedded)' : 'external'}`)

    const urls = {
      cms: `http://127.0.0.1:${ports.cms}`,
      admin: `http://127.0.0.1:${ports.cms}/admin`,
      search: `http://127.0.0.1:${ports.search}`,
      site: `http://127.0.0.1:${ports.site}`,
      postgres: databaseUri.replace(/:[^:@/]*@/, ':***@'),
      meili: meiliUrl,
    }
    const env = serviceEnvironments(base, {
      databaseUri,
      meiliUrl,
      meiliMasterKey: options.meiliMasterKey ?? secrets.meiliMasterKey,
      payloadSecret: options.payloadSecret ?? secrets.payloadSecret,
      urls,
      ports,
      demo: embedded.postgres,
    })

    await prepareDatabase(env.cms, log)
    await buildDone

    const services: RunningService[] = [
      startService({ name: 'cms', command: path.join(bin, 'next'), args: ['start', '-H', '127.0.0.1', '-p', String(ports.cms)], cwd: path.join(repoRoot, 'cms'), env: env.cms, log: serviceLog }),
      startService({ name: 'search', command: path.join(bin, 'tsx'), args: ['src/server.ts'], cwd: path.join(repoRoot, 'search'), env: env.search, log: serviceLog }),
      startService({
        name: 'site',
        command: process.execPath,
        args: ['src/server.ts'],
        cwd: path.join(repoRoot, 'site'),
        env: env.site,
        log: serviceLog,
      }),
    ]
    for (const service of services) stoppers.push(() => service.stop())
    // A dead Meilisearch is started again (superviseMeilisearch); without PostgreSQL every service only answers errors.
    const crashed = Promise.race([
      ...services.map((service) => service.exited.then((code) => `${service.name} exited with code ${code}`)),
      ...(postgres ? [postgres.exited.then((code) => `PostgreSQL exited unexpectedly (code ${code}); nothing works without it`)] : []),
      ...(meili ? [meili.failed] : []),
    ])

    const health: Array<[string, string]> = [
      ['cms', `${urls.cms}/api/users/me`],
      ['search', `${urls.search}/health`],
      ['site', `${urls.site}/login`],
    ]
    await Promise.race([
      Promise.all(health.map(([name, url]) => waitFor(`${name} at ${url}`, () => httpAnswers(url), 120_000, 200))),
      crashed.then((reason) => {
        throw new RuntimeError('SERVICE_FAILED', `${reason} during start-up; its output is above.`)
      }),
    ])
    await waitForSearchIndex(urls.search, log)
    return { urls, embedded, crashed, stop }
  } catch (error) {
    await stop()
    throw error
  }
}

/**
 * Ready means searchable: wait until the sync worker has drained the outbox (on a first start, the demo content),
 * but never hold the start for long on a big backlog — that catches up in the background.
 */
async function waitForSearchIndex(searchUrl: string, log: (line: string) => void): Promise<void> {
  const pending = async () => {
    const health = (await (await fetch(`${searchUrl}/health`, { headers: { Connection: 'close' } })).json()) as { outbox?: { pending?: number } }
    return health.outbox?.pending ?? Number.NaN
  }
  try {
    await waitFor('the search index', async () => (await pending()) === 0, 60_000, 100)
  } catch {
    log(`the search index is still catching up (${await pending().catch(() => '?')} changes pending); search results follow shortly`)
  }
}

/**
 * Migrations (and the demo seed) through the CMS's own script. Success is its closing line, not only its exit code:
 * once, under load in CI, the script ended with code 0 having done nothing. It is retried once, then start fails.
 */
async function prepareDatabase(env: NodeJS.ProcessEnv, log: (line: string) => void): Promise<void> {
  for (let attempt = 1; attempt <= 2; attempt++) {
    let confirmed = false
    await runToCompletion({
      name: 'prepare-db',
      command: path.join(bin, 'payload'),
      args: ['run', 'src/scripts/prepareDatabase.ts'],
      cwd: path.join(repoRoot, 'cms'),
      env,
      log: (line) => {
        if (line.includes('Database ready')) confirmed = true
        log(line)
      },
    })
    if (confirmed) return
    log('preparing the database ended without confirming it; trying once more')
  }
  throw new RuntimeError('SERVICE_FAILED', 'Preparing the database (migrations, demo content) did not confirm success; run `npm run prepare-db -w @lotse/cms` to see why.')
}
