import { percentiles } from './percentiles.ts'
import { writeResult } from './writeResult.ts'

/**
 * Page latency of the running site (`npm start`, demo content): signs in as a demo person through the CMS, then asks
 * each page with N concurrent clients for a fixed number of requests and prints p50/p95/p99.
 *
 *   npm run bench:site -- [--site URL] [--cms URL] [--email E] [--concurrency 20] [--requests 400] [--name site] [paths…]
 *
 * Default paths: start page, a search, a document in force, one asking for a read confirmation, an expired one.
 */
function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`)
  return index >= 0 && process.argv[index + 1] ? process.argv[index + 1] : fallback
}

const siteUrl = option('site', process.env.SITE_URL ?? 'http://127.0.0.1:4321').replace(/\/+$/, '')
const cmsUrl = option('cms', process.env.CMS_URL ?? 'http://127.0.0.1:3000').replace(/\/+$/, '')
const email = option('email', 'staff@demo.lotse')
const concurrency = Number(option('concurrency', '20'))
const requests = Number(option('requests', '400'))
const name = option('name', 'site')
const flags = new Set(['--site', '--cms', '--email', '--concurrency', '--requests', '--name'])
const paths = process.argv.slice(2).filter((arg, index, all) => !flags.has(arg) && !flags.has(all[index - 1]))

const login = await fetch(`${cmsUrl}/api/users/login`, {
  method: 'POST',
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify({ email, password: process.env.BENCH_PASSWORD ?? 'lotse-demo' }),
})
if (!login.ok) throw new Error(`login of ${email} at ${cmsUrl} failed (${login.status}); is the stack running with demo content?`)
const { token } = (await login.json()) as { token: string }
const headers = { Cookie: `payload-token=${token}`, 'Accept-Language': 'de' }

/** Document ids by title from the demo content, so the defaults do not depend on creation order. */
async function documentId(title: string): Promise<string> {
  const response = await fetch(`${cmsUrl}/api/documents?where[title][equals]=${encodeURIComponent(title)}&limit=1&depth=0&select[title]=true`, { headers: { Authorization: `JWT ${token}` } })
  const body = (await response.json()) as { docs?: { id: number }[] }
  const id = body.docs?.[0]?.id
  if (!id) throw new Error(`demo document "${title}" not found; pass the paths to measure instead`)
  return String(id)
}

const targets = paths.length
  ? paths
  : [
      '/',
      '/search?q=Arbeitszeit',
      `/documents/${await documentId('Dienstanweisung Arbeitszeit und Gleitzeit')}`,
      `/documents/${await documentId('Weisung 2026/03: Angemessenheit der Kosten der Unterkunft')}`,
      `/documents/${await documentId('Arbeitshilfe: Einkommen Selbständiger bereinigen')}`,
    ]

async function measure(path: string) {
  const url = `${siteUrl}${path}`
  for (let i = 0; i < 10; i++) await (await fetch(url, { headers })).arrayBuffer()
  const samples: number[] = []
  const statuses = new Map<number, number>()
  let next = 0
  const started = performance.now()
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next++ < requests) {
        const t = performance.now()
        const response = await fetch(url, { headers, redirect: 'manual' })
        await response.arrayBuffer()
        samples.push(performance.now() - t)
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1)
      }
    }),
  )
  const seconds = (performance.now() - started) / 1000
  return { path, concurrency, ...percentiles(samples), requestsPerSecond: Math.round(samples.length / seconds), statuses: Object.fromEntries(statuses) }
}

const results = []
for (const path of targets) results.push(await measure(path))
console.table(results.map(({ statuses, ...row }) => ({ ...row, statuses: JSON.stringify(statuses) })))
console.log(`written to ${await writeResult(name, { siteUrl, email, results })}`)
