import fs from 'node:fs/promises'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { judgedIdOf, type EvaluatedHit, type HitMapping } from './eval/judgedIdOf.ts'
import { meanScores } from './eval/meanScores.ts'
import { parseJudgements } from './eval/parseJudgements.ts'
import { parseManifest } from './eval/parseManifest.ts'
import { CUTOFF, scoreRanking, type QueryScores } from './eval/scoreRanking.ts'
import { worseQueries } from './eval/worseQueries.ts'
import { resultsDir } from './writeResult.ts'

const USAGE = `usage: npm run eval:search -- --queries FILE.tsv [--manifest FILE.jsonl | --by title] [--user EMAIL] [--password P]
       [--validity current|all] [--min-ndcg X] [--json FILE]
Asks the running search API (SEARCH_URL, default http://127.0.0.1:3100) every judged query as the given user (logged in
at CMS_URL, default http://127.0.0.1:3000; password from --password or LOTSE_EVAL_PASSWORD; default the demo admin),
prints nDCG@10, MRR@10 and recall@10 per query, per class and overall, and the queries that got worse since the last run.
--validity all searches also expired, superseded and withdrawn documents (the search API's default is current).`

const { values } = parseArgs({
  options: {
    queries: { type: 'string' },
    manifest: { type: 'string' },
    by: { type: 'string' },
    user: { type: 'string', default: 'admin@demo.lotse' },
    password: { type: 'string' },
    validity: { type: 'string', default: 'current' },
    'min-ndcg': { type: 'string' },
    json: { type: 'string' },
  },
})
if (!values.queries || (values.by !== undefined && values.by !== 'title') || (values.by && values.manifest) || !['current', 'all'].includes(values.validity)) {
  console.error(USAGE)
  process.exit(2)
}
const minNdcg = values['min-ndcg'] === undefined ? undefined : Number(values['min-ndcg'])
if (minNdcg !== undefined && !(minNdcg >= 0 && minNdcg <= 1)) {
  console.error('--min-ndcg must be a number from 0 to 1')
  process.exit(2)
}
const searchUrl = process.env.SEARCH_URL ?? 'http://127.0.0.1:3100'
const cmsUrl = process.env.CMS_URL ?? 'http://127.0.0.1:3000'
const password = values.password ?? process.env.LOTSE_EVAL_PASSWORD ?? 'lotse-demo'
// npm runs the script inside the bench workspace; paths on the command line are meant from where npm was called.
const fromCaller = (file: string) => path.resolve(process.env.INIT_CWD ?? process.cwd(), file)
const queriesFile = fromCaller(values.queries)

const queries = parseJudgements(await fs.readFile(queriesFile, 'utf8'))
const mapping: HitMapping = values.manifest
  ? { by: 'manifest', sourceIds: parseManifest(await fs.readFile(fromCaller(values.manifest), 'utf8')) }
  : values.by === 'title' ? { by: 'title' } : { by: 'id' }

const login = await fetch(`${cmsUrl}/api/users/login`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ email: values.user, password }),
})
if (!login.ok) throw new Error(`login as ${values.user} at ${cmsUrl} failed with ${login.status}: check --user/--password and CMS_URL`)
const { token } = (await login.json()) as { token: string }

type QueryResult = QueryScores & { query: string; queryClass: string; top: (string | null)[] }
const results: QueryResult[] = []
for (const judged of queries) {
  const response = await fetch(`${searchUrl}/search?${new URLSearchParams({ q: judged.query, limit: String(CUTOFF), validity: values.validity }).toString()}`, {
    headers: { authorization: `JWT ${token}` },
  })
  if (!response.ok) throw new Error(`search for "${judged.query}" (line ${judged.line}) failed with ${response.status}: ${await response.text()}`)
  const { hits } = (await response.json()) as { hits: EvaluatedHit[] }
  const top = hits.map((hit) => judgedIdOf(hit, mapping))
  results.push({ query: judged.query, queryClass: judged.queryClass, top, ...scoreRanking(top, judged.grades) })
}

const round = (value: number) => Math.round(value * 1000) / 1000
const figures = (scores: QueryScores) => ({ 'nDCG@10': round(scores.ndcg), 'MRR@10': round(scores.mrr), 'recall@10': round(scores.recall) })
console.table(results.map((result) => ({ query: result.query, class: result.queryClass, ...figures(result), 'first hit': result.top[0] ?? '–' })))
const classes = [...new Set(results.map((result) => result.queryClass))].sort()
const byClass = Object.fromEntries(classes.map((name) => {
  const members = results.filter((result) => result.queryClass === name)
  return [name, { queries: members.length, ...meanScores(members) }]
}))
console.table(Object.fromEntries(Object.entries(byClass).map(([name, scores]) => [name, { queries: scores.queries, ...figures(scores) }])))
const overall = meanScores(results)

// The previous run of the same query file is the result file this run replaces.
const file = values.json ? fromCaller(values.json) : path.join(resultsDir, `eval-search-${path.basename(queriesFile, path.extname(queriesFile))}.json`)
const previous = await fs.readFile(file, 'utf8').then((text) => (JSON.parse(text) as { queries: QueryResult[] }).queries, () => [])
const worse = worseQueries(results, previous)
if (worse.length) {
  console.log(`${worse.length} queries got worse since the last run:`)
  console.table(worse.map((entry) => ({ query: entry.query, before: round(entry.before), after: round(entry.after) })))
}
await fs.mkdir(path.dirname(file), { recursive: true })
await fs.writeFile(file, JSON.stringify({ queriesFile: path.relative(process.cwd(), queriesFile), measuredAt: new Date().toISOString(), searchUrl, user: values.user, overall, byClass, queries: results }, null, 2) + '\n')
console.log(`overall over ${results.length} queries: nDCG@10 ${round(overall.ndcg)}, MRR@10 ${round(overall.mrr)}, recall@10 ${round(overall.recall)}`)
console.log(`written to ${file}`)
if (minNdcg !== undefined && overall.ndcg < minNdcg) {
  console.error(`nDCG@10 ${round(overall.ndcg)} is below --min-ndcg ${minNdcg}`)
  process.exit(1)
}
