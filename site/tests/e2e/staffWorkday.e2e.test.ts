import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { axeViolations, launchBrowser, newGermanContext, screenshot } from './support/browser.ts'
import { cmsApi } from './support/cmsApi.ts'

/**
 * A staff member's morning with the demo content: the start page shows their open read confirmations, they confirm
 * one on the directive's page and it leaves the list; they send feedback that reaches the owning unit; expired,
 * future and superseded documents say so with links between versions; attachments download as files; a confidential
 * document of another unit stays out of reach by URL, search and attachment link. Every page is checked with axe in
 * German and English and photographed at desktop width and 375 px.
 */
const STAFF = 'staff@demo.lotse'
const PASSWORD = 'lotse-demo'

describe('a staff member works with the intranet', () => {
  const { siteUrl, cmsUrl } = inject('stack')
  let browser: Browser
  let context: BrowserContext
  let page: Page
  let adminToken: string
  const scripts: string[] = []

  const cms = cmsApi(cmsUrl, PASSWORD)
  const cmsLogin = cms.login
  const cmsGet = (path: string, token = adminToken) => cms.get(path, token)

  async function documentByTitle(title: string): Promise<{ id: number; ownerUnit: { id: number; name: string } }> {
    const { docs } = await cmsGet(`/api/documents?where[title][equals]=${encodeURIComponent(title)}&depth=1&limit=1`)
    expect(docs, title).toHaveLength(1)
    return docs[0]
  }

  async function expectAccessible(name: string) {
    await screenshot(page, name)
    const violations = await axeViolations(page)
    expect(violations, `axe violations on ${name}:\n${JSON.stringify(violations, null, 2)}`).toEqual([])
  }

  async function expectFitsPhone(name: string) {
    await page.setViewportSize({ width: 375, height: 800 })
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
    expect(overflow, `horizontal scrolling at 375 px on ${name}`).toBeLessThanOrEqual(0)
    await screenshot(page, `${name}-375px`)
    await page.setViewportSize({ width: 1280, height: 900 })
  }

  const mainText = async () => (await page.locator('main').innerText()).replace(/\s+/g, ' ')

  beforeAll(async () => {
    adminToken = await cmsLogin('admin@demo.lotse')
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

  let confirmedTitle = ''

  it('shows open read confirmations on the start page, overdue first, with due dates', async () => {
    const pending = page.locator('section[aria-labelledby="pending-heading"] .item')
    expect(await pending.count()).toBeGreaterThan(0)
    const texts = await pending.allInnerTexts()
    // The demo leaves staff@demo.lotse's overdue rounds open, and they come first.
    expect(texts[0]).toMatch(/überfällig seit \d{1,2}\. \p{L}+ \d{4}/u)
    const overdue = texts.map((text) => /überfällig/.test(text))
    expect(overdue, 'overdue first').toEqual([...overdue].sort((a, b) => Number(b) - Number(a)))
    expect(await page.getByRole('heading', { name: 'Neu oder geändert in den letzten 30 Tagen' }).count()).toBe(1)
    expect(await page.locator('section[aria-labelledby="changed-heading"] .item').count()).toBeGreaterThan(0)
    expect(await page.locator('section[aria-labelledby="unit-heading"] .item').count()).toBeGreaterThan(0)
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('q')
    await expectAccessible('10-home')
    await expectFitsPhone('10-home')
  })

  it('confirms a directive as read on its page, and the start page no longer lists it', async () => {
    const first = page.locator('section[aria-labelledby="pending-heading"] .item__title').first()
    confirmedTitle = (await first.textContent())!.trim()
    await Promise.all([page.waitForURL(/\/documents\/\d+#acknowledgement$/), first.click()])
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(confirmedTitle)
    expect(await page.locator('#status').innerText()).toContain('In Kraft')
    expect(await page.locator('#acknowledgement').innerText()).toMatch(/Frist für Ihre Lesebestätigung ist am .+ abgelaufen/)
    await expectAccessible('11-document-to-confirm')
    await expectFitsPhone('11-document-to-confirm')

    await Promise.all([page.waitForURL(/\?ack=confirmed#acknowledgement$/), page.getByRole('button', { name: 'Gelesen und verstanden' }).click()])
    expect(await page.getByRole('status').first().textContent()).toBe('Danke – Ihre Lesebestätigung ist gespeichert.')
    expect(await page.locator('#acknowledgement').innerText()).toMatch(/am \d{1,2}\. \p{L}+ \d{4} als gelesen und verstanden bestätigt/u)
    expect(await page.getByRole('button', { name: 'Gelesen und verstanden' }).count()).toBe(0)
    await expectAccessible('12-document-confirmed')

    await page.goto(siteUrl)
    expect(await page.locator('section[aria-labelledby="pending-heading"]').innerText()).not.toContain(confirmedTitle)
  })

  it('lists the confirmation as done on /acknowledgements, with its date', async () => {
    await page.goto(`${siteUrl}/acknowledgements`)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Meine Lesebestätigungen')
    const done = page.locator('table tbody tr', { hasText: confirmedTitle })
    expect(await done.count()).toBe(1)
    expect(await done.innerText()).toMatch(/\d{1,2}\. \p{L}+ \d{4}/u)
    expect(await page.locator('section[aria-labelledby="open-heading"]').innerText()).not.toContain(confirmedTitle)
    await expectAccessible('13-acknowledgements')
    await expectFitsPhone('13-acknowledgements')
  })

  it('sends feedback that reaches the owning unit, and says clearly what is missing', async () => {
    const doc = await documentByTitle('Dienstanweisung Arbeitszeit und Gleitzeit')
    await page.goto(`${siteUrl}/documents/${doc.id}`)
    expect(await page.locator('#feedback').innerText()).toContain(`Ihre Rückmeldung geht an ${doc.ownerUnit.name}.`)

    // Without a choice (the browser's own check removed): the server answers with the form and what was typed.
    await page.locator('input[name="kind"]').evaluateAll((inputs) => inputs.forEach((input) => input.removeAttribute('required')))
    await page.getByLabel('Ihr Hinweis (freiwillig)').fill('Nur ein Text')
    await page.getByRole('button', { name: 'Rückmeldung senden' }).click()
    await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('Bitte wählen Sie aus, was nicht stimmt')
    expect(await page.getByLabel('Ihr Hinweis (freiwillig)').inputValue()).toBe('Nur ein Text')
    await expectAccessible('14-feedback-error')

    const comment = `Abschnitt Zeiterfassung veraltet (${Date.now()})`
    await page.getByLabel('Veraltet').check()
    await page.getByLabel('Ihr Hinweis (freiwillig)').fill(comment)
    await Promise.all([page.waitForURL(/\?feedback=sent#feedback$/), page.getByRole('button', { name: 'Rückmeldung senden' }).click()])
    expect(await page.getByRole('status').first().textContent()).toContain('Danke! Ihre Rückmeldung ist bei der verantwortlichen Einheit angekommen.')
    await expectAccessible('15-feedback-sent')

    // A manager of the owning unit sees it in the CMS, as staff's feedback on this document.
    const { docs: managers } = await cmsGet(`/api/users?where[managerOf][in]=${doc.ownerUnit.id}&depth=0&limit=1`)
    expect(managers).toHaveLength(1)
    const managerToken = await cmsLogin(managers[0].email)
    const { docs: feedback } = await cmsGet(`/api/feedback?where[comment][equals]=${encodeURIComponent(comment)}&depth=0`, managerToken)
    expect(feedback).toEqual([expect.objectContaining({ document: doc.id, kind: 'outdated', status: 'open' })])
  })

  it('warns on an expired and on a not yet valid document, saying since and from when', async () => {
    const expired = await documentByTitle('Arbeitshilfe: Einkommen Selbständiger bereinigen')
    await page.goto(`${siteUrl}/documents/${expired.id}`)
    expect((await page.locator('#status').innerText()).replace(/\s+/g, ' ')).toMatch(/^Nicht mehr gültig Dieses Dokument ist seit dem \d{1,2}\. \p{L}+ \d{4} nicht mehr in Kraft/u)
    await expectAccessible('16-document-expired')

    const future = await documentByTitle('Dienstanweisung Aktenführung und E-Akte')
    await page.goto(`${siteUrl}/documents/${future.id}`)
    expect((await page.locator('#status').innerText()).replace(/\s+/g, ' ')).toMatch(/^Noch nicht in Kraft Dieses Dokument gilt erst ab dem \d{1,2}\. \p{L}+ \d{4}/u)
    await screenshot(page, '17-document-future')
  })

  it('links a superseded document to its successor, and the successor back', async () => {
    const old = await documentByTitle('Weisung 2025/04: Angemessenheit der Kosten der Unterkunft')
    await page.goto(`${siteUrl}/documents/${old.id}`)
    expect(await page.locator('#status').innerText()).toMatch(/^Ersetzt/)
    await expectAccessible('18-document-superseded')
    const successorLink = page.getByRole('link', { name: 'Zur gültigen Fassung: Weisung 2026/03: Angemessenheit der Kosten der Unterkunft' })
    await Promise.all([page.waitForURL(/\/documents\/\d+$/), successorLink.click()])
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Weisung 2026/03: Angemessenheit der Kosten der Unterkunft')
    expect(await page.locator('#status').innerText()).toMatch(/^In Kraft/)
    const back = page.getByRole('link', { name: 'Diese Fassung ersetzt: Weisung 2025/04: Angemessenheit der Kosten der Unterkunft' })
    expect(await back.getAttribute('href')).toBe(`/documents/${old.id}`)
  })

  it('shows metadata and attachments, downloaded as files through the site', async () => {
    // Still on Weisung 2026/03.
    const text = await mainText()
    expect(text).toContain('Verantwortliche Einheit Leistungen nach SGB II/XII (50.1)')
    expect(text).toMatch(/Rechtsgrundlage § 22 SGB II/)
    const links = page.locator('.attachment-list a')
    // Payload numbers a name already taken in the media folder ("…-2.pdf"); the stacks of a machine share that folder.
    const names = await links.allInnerTexts()
    expect(names).toHaveLength(2)
    expect(names[0]).toMatch(/^Aufforderung zur Kostensenkung \(Muster\)(-\d+)?\.docx$/)
    expect(names[1]).toMatch(/^Mietobergrenzen 2026(-\d+)?\.pdf$/)
    const pdf = await context.request.get(new URL((await links.nth(1).getAttribute('href'))!, siteUrl).href)
    expect(pdf.status()).toBe(200)
    expect(pdf.headers()['content-type']).toBe('application/pdf')
    expect(pdf.headers()['content-disposition']).toMatch(/^attachment; /)
    expect(pdf.headers()['x-content-type-options']).toBe('nosniff')
    expect(pdf.headers()['content-security-policy']).toMatch(/^sandbox;/)
    expect((await pdf.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-')
    const docx = await context.request.get(new URL((await links.nth(0).getAttribute('href'))!, siteUrl).href)
    expect(docx.headers()['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
    expect((await docx.body()).subarray(0, 2).toString('latin1')).toBe('PK')
  })

  it('prints status and validity in the running header', async () => {
    await page.emulateMedia({ media: 'print' })
    const header = page.locator('.print-status')
    expect(await header.isVisible()).toBe(true)
    expect(await header.textContent()).toMatch(/In Kraft · Gültig ab \d{1,2}\. \p{L}+ \d{4}, unbefristet/u)
    expect(await header.evaluate((element) => getComputedStyle(element).position)).toBe('fixed')
    expect(await page.locator('#feedback').isVisible()).toBe(false)
    await page.emulateMedia({ media: 'screen' })
  })

  it('keeps a confidential document of another unit out of reach by URL, search and attachment link', async () => {
    const title = 'Dienstanweisung Kinderschutz: Verfahren bei Gefährdungsmeldungen nach § 8a SGB VIII'
    const secret = await documentByTitle(title)
    const { docs: files } = await cmsGet(`/api/files?where[document][equals]=${secret.id}&depth=0`)
    expect(files).toHaveLength(1)
    const open = await page.goto(`${siteUrl}/documents/${secret.id}`)
    expect(open!.status()).toBe(404)
    expect(await mainText()).not.toContain('Kinderschutz')
    expect((await context.request.get(`${siteUrl}/documents/${secret.id}/files/${files[0].id}`)).status()).toBe(404)
    // Nor through a document the person may read.
    const readable = await documentByTitle('Weisung 2026/03: Angemessenheit der Kosten der Unterkunft')
    expect((await context.request.get(`${siteUrl}/documents/${readable.id}/files/${files[0].id}`)).status()).toBe(404)
    await page.goto(`${siteUrl}/search?q=Kinderschutz`)
    expect(await page.getByRole('link', { name: title }).count()).toBe(0)
  })

  it('has no axe violations in English either', async () => {
    await page.goto(siteUrl)
    await Promise.all([page.waitForURL(`${siteUrl}/`), page.getByRole('button', { name: 'English' }).click()])
    expect(await page.locator('html').getAttribute('lang')).toBe('en')
    expect(await page.getByRole('heading', { name: 'Open read confirmations' }).count()).toBe(1)
    await expectAccessible('20-home-en')
    const doc = await documentByTitle('Weisung 2026/03: Angemessenheit der Kosten der Unterkunft')
    await page.goto(`${siteUrl}/documents/${doc.id}`)
    expect(await page.locator('#status').innerText()).toMatch(/^In force/)
    await expectAccessible('21-document-en')
    await page.goto(`${siteUrl}/acknowledgements`)
    await expectAccessible('22-acknowledgements-en')
    const old = await documentByTitle('Arbeitshilfe: Einkommen Selbständiger bereinigen')
    await page.goto(`${siteUrl}/documents/${old.id}`)
    expect(await page.locator('#status').innerText()).toMatch(/^No longer valid/)
    await expectAccessible('23-document-expired-en')
  })

  it('loaded no JavaScript on any page', () => {
    expect(scripts).toEqual([])
  })
})
