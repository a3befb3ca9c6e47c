import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { axeViolations, launchBrowser, newGermanContext, screenshot } from './support/browser.ts'

/**
 * A staff member finds a directive: the site sends them to the login, they sign in, search for "Arbeitszeit",
 * open the seeded "Dienstanweisung Arbeitszeit und Gleitzeit" and read it. Every page on the way has no axe
 * violations and loads no JavaScript.
 */
const DOCUMENT_TITLE = 'Dienstanweisung Arbeitszeit und Gleitzeit'

describe('staff finds a document', () => {
  const { siteUrl } = inject('stack')
  let browser: Browser
  let context: BrowserContext
  let page: Page
  const scripts: string[] = []

  beforeAll(async () => {
    browser = await launchBrowser()
    context = await newGermanContext(browser)
    page = await context.newPage()
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url())
    })
  })

  afterAll(async () => {
    await context?.close()
    await browser?.close()
  })

  async function expectAccessible(name: string) {
    await screenshot(page, name)
    const violations = await axeViolations(page)
    expect(violations, `axe violations on ${name}:\n${JSON.stringify(violations, null, 2)}`).toEqual([])
  }

  it('sends an anonymous visitor to the login page', async () => {
    const response = await page.goto(siteUrl)
    expect(new URL(page.url()).pathname).toBe('/login')
    const headers = response!.headers()
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'")
    expect(headers['content-security-policy']).toContain("script-src 'self'")
    expect(headers['x-content-type-options']).toBe('nosniff')
    expect(headers['referrer-policy']).toBe('same-origin')
    expect(await page.locator('html').getAttribute('lang')).toBe('de')
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('login-email')
    await expectAccessible('01-login')
  })

  it('says clearly when the password is wrong', async () => {
    await page.getByLabel('E-Mail-Adresse').fill('staff@demo.lotse')
    await page.getByLabel('Passwort').fill('falsch')
    await page.getByRole('button', { name: 'Anmelden' }).click()
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('nicht korrekt')
    expect(new URL(page.url()).pathname).toBe('/login')
    await expectAccessible('02-login-error')
  })

  it('signs in a staff member and greets them on the start page', async () => {
    await page.getByLabel('E-Mail-Adresse').fill('staff@demo.lotse')
    await page.getByLabel('Passwort').fill('lotse-demo')
    await Promise.all([page.waitForURL((url) => url.pathname === '/'), page.getByRole('button', { name: 'Anmelden' }).click()])
    const cookie = (await context.cookies()).find((c) => c.name === 'payload-token')
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' })
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toMatch(/^Guten Tag, .+!$/)
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('q')
    await expectAccessible('03-home')
  })

  it('finds the directive by a word of its text', async () => {
    const result = page.getByRole('link', { name: DOCUMENT_TITLE })
    // The search index is filled asynchronously from the CMS outbox: give it a few seconds after start-up.
    const deadline = Date.now() + 30_000
    await page.getByLabel('Suchbegriff').fill('Arbeitszeit')
    await Promise.all([page.waitForURL(/\/search\?q=Arbeitszeit/), page.getByLabel('Suchbegriff').press('Enter')])
    while ((await result.count()) === 0 && Date.now() < deadline) {
      await page.waitForTimeout(1_000)
      await page.reload()
    }
    const shown = async () => (await page.locator('main').innerText()).slice(0, 500)
    expect(await result.count(), `search page shows:\n${await shown()}`).toBeGreaterThan(0)
    expect(await page.getByRole('status').first().textContent()).toMatch(/Treffer für „Arbeitszeit“/)
    expect(await page.locator('.result mark').count()).toBeGreaterThan(0)
    await expectAccessible('04-search')
  })

  it('opens the document and shows its title, kind and text', async () => {
    await Promise.all([
      page.waitForURL(/\/documents\/[^/]+$/),
      page.getByRole('link', { name: DOCUMENT_TITLE }).first().click(),
    ])
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(DOCUMENT_TITLE)
    expect(await page.locator('.document__kind').textContent()).toContain('Dienstanweisung')
    expect(await page.getByRole('heading', { name: 'Gleitzeitrahmen und Kernzeit' }).count()).toBe(1)
    expect(await page.locator('.meta-list').innerText()).toMatch(/Zuletzt aktualisiert\s+\d{1,2}\. \p{L}+ \d{4}/u)
    await expectAccessible('05-document')
    await page.setViewportSize({ width: 375, height: 800 })
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
    expect(overflow, 'horizontal scrolling at 375 px').toBeLessThanOrEqual(0)
    await screenshot(page, '06-document-375px')
  })

  it('switches to English and back, staying on the page', async () => {
    await page.setViewportSize({ width: 1280, height: 900 })
    const documentUrl = page.url()
    await Promise.all([page.waitForURL(documentUrl), page.getByRole('button', { name: 'English' }).click()])
    expect(await page.locator('html').getAttribute('lang')).toBe('en')
    expect(await page.locator('.meta-list').innerText()).toMatch(/Last updated\s+\d{1,2} \p{L}+ \d{4}/u)
    await Promise.all([page.waitForURL(documentUrl), page.getByRole('button', { name: 'Deutsch' }).click()])
    expect(await page.locator('html').getAttribute('lang')).toBe('de')
  })

  it('shows the same not-found page for unknown documents', async () => {
    const response = await page.goto(`${siteUrl}/documents/999999999`)
    expect(response!.status()).toBe(404)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Seite nicht gefunden')
  })

  it('signs out', async () => {
    await Promise.all([page.waitForURL(/\/login/), page.getByRole('button', { name: 'Abmelden' }).click()])
    expect(await page.getByRole('status').textContent()).toContain('abgemeldet')
    expect((await context.cookies()).find((c) => c.name === 'payload-token')).toBeUndefined()
    await page.goto(siteUrl)
    expect(new URL(page.url()).pathname).toBe('/login')
  })

  it('loaded no JavaScript on any page', () => {
    expect(scripts).toEqual([])
  })
})
