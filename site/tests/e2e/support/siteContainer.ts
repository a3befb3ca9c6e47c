import fs from 'node:fs'
import { fileURLToPath } from 'node:url'

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url))

export interface SiteContainer {
  /** The container's environment: the Dockerfile's ENV of the site stage, then docker-compose.yml's `environment`. */
  env: Record<string, string>
  /** The Dockerfile's CMD of the site stage, e.g. ["node", "src/server.ts"]. */
  command: string[]
  /** The stage's WORKDIR relative to /app, i.e. to the repository root. */
  workdir: string
}

/** `${VAR}`, `${VAR:-default}` and `${VAR:?message}` as docker compose resolves them from the operator's `.env`. */
function interpolate(value: string, operatorEnv: Record<string, string>): string {
  return value.replace(/\$\{(\w+)(?::([-?])([^}]*))?\}/g, (_match, name: string, kind?: string, rest?: string) => {
    const set = operatorEnv[name]
    if (set) return set
    if (kind === '?') throw new Error(`docker-compose.yml requires ${name}: ${rest}`)
    return kind === '-' ? (rest ?? '') : ''
  })
}

/** The `environment:` map of one service of docker-compose.yml (the block form this file uses). */
function composeEnvironment(service: string, operatorEnv: Record<string, string>): Record<string, string> {
  const lines = fs.readFileSync(`${repoRoot}/docker-compose.yml`, 'utf8').split('\n')
  const start = lines.indexOf(`  ${service}:`)
  if (start < 0) throw new Error(`docker-compose.yml has no service "${service}"`)
  const end = lines.findIndex((line, index) => index > start && /^ {0,2}\S/.test(line))
  const block = lines.slice(start + 1, end < 0 ? undefined : end)
  const envStart = block.indexOf('    environment:')
  if (envStart < 0) throw new Error(`service "${service}" in docker-compose.yml has no environment block`)
  const env: Record<string, string> = {}
  for (const line of block.slice(envStart + 1)) {
    if (/^\s*#/.test(line)) continue
    const entry = line.match(/^ {6}(\w+): (.*)$/)
    if (!entry) break
    env[entry[1]] = interpolate(entry[2].replace(/^"(.*)"$/, '$1'), operatorEnv)
  }
  return env
}

/** ENV, WORKDIR and CMD of a Dockerfile target, following its `FROM <stage>` chain. */
function dockerfileStage(target: string): { env: Record<string, string>; command: string[]; workdir: string } {
  const stages = new Map<string, { from: string; lines: string[] }>()
  let current: string[] = []
  for (const line of fs.readFileSync(`${repoRoot}/Dockerfile`, 'utf8').split('\n')) {
    const from = line.match(/^FROM (\S+) AS (\S+)$/)
    if (from) stages.set(from[2], { from: from[1], lines: (current = []) })
    else current.push(line)
  }
  const chain: string[][] = []
  for (let name: string | undefined = target; name && stages.has(name); name = stages.get(name)!.from) chain.unshift(stages.get(name)!.lines)
  if (chain.length === 0) throw new Error(`Dockerfile has no stage "${target}"`)
  const result = { env: {} as Record<string, string>, command: [] as string[], workdir: '/app' }
  for (const line of chain.flat()) {
    const [instruction, ...rest] = line.trim().split(/\s+/)
    if (instruction === 'ENV') for (const pair of rest) result.env[pair.split('=')[0]] = pair.slice(pair.indexOf('=') + 1)
    if (instruction === 'WORKDIR') result.workdir = rest.join(' ')
    if (instruction === 'CMD') result.command = JSON.parse(line.trim().slice(4)) as string[]
  }
  return result
}

/** How docker compose runs the site container, given the operator's `.env`. */
export function siteContainer(operatorEnv: Record<string, string>): SiteContainer {
  const stage = dockerfileStage('site')
  return {
    env: { ...stage.env, ...composeEnvironment('site', operatorEnv) },
    command: stage.command,
    workdir: stage.workdir.replace(/^\/app\/?/, ''),
  }
}
