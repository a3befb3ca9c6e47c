import http from 'node:http'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { freePort, httpAnswers, waitFor } from '../../../runtime/src/index.ts'
import { startService, type RunningService } from '../../../runtime/src/service.ts'
import { axeViolations, launchBrowser, newGermanContext, screenshot } from './support/browser.ts'

/**
 * The search page against a fixed answer of the search API, as it looks in the contract (DESIGN.md: `suggestions`,
 * `facets`, `searchId`): a second site process talks to the stack's CMS and to a small stand-in for the search API.
 * It shows the spelling suggestions as links, and a result still opens when recording the click fails (the stand-in
 * answers the click with 503 after a long pause).
 */
const repoRoot = fileURLToPath(new URL('../../../', import.meta.url))
const SEARCH_ID = '0b6f5c2e-3d4a-4f1b-9c8d-7e6f5a4b3c2d'
const TITLE = 'Dienstanweisung Arbeitszeit und Gleitzeit'

describe('the search page with suggestions, against a fixed search API answer', () => {
  const stack = inject('stack')
  let fakeSearch: http.Server
  let site: RunningService
  let siteUrl: string
  let browser: Browser
  let context: BrowserContext
  let page: Page
  let documentId: number
  const searches: URLSearchParams[] = []
  const clicks: { body: string; authorization: string | undefined }[] = []
  const output: string[] = []

  beforeAll(async () => {
    const login = await fetch(`${stack.cmsUrl}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'admin@demo.lotse', password: 'lotse-demo' }),
    })
    const { token } = (await login.json()) as { token: string }
    const found = await fetch(`${stack.cmsUrl}/api/documents?where[title][equals]=${encodeURIComponent(TITLE)}&depth=0&limit=1`, { headers: { Authorization: `JWT ${token}` } })
    documentId = ((await found.json()) as { docs: { id: number }[] }).docs[0].id

    fakeSearch = http.createServer((request, response) => {
      const url = new URL(request.url ?? '/', 'http://fake')
      if (request.method === 'GET' && url.pathname === '/search') {
        searches.push(url.searchParams)
        response.setHeader('Content-Type', 'application/json')
        response.end(JSON.stringify({
          hits: url.searchParams.get('q') === 'Arbeitszeit' || url.searchParams.get('q') === 'arbeitzeit'
            ? [{ id: String(documentId), title: TITLE, kind: 'directive', snippet: 'Regelungen zur <mark>Arbeitszeit</mark>', url: `/documents/${documentId}`, sourcePath: null, orgUnit: '10.1', validFrom: null, status: 'published' }]
            : [],
          estimatedTotalHits: 1,
          facets: { kind: { directive: 1 }, orgUnit: { '10.1': 1 }, topics: { Arbeitszeit: 1, Personal: 1 } },
          processingTimeMs: 1,
          suggestions: ['Arbeitszeit', 'Arbeitszeiten'],
          searchId: SEARCH_ID,
        }))
        return
      }
      if (request.method === 'POST' && url.pathname === '/analytics/clicks') {
        let body = ''
        request.on('data', (chunk: Buffer) => (body += chunk.toString()))
        request.on('end', () => {
          clicks.push({ body, authorization: request.headers.authorization })
          // Slower than the site waits for a click, then failing: the person must get to the document anyway.
          setTimeout(() => response.writeHead(503).end(), 5_000).unref()
        })
        return
      }
      response.writeHead(404).end()
    })
    const searchPort = await freePort()
    await new Promise<void>((resolve) => fakeSearch.listen(searchPort, '127.0.0.1', resolve))

    const port = await freePort()
    siteUrl = `http://127.0.0.1:${port}`
    site = startService({
      name: 'site (fixed search answers)',
      command: process.execPath,
      args: ['src/server.ts'],
      cwd: path.join(repoRoot, 'site'),
      env: { PATH: process.env.PATH, CMS_URL: stack.cmsUrl, SEARCH_URL: `http://127.0.0.1:${searchPort}`, HOST: '127.0.0.1', PORT: String(port) },
      log: (line) => output.push(line),
    })
    await waitFor('the site with the stand-in search API', () => httpAnswers(`${siteUrl}/health`), 30_000).catch((error: Error) => {
      throw new Error(`${error.message}\n${output.join('\n')}`)
    })
    browser = await launchBrowser()
    context = await newGermanContext(browser)
    page = await context.newPage()
    await page.goto(`${siteUrl}/login`)
    await page.getByLabel('E-Mail-Adresse').fill('staff@demo.lotse')
    await page.getByLabel('Passwort').fill('lotse-demo')
    await Promise.all([page.waitForURL((url) => url.pathname === '/'), page.getByRole('button', { name: 'Anmelden' }).click()])
  })

  afterAll(async () => {
    await context?.close()
    await browser?.close()
    await site?.stop()
    await new Promise((resolve) => fakeSearch?.close(resolve))
  })

  it('offers the suggestions as links that keep the filters', async () => {
    await page.goto(`${siteUrl}/search?q=arbeitzeit&kind=directive`)
    expect(searches.at(-1)?.toString()).toBe('q=arbeitzeit&limit=10&offset=0&kind=directive')
    const suggestions = page.locator('.suggestions')
    expect((await suggestions.innerText()).replace(/\s+/g, ' ')).toBe('Meinten Sie Arbeitszeit, Arbeitszeiten?')
    expect(await suggestions.getByRole('link', { name: 'Arbeitszeit', exact: true }).getAttribute('href')).toBe('/search?q=Arbeitszeit&kind=directive')
    expect(await suggestions.getByRole('link', { name: 'Arbeitszeiten' }).getAttribute('href')).toBe('/search?q=Arbeitszeiten&kind=directive')
    // The unit filter names the unit (from the CMS), with its short code.
    expect((await page.locator('section[aria-labelledby="facet-orgUnit"] .facet__label').innerText()).replace(/\s+/g, ' ')).toBe('Personal und Organisation 10.1')
    await screenshot(page, '36-search-suggestions')
    expect(await axeViolations(page)).toEqual([])
  })

  it('opens the result although the search API does not record the click', async () => {
    await page.goto(`${siteUrl}/search?q=Arbeitszeit`)
    await Promise.all([page.waitForURL(new RegExp(`/documents/${documentId}$`)), page.getByRole('link', { name: TITLE }).click()])
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(TITLE)
    expect(clicks).toHaveLength(1)
    expect(JSON.parse(clicks[0].body)).toEqual({ searchId: SEARCH_ID, documentId: String(documentId) })
    expect(clicks[0].authorization).toMatch(/^JWT \S+$/)
  })
})
