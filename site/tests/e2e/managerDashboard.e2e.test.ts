import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { axeViolations, launchBrowser, newGermanContext, screenshot } from './support/browser.ts'
import { cmsApi } from './support/cmsApi.ts'

/**
 * A manager steers with the dashboard while staff work: the manager of Wohngeld (50.2) sees the read-confirmation
 * completion of their unit; staff@demo.lotse (50.2) confirms a directive and the completion rises, and their name
 * leaves the unit's "not confirmed yet" list; feedback staff send reaches the dashboard of the owning unit's manager;
 * a search without results shows up under "searched for and not found"; staff get 403. Axe in German and English,
 * screenshots at desktop width and 375 px.
 */
const PASSWORD = 'lotse-demo'
const STAFF = 'staff@demo.lotse'
const STAFF_NAME = 'Stefan Schulz'
const MANAGER = 'frank.lehmann@demo.lotse'

describe('a manager works with the dashboard', () => {
  const { siteUrl, cmsUrl } = inject('stack')
  let browser: Browser
  const contexts: BrowserContext[] = []
  let staff: Page
  let manager: Page
  let adminToken: string
  const scripts: string[] = []

  const cms = cmsApi(cmsUrl, PASSWORD)
  const cmsLogin = cms.login
  const cmsGet = (path: string, token = adminToken) => cms.get(path, token)

  async function signedIn(email: string): Promise<Page> {
    const context = await newGermanContext(browser)
    contexts.push(context)
    const page = await context.newPage()
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url())
    })
    await page.goto(`${siteUrl}/login`)
    await page.getByLabel('E-Mail-Adresse').fill(email)
    await page.getByLabel('Passwort').fill(PASSWORD)
    await Promise.all([page.waitForURL((url) => url.pathname === '/'), page.getByRole('button', { name: 'Anmelden' }).click()])
    return page
  }

  async function expectAccessible(page: Page, name: string) {
    await screenshot(page, name)
    const violations = await axeViolations(page)
    expect(violations, `axe violations on ${name}:\n${JSON.stringify(violations, null, 2)}`).toEqual([])
  }

  async function expectFitsPhone(page: Page, name: string) {
    await page.setViewportSize({ width: 375, height: 800 })
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
    expect(overflow, `horizontal scrolling at 375 px on ${name}`).toBeLessThanOrEqual(0)
    await screenshot(page, `${name}-375px`)
    await page.setViewportSize({ width: 1280, height: 900 })
  }

  /** The manager's row of a directive in the completion table: its "Bestätigt" cell ("3 von 4"). */
  async function confirmedCell(title: string): Promise<string> {
    await manager.goto(`${siteUrl}/dashboard`)
    const row = manager.locator('table.data-table tbody tr', { has: manager.getByRole('link', { name: title, exact: true }) })
    expect(await row.count(), `row of ${title}`).toBe(1)
    return (await row.locator('td').nth(1).innerText()).trim()
  }

  beforeAll(async () => {
    adminToken = await cmsLogin('admin@demo.lotse')
    browser = await launchBrowser()
    staff = await signedIn(STAFF)
    manager = await signedIn(MANAGER)
  })

  afterAll(async () => {
    for (const context of contexts) await context.close()
    await browser?.close()
  })

  it('answers staff with 403 and a way to their own confirmations, and shows them no dashboard link', async () => {
    expect(await staff.getByRole('link', { name: 'Führungsübersicht' }).count()).toBe(0)
    const response = await staff.goto(`${siteUrl}/dashboard`)
    expect(response!.status()).toBe(403)
    expect(await staff.getByRole('heading', { level: 2, name: 'Diese Übersicht ist für Führungskräfte' }).count()).toBe(1)
    expect(await staff.locator('main table').count()).toBe(0)
    await expectAccessible(staff, '30-dashboard-staff-403')
  })

  let title = ''

  it("shows the manager their unit's completion, and it rises when staff confirm", async () => {
    await manager.goto(siteUrl)
    await Promise.all([manager.waitForURL(/\/dashboard$/), manager.getByRole('link', { name: 'Führungsübersicht' }).click()])
    expect(await manager.getByRole('heading', { level: 1 }).textContent()).toBe('Übersicht für Führungskräfte')
    expect(await manager.locator('.lead').innerText()).toContain('Wohngeld')

    const { pending } = await cmsGet('/api/acknowledgements/pending', await cmsLogin(STAFF))
    expect(pending.length, 'staff@demo.lotse has open read confirmations').toBeGreaterThan(0)
    title = pending[0].title
    const before = (await confirmedCell(title)).match(/^(\d+) von (\d+)$/)
    expect(before, 'the cell reads "n von m"').not.toBeNull()
    const [done, all] = [Number(before![1]), Number(before![2])]
    expect(done).toBeLessThan(all)

    await manager.getByRole('link', { name: `Einheiten und Namen zu ${title}` }).click()
    const detail = manager.locator('section.dashboard__detail')
    expect(await detail.getByRole('heading', { level: 2 }).textContent()).toBe(`Lesebestätigungen: ${title}`)
    expect(await detail.locator('tr', { hasText: 'Wohngeld (50.2)' }).innerText()).toContain(STAFF_NAME)
    await expectAccessible(manager, '31-dashboard-detail')

    await staff.goto(`${siteUrl}/documents/${pending[0].id}`)
    await Promise.all([staff.waitForURL(/\?ack=confirmed#acknowledgement$/), staff.getByRole('button', { name: 'Gelesen und verstanden' }).click()])

    expect(await confirmedCell(title)).toBe(`${done + 1} von ${all}`)
    await manager.goto(`${siteUrl}/dashboard?document=${pending[0].id}`)
    expect(await manager.locator('section.dashboard__detail tr', { hasText: 'Wohngeld (50.2)' }).innerText()).not.toContain(STAFF_NAME)
  })

  it("brings staff's feedback to the dashboard of the owning unit's manager", async () => {
    const { docs } = await cmsGet(`/api/documents?where[title][equals]=${encodeURIComponent('Dienstanweisung Arbeitszeit und Gleitzeit')}&depth=0&limit=1`)
    const doc = docs[0]
    await staff.goto(`${siteUrl}/documents/${doc.id}`)
    const comment = `Gleitzeitrahmen stimmt nicht mehr (${Date.now()})`
    await staff.getByLabel('Fehlerhaft').check()
    await staff.getByLabel('Ihr Hinweis (freiwillig)').fill(comment)
    await Promise.all([staff.waitForURL(/\?feedback=sent#feedback$/), staff.getByRole('button', { name: 'Rückmeldung senden' }).click()])

    const { docs: owners } = await cmsGet(`/api/users?where[managerOf][in]=${doc.ownerUnit}&depth=0&limit=1`)
    expect(owners).toHaveLength(1)
    const owner = owners[0].email === MANAGER ? manager : await signedIn(owners[0].email)
    await owner.goto(`${siteUrl}/dashboard`)
    const row = owner.locator('section[aria-labelledby="feedback-heading"] tr', { hasText: comment })
    expect(await row.count()).toBe(1)
    expect(await row.innerText()).toContain('Fehlerhaft')
    // Not on the dashboard of a manager of another unit.
    if (owner !== manager) expect(await (await manager.goto(`${siteUrl}/dashboard`))!.text()).not.toContain(comment)
  })

  it('lists what staff of the unit searched for and did not find', async () => {
    const query = `Dienstfahrradleasing${Date.now() % 1000}`
    await staff.goto(`${siteUrl}/search?q=${encodeURIComponent(query)}`)
    // The search API records a search after answering it.
    await expect
      .poll(async () => {
        await manager.goto(`${siteUrl}/dashboard`)
        return (await manager.locator('section[aria-labelledby="search-heading"]').innerText()).toLowerCase()
      }, { timeout: 30_000, interval: 1_000 })
      .toContain(query.toLowerCase())
  })

  it('has no axe violations and fits a phone, in German and English', async () => {
    await manager.goto(`${siteUrl}/dashboard`)
    await expectAccessible(manager, '32-dashboard')
    await expectFitsPhone(manager, '32-dashboard')
    await Promise.all([manager.waitForURL(`${siteUrl}/dashboard`), manager.getByRole('button', { name: 'English' }).click()])
    expect(await manager.getByRole('heading', { level: 1 }).textContent()).toBe('Manager dashboard')
    await expectAccessible(manager, '33-dashboard-en')
    await manager.goto(`${siteUrl}/dashboard?document=999999`)
    expect(await manager.locator('section.dashboard__detail').innerText()).toContain('no read confirmations for this document that you may see')
  })

  it('loaded no JavaScript on any page', () => {
    expect(scripts).toEqual([])
  })
})
