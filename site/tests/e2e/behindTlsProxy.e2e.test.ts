import http from 'node:http'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { freePort, httpAnswers, waitFor } from '../../../runtime/src/index.ts'
import { startService, type RunningService } from '../../../runtime/src/service.ts'
import { siteContainer } from './support/siteContainer.ts'

/**
 * The site container as docker-compose.yml and the Dockerfile configure it (the operator's `.env` sets SITE_URL, as
 * the README says), reached through a TLS-terminating reverse proxy: the proxy speaks plain http to the site and
 * passes the public host and `X-Forwarded-Proto: https`. Only the service addresses are swapped for the test
 * stack's, and the container's 0.0.0.0 for 127.0.0.1.
 */
const PUBLIC = 'https://intranet.example'
const repoRoot = fileURLToPath(new URL('../../../', import.meta.url))

interface Answer {
  status: number
  headers: http.IncomingHttpHeaders
  body: string
}

describe('the production site behind a TLS proxy', () => {
  const stack = inject('stack')
  let site: RunningService
  let port: number
  const output: string[] = []

  /** One request as the proxy forwards it. */
  function viaProxy(method: 'GET' | 'POST', target: string, options: { origin?: string; form?: Record<string, string>; cookie?: string } = {}) {
    const body = options.form ? new URLSearchParams(options.form).toString() : undefined
    const headers: http.OutgoingHttpHeaders = {
      Host: 'intranet.example',
      'X-Forwarded-Host': 'intranet.example',
      'X-Forwarded-Proto': 'https',
      'X-Forwarded-For': '203.0.113.7',
      Connection: 'close',
    }
    if (options.origin) headers.Origin = options.origin
    if (options.cookie) headers.Cookie = options.cookie
    if (body !== undefined) Object.assign(headers, { 'Content-Type': 'application/x-www-form-urlencoded', 'Content-Length': Buffer.byteLength(body) })
    return new Promise<Answer>((resolve, reject) => {
      const request = http.request({ host: '127.0.0.1', port, method, path: target, headers }, (response) => {
        let text = ''
        response.setEncoding('utf8')
        response.on('data', (chunk: string) => (text += chunk))
        response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body: text }))
      })
      request.on('error', reject)
      request.end(body)
    })
  }

  const cookieNamed = (answer: Answer, name: string) => answer.headers['set-cookie']?.find((cookie) => cookie.startsWith(`${name}=`))
  const login = (origin: string | undefined, next = '/') =>
    viaProxy('POST', '/login', { origin, form: { email: 'staff@demo.lotse', password: 'lotse-demo', next } })

  beforeAll(async () => {
    const container = siteContainer({ SITE_URL: PUBLIC })
    port = await freePort()
    const [program, ...args] = container.command
    expect(program, 'the Dockerfile starts the site with node').toBe('node')
    site = startService({
      name: 'site (compose settings)',
      command: process.execPath,
      args: args,
      cwd: path.join(repoRoot, container.workdir),
      env: { ...container.env, PATH: process.env.PATH, CMS_URL: stack.cmsUrl, SEARCH_URL: stack.searchUrl, HOST: '127.0.0.1', PORT: String(port) },
      log: (line) => output.push(line),
    })
    await waitFor('the site with the compose settings', () => httpAnswers(`http://127.0.0.1:${port}/health`), 30_000).catch((error: Error) => {
      throw new Error(`${error.message}\n${output.join('\n')}`)
    })
  })

  afterAll(async () => {
    await site?.stop()
  })

  it('signs a person in from the public https origin and sets a Secure session cookie', async () => {
    const answer = await login(PUBLIC, '/search?q=Arbeitszeit')
    expect(answer.status, answer.body.slice(0, 300)).toBe(303)
    expect(answer.headers.location).toBe('/search?q=Arbeitszeit')
    const cookie = cookieNamed(answer, 'payload-token')
    expect(cookie).toBeDefined()
    expect(cookie).toMatch(/; Secure(;|$)/)
    expect(cookie).toMatch(/; HttpOnly(;|$)/)
    expect(cookie).toMatch(/; SameSite=Lax(;|$)/)

    const session = cookie!.split(';')[0]
    const home = await viaProxy('GET', '/', { cookie: session })
    expect(home.status).toBe(200)
    expect(home.body).toMatch(/Guten Tag, [^<]+!/)
  })

  it.each([
    ['another site', 'https://evil.example'],
    ['a look-alike host', 'https://intranet.example.evil.example'],
    ['no Origin header', undefined],
  ])('refuses the login form from %s', async (_name, origin) => {
    const answer = await login(origin)
    expect(answer.status).toBe(403)
    expect(cookieNamed(answer, 'payload-token')).toBeUndefined()
    expect(answer.headers['x-content-type-options']).toBe('nosniff')
  })

  it('the language switch and the logout work through the proxy, with Secure cookies', async () => {
    const session = cookieNamed(await login(PUBLIC), 'payload-token')!.split(';')[0]
    const lang = await viaProxy('POST', '/lang', { origin: PUBLIC, cookie: session, form: { lang: 'en', next: '/search' } })
    expect(lang.status).toBe(303)
    expect(lang.headers.location).toBe('/search')
    expect(cookieNamed(lang, 'lang')).toMatch(/^lang=en;.*; Secure(;|$)/)

    const logout = await viaProxy('POST', '/logout', { origin: PUBLIC, cookie: session })
    expect(logout.status).toBe(303)
    expect(logout.headers.location).toBe('/login?reason=logged-out')
    expect(cookieNamed(logout, 'payload-token')).toMatch(/Expires=Thu, 01 Jan 1970|Max-Age=0/)
  })

  it.each(['/.//evil.example', '/%2e%2e//evil.example', '/%252e%252e//evil.example', '/a/..//evil.example'])(
    'never sends a signed-in person off the site (as `npm start` runs it): /login?next=%s',
    async (next) => {
      const signIn = await fetch(`${stack.siteUrl}/login`, {
        method: 'POST',
        redirect: 'manual',
        headers: { Origin: stack.siteUrl, Connection: 'close' },
        body: new URLSearchParams({ email: 'staff@demo.lotse', password: 'lotse-demo' }),
      })
      const session = signIn.headers.getSetCookie().find((cookie) => cookie.startsWith('payload-token='))?.split(';')[0]
      expect(session, `sign-in answered ${signIn.status}`).toBeDefined()
      const answer = await fetch(`${stack.siteUrl}/login?next=${next}`, { redirect: 'manual', headers: { Cookie: session!, Connection: 'close' } })
      expect(answer.status).toBe(303)
      expect(answer.headers.get('location')).toBe('/')
    },
  )

  it('serves the /_astro assets with nosniff, here and as `npm start` runs the site', async () => {
    const page = await viaProxy('GET', '/login')
    const asset = page.body.match(/\/_astro\/[^"']+\.css/)?.[0]
    expect(asset, 'the login page links a stylesheet under /_astro').toBeDefined()
    for (const base of [`http://127.0.0.1:${port}`, stack.siteUrl]) {
      const response = await fetch(`${base}${asset}`, { headers: { Connection: 'close' } })
      await response.body?.cancel()
      expect(response.status, base).toBe(200)
      expect(response.headers.get('content-type'), base).toMatch(/^text\/css/)
      expect(response.headers.get('x-content-type-options'), base).toBe('nosniff')
    }
  })
})
