import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { axeViolations, launchBrowser, newGermanContext, screenshot } from './support/browser.ts'
import { cmsApi } from './support/cmsApi.ts'

/**
 * A staff member narrows a search by kind, unit and topic, switches to documents no longer in force, opens a result
 * (the click reaches search analytics), and browses the documents in force by topic and by unit — never seeing a
 * confidential document of another unit, not even in a count. Checked with axe in German and English, photographed at
 * desktop width and 375 px, and the header stays within a fifth of a phone's screen.
 */
const STAFF = 'staff@demo.lotse'
const PASSWORD = 'lotse-demo'
const SECRET_TITLE = 'Dienstanweisung Kinderschutz: Verfahren bei Gefährdungsmeldungen nach § 8a SGB VIII'

describe('staff filters search results and browses by topic and unit', () => {
  const { siteUrl, cmsUrl, searchUrl } = inject('stack')
  let browser: Browser
  let context: BrowserContext
  let page: Page
  let adminToken: string
  let staffToken: string
  const scripts: string[] = []

  const cms = cmsApi(cmsUrl, PASSWORD)
  const cmsLogin = cms.login
  const cmsGet = (path: string, token = adminToken) => cms.get(path, token)

  const idOf = async (collection: 'org-units' | 'topics', field: 'shortCode' | 'name', value: string): Promise<number> => {
    const { docs } = await cmsGet(`/api/${collection}?where[${field}][equals]=${encodeURIComponent(value)}&depth=0&limit=1`)
    expect(docs, `${collection} ${value}`).toHaveLength(1)
    return docs[0].id
  }

  /** How many documents in force the CMS counts for a where clause, as the holder of `token`. */
  async function inForceCount(where: string, token: string): Promise<number> {
    const now = new Date().toISOString()
    const base = `where[and][0][workflowStatus][equals]=published&where[and][1][or][0][validFrom][exists]=false&where[and][1][or][1][validFrom][less_than_equal]=${now}` +
      `&where[and][2][or][0][validUntil][exists]=false&where[and][2][or][1][validUntil][greater_than]=${now}`
    return (await cmsGet(`/api/documents?${base}&${where}&limit=1&depth=0`, token)).totalDocs
  }

  async function searchReport(): Promise<{ noClicks: { query: string }[]; topQueries: { query: string }[] }> {
    const response = await fetch(`${searchUrl}/analytics/searches?days=1`, { headers: { Authorization: `JWT ${adminToken}` } })
    expect(response.status).toBe(200)
    return response.json() as Promise<{ noClicks: { query: string }[]; topQueries: { query: string }[] }>
  }

  async function expectAccessible(name: string) {
    await screenshot(page, name)
    const violations = await axeViolations(page)
    expect(violations, `axe violations on ${name}:\n${JSON.stringify(violations, null, 2)}`).toEqual([])
  }

  async function expectFitsPhone(name: string) {
    await page.setViewportSize({ width: 375, height: 812 })
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
    expect(overflow, `horizontal scrolling at 375 px on ${name}`).toBeLessThanOrEqual(0)
    await screenshot(page, `${name}-375px`)
    await page.setViewportSize({ width: 1280, height: 900 })
  }

  const mainText = async () => (await page.locator('main').innerText()).replace(/\s+/g, ' ')
  const resultTitles = () => page.locator('.result__title').allInnerTexts()

  /** Searches through the form and waits until the index has caught up with the demo content (filled after start-up). */
  async function search(query: string, expectedTitle: string) {
    const deadline = Date.now() + 30_000
    await page.goto(`${siteUrl}/search?q=${encodeURIComponent(query)}`)
    while ((await page.getByRole('link', { name: expectedTitle }).count()) === 0 && Date.now() < deadline) {
      await page.waitForTimeout(1_000)
      await page.reload()
    }
    expect(await page.getByRole('link', { name: expectedTitle }).count(), `search for ${query}`).toBeGreaterThan(0)
  }

  beforeAll(async () => {
    adminToken = await cmsLogin('admin@demo.lotse')
    staffToken = await cmsLogin(STAFF)
    browser = await launchBrowser()
    context = await newGermanContext(browser)
    page = await context.newPage()
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url())
    })
    await page.goto(`${siteUrl}/login`)
    await page.getByLabel('E-Mail-Adresse').fill(STAFF)
    await page.getByLabel('Passwort').fill(PASSWORD)
    await Promise.all([page.waitForURL((url) => url.pathname === '/'), page.getByRole('button', { name: 'Anmelden' }).click()])
  })

  afterAll(async () => {
    await context?.close()
    await browser?.close()
  })

  it('keeps the header within a fifth of a 375 × 812 phone screen, with every navigation link on screen', async () => {
    await page.setViewportSize({ width: 375, height: 812 })
    for (const path of ['/', '/search?q=Antrag', '/topics']) {
      await page.goto(`${siteUrl}${path}`)
      const header = await page.locator('.site-header').boundingBox()
      expect(header!.height, `header height on ${path}`).toBeLessThanOrEqual(812 * 0.2)
      for (const link of await page.locator('.site-nav a').all()) {
        const box = (await link.boundingBox())!
        expect(box.x >= 0 && box.x + box.width <= 375, `${await link.innerText()} on screen`).toBe(true)
      }
      expect(await page.getByRole('button', { name: 'Abmelden' }).isVisible()).toBe(true)
      // The name is hidden on phones to save room, but still read out.
      expect(await page.locator('.site-header__name .visually-hidden').textContent()).toMatch(/^Angemeldet als /)
    }
    expect(await page.locator('.site-nav a').allInnerTexts()).toEqual(['Themen', 'Organisation', 'Lesebestätigungen'])
    await page.setViewportSize({ width: 1280, height: 900 })
  })

  it('narrows results by kind, unit (by name) and topic, and removes a filter again', async () => {
    await search('Antrag', 'Arbeitshilfe Antrag auf Bürgergeld')
    const facets = page.getByRole('navigation', { name: 'Ergebnisse eingrenzen' })
    expect(await facets.getByRole('heading', { level: 3 }).allInnerTexts()).toEqual(['Art', 'Zuständige Einheit', 'Thema'])
    const unitOptions = (await facets.locator('section[aria-labelledby="facet-orgUnit"] .facet__label').allInnerTexts()).map((text) => text.replace(/\s+/g, ' '))
    expect(unitOptions).toContain('Personal und Organisation 10.1')
    expect(unitOptions).toContain('Wohngeld 50.2')
    const total = Number((await page.locator('.result-count').innerText()).match(/^\d+/)![0])
    await expectAccessible('30-search-facets')
    await expectFitsPhone('30-search-facets')
    // On a phone the filters are folded above the results, one tap away.
    await page.setViewportSize({ width: 375, height: 812 })
    const folded = page.locator('details.facets--disclosure')
    expect(await folded.getAttribute('open')).toBeNull()
    expect(await facets.isVisible()).toBe(false)
    await folded.locator('summary').click()
    expect(await folded.getByRole('link', { name: /^Formular/ }).isVisible()).toBe(true)
    await expectAccessible('30-search-facets-375px-open')
    await page.setViewportSize({ width: 1280, height: 900 })

    // Keyboard users can jump past the filters to the results.
    const skip = facets.getByRole('link', { name: 'Filter überspringen, zu den Suchergebnissen' })
    await skip.focus()
    expect(await skip.isVisible()).toBe(true)
    await page.keyboard.press('Enter')
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('results')

    // Kind, by keyboard: the filter is a link.
    const form = facets.locator('section[aria-labelledby="facet-kind"] a', { hasText: 'Formular' })
    const formCount = Number(await form.locator('.facet__count').evaluate((element) => element.firstChild!.textContent))
    await form.focus()
    await Promise.all([page.waitForURL(/[?&]kind=form(&|$)/), page.keyboard.press('Enter')])
    const badges = await page.locator('.result__meta .badge:first-child').allInnerTexts()
    expect(badges.length).toBeGreaterThan(0)
    expect(new Set(badges)).toEqual(new Set(['Formular']))
    expect(await page.locator('.result-count').innerText()).toMatch(new RegExp(`^${formCount} Treffer`))
    expect(formCount).toBeLessThan(total)
    const selected = facets.locator('a[aria-current="true"]')
    expect(await selected.innerText()).toMatch(/Formular[\s\S]*Filter entfernen/)

    // Unit, by name: every result is that unit's.
    await Promise.all([page.waitForURL(/orgUnit=50\.2/), facets.locator('a', { hasText: 'Wohngeld' }).first().click()])
    const metas = await page.locator('.result__meta').allInnerTexts()
    expect(metas.length).toBeGreaterThan(0)
    expect(metas.every((meta) => meta.includes('Wohngeld (50.2)'))).toBe(true)
    expect(await resultTitles()).toContain('Formular: Antrag auf Mietzuschuss (Wohngeld)')

    // Removing the kind keeps the unit.
    await Promise.all([page.waitForURL((url) => !url.searchParams.has('kind')), facets.locator('a[aria-current="true"]', { hasText: 'Formular' }).click()])
    expect(new URL(page.url()).searchParams.get('orgUnit')).toBe('50.2')
    expect(await resultTitles()).toContain('Arbeitshilfe Wohngeldantrag prüfen')

    // Topic.
    await page.goto(`${siteUrl}/search?q=Antrag`)
    await Promise.all([page.waitForURL(/topic=Dienstreisen/), facets.locator('a', { hasText: 'Dienstreisen' }).click()])
    expect(await resultTitles()).toEqual(['Formular: Antrag auf Dienstreise'])
  })

  it('finds documents no longer in force only with the switch on', async () => {
    const expired = 'Arbeitshilfe: Einkommen Selbständiger bereinigen'
    await page.goto(`${siteUrl}/search?q=${encodeURIComponent('Einkommen Selbständiger')}`)
    expect(await resultTitles()).not.toContain(expired)
    const checkbox = page.getByLabel('Auch nicht mehr gültige Dokumente anzeigen')
    expect(await checkbox.isChecked()).toBe(false)
    await checkbox.check()
    await Promise.all([page.waitForURL(/validity=all/), page.getByRole('button', { name: 'Suchen' }).click()])
    expect(await resultTitles()).toContain(expired)
    expect(await page.getByLabel('Auch nicht mehr gültige Dokumente anzeigen').isChecked()).toBe(true)
    // Filters and the switch survive paging and a facet click.
    expect(await page.locator('.facets a.facet').first().getAttribute('href')).toContain('validity=all')
  })

  it('shows a helpful empty state that offers to drop the filters', async () => {
    await page.goto(`${siteUrl}/search?q=Reisekosten&kind=news`)
    const text = await mainText()
    expect(text).toContain('Keine Treffer für „Reisekosten“')
    expect(text).toContain('Mit den gewählten Filtern gibt es keine Treffer.')
    await Promise.all([page.waitForURL(/\/search\?q=Reisekosten$/), page.getByRole('link', { name: 'Ohne Filter suchen' }).click()])
    expect(await resultTitles()).toContain('Dienstanweisung Reisekosten')
    await page.goto(`${siteUrl}/search?q=Reisekosten&kind=news`)
    await expectAccessible('35-search-filtered-empty')
  })

  it('records a result click for search analytics and still opens the document', async () => {
    const query = 'Reisekosten'
    await search(query, 'Dienstanweisung Reisekosten')
    await expect.poll(async () => (await searchReport()).noClicks.map((row) => row.query)).toContain('reisekosten')
    const link = page.getByRole('link', { name: 'Dienstanweisung Reisekosten' })
    expect(await link.getAttribute('href')).toMatch(/^\/search\/click\?s=[0-9a-f-]{36}&d=\d+&sig=[\w-]{22}$/)
    await Promise.all([page.waitForURL(/\/documents\/\d+$/), link.click()])
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Dienstanweisung Reisekosten')
    const report = await searchReport()
    expect(report.topQueries.map((row) => row.query)).toContain('reisekosten')
    expect(report.noClicks.map((row) => row.query)).not.toContain('reisekosten')
  })

  it('never redirects off the site, whatever the click link says', async () => {
    for (const d of ['//evil.example', 'https://evil.example/', '/\\evil.example']) {
      const response = await context.request.get(`${siteUrl}/search/click?d=${encodeURIComponent(d)}`, { maxRedirects: 0 })
      expect(response.status(), d).toBe(400)
    }
    const forged = await context.request.get(`${siteUrl}/search/click?d=7&s=0b6f5c2e-3d4a-4f1b-9c8d-7e6f5a4b3c2d&sig=${'A'.repeat(22)}&to=https://evil.example/`, { maxRedirects: 0 })
    expect(forged.status()).toBe(303)
    expect(forged.headers().location).toBe('/documents/7')
  })

  it('lists the topics as a tree and a topic\'s documents in force, linked from the document', async () => {
    await page.goto(`${siteUrl}/topics`)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Themen')
    const personal = page.locator('.tree > li', { has: page.getByRole('link', { name: 'Personal', exact: true }) })
    expect(await personal.locator('.tree a').allInnerTexts()).toEqual(['Arbeitszeit', 'Dienstreisen', 'Fortbildung', 'Urlaub'])
    await expectAccessible('31-topics')
    await expectFitsPhone('31-topics')

    await Promise.all([page.waitForURL(/\/topics\/\d+$/), page.getByRole('link', { name: 'Arbeitszeit', exact: true }).click()])
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Arbeitszeit')
    expect(await page.getByRole('navigation', { name: 'Sie sind hier' }).getByRole('link').allInnerTexts()).toEqual(['Themen', 'Personal', 'Arbeitszeit'])
    const titles = await page.locator('.item__title').allInnerTexts()
    expect(titles).toContain('Dienstanweisung Arbeitszeit und Gleitzeit')
    const topicId = Number(new URL(page.url()).pathname.split('/').pop())
    expect(await page.locator('.result-count').innerText()).toBe(`${await inForceCount(`where[topics][in][0]=${topicId}`, staffToken)} Dokumente sind zurzeit in Kraft.`)
    await expectAccessible('32-topic')
    await expectFitsPhone('32-topic')

    // From a document's metadata to its topic and unit.
    await Promise.all([page.waitForURL(/\/documents\/\d+$/), page.getByRole('link', { name: 'Dienstanweisung Arbeitszeit und Gleitzeit' }).click()])
    const meta = page.locator('.meta-list')
    expect(await meta.getByRole('link', { name: 'Arbeitszeit' }).getAttribute('href')).toBe(`/topics/${topicId}`)
    const unitId = await idOf('org-units', 'shortCode', '10.1')
    expect(await meta.getByRole('link', { name: 'Personal und Organisation' }).getAttribute('href')).toBe(`/units/${unitId}`)
  })

  it('lists the org tree with names and short codes, and a unit\'s documents in force', async () => {
    await page.goto(`${siteUrl}/units`)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Organisation')
    const amt50 = page.locator('.tree > li', { has: page.getByRole('link', { name: 'Amt für Soziale Dienste', exact: true }) })
    expect((await amt50.locator(':scope > .secondary').innerText()).trim()).toBe('Amt 50')
    const leistungen = amt50.locator('li', { has: page.getByRole('link', { name: 'Leistungen nach SGB II/XII', exact: true }) })
    expect((await leistungen.locator('.tree a').allInnerTexts())).toEqual(['Team Eingangszone und Antragsannahme', 'Team Hilfe zur Pflege'])
    await expectAccessible('33-units')
    await expectFitsPhone('33-units')

    await Promise.all([page.waitForURL(/\/units\/\d+$/), page.getByRole('link', { name: 'Leistungen nach SGB II/XII', exact: true }).click()])
    expect((await page.getByRole('heading', { level: 1 }).innerText()).replace(/\s+/g, ' ')).toBe('Leistungen nach SGB II/XII 50.1')
    expect(await page.getByRole('navigation', { name: 'Sie sind hier' }).getByRole('link').allInnerTexts()).toEqual(['Organisation', 'Amt für Soziale Dienste', 'Leistungen nach SGB II/XII'])
    expect(await page.locator('#children-heading + .chips a').count()).toBe(2)
    const titles = await page.locator('.item__title').allInnerTexts()
    expect(titles).toContain('Weisung 2026/03: Angemessenheit der Kosten der Unterkunft')
    // Only what is in force: not the superseded, not the expired.
    expect(titles).not.toContain('Weisung 2025/04: Angemessenheit der Kosten der Unterkunft')
    expect(titles).not.toContain('Arbeitshilfe: Einkommen Selbständiger bereinigen')
    await expectAccessible('34-unit')
    await expectFitsPhone('34-unit')

    // Beyond the last page: says so and leads back.
    await page.goto(`${page.url()}?page=50`)
    expect(await mainText()).toContain('Auf dieser Seite sind keine Dokumente mehr.')
  })

  it('answers 404 for unknown units and topics', async () => {
    for (const path of ['/units/999999', '/topics/999999', '/units/abc', '/topics/1%20OR%201=1']) {
      const response = await page.goto(`${siteUrl}${path}`)
      expect(response!.status(), path).toBe(404)
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Seite nicht gefunden')
    }
  })

  it('never shows a confidential document of another unit on the browse pages, not even in a count', async () => {
    const unitId = await idOf('org-units', 'shortCode', '50.3')
    const topicId = await idOf('topics', 'name', 'Kinderschutz')
    // The document is in force: an admin's list has it, so a page that leaked would show it.
    const { docs } = await cmsGet(`/api/documents?where[title][equals]=${encodeURIComponent(SECRET_TITLE)}&depth=0`)
    expect(docs).toEqual([expect.objectContaining({ ownerUnit: unitId, classification: 'confidential', workflowStatus: 'published' })])
    const adminUnitCount = await inForceCount(`where[ownerUnit][equals]=${unitId}`, adminToken)
    const staffUnitCount = await inForceCount(`where[ownerUnit][equals]=${unitId}`, staffToken)
    expect(adminUnitCount).toBeGreaterThan(staffUnitCount)

    await page.goto(`${siteUrl}/units/${unitId}`)
    expect(await mainText()).not.toContain('Kinderschutz:')
    expect(await mainText()).not.toContain('Gefährdung')
    const count = page.locator('.result-count')
    if (staffUnitCount === 0) expect(await mainText()).toContain('Diese Einheit hat zurzeit keine gültigen Dokumente veröffentlicht, die Sie lesen können.')
    else expect(await count.innerText()).toMatch(new RegExp(`^${staffUnitCount} Dokument`))
    expect(await mainText()).not.toContain(`${adminUnitCount} Dokumente`)

    expect(await inForceCount(`where[topics][in][0]=${topicId}`, adminToken)).toBeGreaterThan(0)
    await page.goto(`${siteUrl}/topics/${topicId}`)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Kinderschutz')
    expect(await page.locator('.item').count()).toBe(0)
    expect(await mainText()).toContain('Zu diesem Thema gibt es zurzeit keine gültigen Dokumente, die Sie lesen können.')
  })

  it('has no axe violations on the browse pages and the filtered search in English', async () => {
    await page.goto(`${siteUrl}/topics`)
    await Promise.all([page.waitForURL(`${siteUrl}/topics`), page.getByRole('button', { name: 'English' }).click()])
    expect(await page.locator('html').getAttribute('lang')).toBe('en')
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Topics')
    await expectAccessible('40-topics-en')
    await Promise.all([page.waitForURL(/\/topics\/\d+$/), page.getByRole('link', { name: 'Urlaub', exact: true }).click()])
    expect(await page.getByRole('heading', { name: 'Documents in force' }).count()).toBe(1)
    await expectAccessible('41-topic-en')
    await page.goto(`${siteUrl}/units`)
    expect(await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Organisation' }).getAttribute('aria-current')).toBe('page')
    await expectAccessible('42-units-en')
    await Promise.all([page.waitForURL(/\/units\/\d+$/), page.getByRole('link', { name: 'Wohngeld', exact: true }).click()])
    expect(await page.getByRole('heading', { name: 'Documents in force' }).count()).toBe(1)
    await expectAccessible('43-unit-en')
    await page.goto(`${siteUrl}/search?q=Antrag&kind=form`)
    expect(await page.getByRole('heading', { name: 'Narrow the results' }).count()).toBe(1)
    await expectAccessible('44-search-facets-en')
  })

  it('loaded no JavaScript on any page', () => {
    expect(scripts).toEqual([])
  })
})
