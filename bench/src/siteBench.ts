import path from 'node:path'
import { loadSecrets, readStackEnv, embeddedPostgresUri } from '@lotse/runtime'
import pg from 'pg'
import { percentiles } from './percentiles.ts'
import { generateOrganisation, type GeneratedOrganisation } from './site/generateOrganisation.ts'
import { writeResult } from './writeResult.ts'

/**
 * Page latency of the running site (`npm start`, demo content): signs in as demo people through the CMS, then asks
 * each page with N concurrent clients for a fixed number of requests and prints p50/p95/p99.
 *
 *   npm run bench:site -- [--site URL] [--cms URL] [--email E] [--manager E] [--concurrency 20] [--requests 400]
 *                         [--staff 5000 --documents 2000] [--name site] [paths…]
 *
 * Default paths: the dashboard (as `--manager`, default manager@demo.lotse, then as an admin), then the start page,
 * a search, a document in force, one asking for a read confirmation, an expired one (as `--email`, default staff).
 * A request unanswered after 30 s counts with that time as status 0.
 * With `--staff`/`--documents`, the running stack's database first grows by that many generated staff and directives
 * (with read-confirmation rounds, confirmations and feedback; see site/generateOrganisation.ts), once: a second run
 * reuses them. The database is DATABASE_URI, or the embedded one of `npm start` (LOTSE_DATA_DIR, POSTGRES_PORT).
 */
function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`)
  return index >= 0 && process.argv[index + 1] ? process.argv[index + 1] : fallback
}

const siteUrl = option('site', process.env.SITE_URL ?? 'http://127.0.0.1:4321').replace(/\/+$/, '')
const cmsUrl = option('cms', process.env.CMS_URL ?? 'http://127.0.0.1:3000').replace(/\/+$/, '')
const email = option('email', 'staff@demo.lotse')
const managerEmail = option('manager', 'manager@demo.lotse')
const concurrency = Number(option('concurrency', '20'))
const requests = Number(option('requests', '400'))
const staff = Number(option('staff', '0'))
const documents = Number(option('documents', '0'))
const name = option('name', 'site')
const flags = new Set(['--site', '--cms', '--email', '--manager', '--concurrency', '--requests', '--staff', '--documents', '--name'])
const paths = process.argv.slice(2).filter((arg, index, all) => !flags.has(arg) && !flags.has(all[index - 1]))

async function databaseUri(): Promise<string> {
  if (process.env.DATABASE_URI) return process.env.DATABASE_URI
  const stack = readStackEnv()
  const secrets = await loadSecrets(stack.dataDir)
  if (!secrets) throw new Error(`No embedded database in ${path.relative(process.cwd(), stack.dataDir) || '.'}: start the stack (\`npm start\`) or set DATABASE_URI.`)
  return embeddedPostgresUri(secrets.postgresPassword, stack.ports.postgres, 'lotse')
}

let generated: GeneratedOrganisation | null = null
if (staff > 0 || documents > 0) {
  const pool = new pg.Pool({ connectionString: await databaseUri(), max: 4 })
  try {
    generated = await generateOrganisation(pool, staff, documents)
    console.log(`generated: ${JSON.stringify(generated)}`)
    // The running search worker indexes the generated directives from the outbox; measure once it has.
    const deadline = Date.now() + 300_000
    while (Number((await pool.query<{ n: string }>('SELECT count(*) AS n FROM search_outbox')).rows[0].n) > 0) {
      if (Date.now() > deadline) throw new Error('The search worker did not drain the outbox within 5 minutes; is the search service running?')
      await new Promise((resolve) => setTimeout(resolve, 1000))
    }
  } finally {
    await pool.end()
  }
}

async function signIn(who: string): Promise<string> {
  const login = await fetch(`${cmsUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: who, password: process.env.BENCH_PASSWORD ?? 'lotse-demo' }),
  })
  if (!login.ok) throw new Error(`login of ${who} at ${cmsUrl} failed (${login.status}); is the stack running with demo content?`)
  return ((await login.json()) as { token: string }).token
}
const token = await signIn(email)
const headersOf = (jwt: string) => ({ Cookie: `payload-token=${jwt}`, 'Accept-Language': 'de' })

/** Document ids by title from the demo content, so the defaults do not depend on creation order. */
async function documentId(title: string): Promise<string> {
  const response = await fetch(`${cmsUrl}/api/documents?where[title][equals]=${encodeURIComponent(title)}&limit=1&depth=0&select[title]=true`, { headers: { Authorization: `JWT ${token}` } })
  const body = (await response.json()) as { docs?: { id: number }[] }
  const id = body.docs?.[0]?.id
  if (!id) throw new Error(`demo document "${title}" not found; pass the paths to measure instead`)
  return String(id)
}

const targets: { path: string; as: string; headers: Record<string, string> }[] = paths.length
  ? paths.map((target) => ({ path: target, as: email, headers: headersOf(token) }))
  : [
      { path: '/dashboard', as: managerEmail, headers: headersOf(await signIn(managerEmail)) },
      { path: '/dashboard', as: 'admin@demo.lotse', headers: headersOf(await signIn('admin@demo.lotse')) },
      ...[
        '/',
        '/search?q=Arbeitszeit',
        `/documents/${await documentId('Dienstanweisung Arbeitszeit und Gleitzeit')}`,
        `/documents/${await documentId('Weisung 2026/03: Angemessenheit der Kosten der Unterkunft')}`,
        `/documents/${await documentId('Arbeitshilfe: Einkommen Selbständiger bereinigen')}`,
      ].map((target) => ({ path: target, as: email, headers: headersOf(token) })),
    ]

const REQUEST_TIMEOUT_MS = 30_000

async function measure({ path: target, as, headers }: (typeof targets)[number]) {
  const url = `${siteUrl}${target}`
  for (let i = 0; i < 10; i++) await (await fetch(url, { headers })).arrayBuffer()
  const samples: number[] = []
  const statuses = new Map<number, number>()
  let next = 0
  const started = performance.now()
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next++ < requests) {
        const t = performance.now()
        // A request the site does not answer within the timeout counts with its time, as status 0.
        const status = await fetch(url, { headers, redirect: 'manual', signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) }).then(
          async (response) => (await response.arrayBuffer(), response.status),
          () => 0,
        )
        samples.push(performance.now() - t)
        statuses.set(status, (statuses.get(status) ?? 0) + 1)
      }
    }),
  )
  const seconds = (performance.now() - started) / 1000
  return { path: target, as, concurrency, ...percentiles(samples), requestsPerSecond: Math.round(samples.length / seconds), statuses: Object.fromEntries(statuses) }
}

const results = []
for (const target of targets) {
  results.push(await measure(target))
  console.log(JSON.stringify(results.at(-1)))
}
console.table(results.map(({ statuses, ...row }) => ({ ...row, statuses: JSON.stringify(statuses) })))
console.log(`written to ${await writeResult(name, { siteUrl, email, generated, results })}`)
