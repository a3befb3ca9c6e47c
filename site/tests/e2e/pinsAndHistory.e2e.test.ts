import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { axeViolations, launchBrowser, newGermanContext, screenshot } from './support/browser.ts'

/**
 * A staff member pins a document and finds it on the start page; reads its version history and the differences
 * between two released versions; and never sees the newer draft an editor is working on — not on the page, not in a
 * comparison they craft by URL, not from the CMS's compare API. A pinned document that becomes confidential leaves
 * the start page without its title. The fixture is made through the CMS's own workflow (an editor writes and submits,
 * the admin approves), as people would.
 */
const PASSWORD = 'lotse-demo'
const SECRET = 'Geheimwortentwurf'
const TITLE = `Arbeitshilfe Fristenberechnung (${Date.now()})`
const LATER_CONFIDENTIAL = `Arbeitshilfe Aktenzeichen (${Date.now()})`

const paragraphs = (...texts: string[]) => ({
  root: {
    type: 'root',
    format: '',
    indent: 0,
    version: 1,
    direction: 'ltr',
    children: texts.map((text) => ({
      type: 'paragraph',
      format: '',
      indent: 0,
      version: 1,
      direction: 'ltr',
      children: [{ type: 'text', text, format: 0, style: '', mode: 'normal', detail: 0, version: 1 }],
    })),
  },
})

describe('pinned documents and version history', () => {
  const { siteUrl, cmsUrl } = inject('stack')
  let browser: Browser
  let context: BrowserContext
  let page: Page
  let tokens: Record<'admin' | 'editor' | 'staff', string>
  let docId: number
  let laterConfidentialId: number
  let draftVersionId: number
  let releasedVersionIds: number[]

  async function cms(path: string, token: string, init: { method?: string; body?: unknown } = {}): Promise<{ status: number; json: any }> {
    const response = await fetch(`${cmsUrl}${path}`, {
      method: init.method ?? 'GET',
      headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    })
    const text = await response.text()
    return { status: response.status, json: text ? JSON.parse(text) : null }
  }

  async function ok(path: string, token: string, init: { method?: string; body?: unknown } = {}): Promise<any> {
    const { status, json } = await cms(path, token, init)
    expect(status, `${init.method ?? 'GET'} ${path}: ${JSON.stringify(json)}`).toBeLessThan(300)
    return json
  }

  async function login(email: string): Promise<string> {
    const response = await fetch(`${cmsUrl}/api/users/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email, password: PASSWORD }) })
    expect(response.status, `login of ${email}`).toBe(200)
    return ((await response.json()) as { token: string }).token
  }

  /** Saves a draft as the editor, who submits it; the admin (a second person) approves it. */
  async function release(id: number, data: Record<string, unknown>) {
    await ok(`/api/documents/${id}?draft=true`, tokens.editor, { method: 'PATCH', body: data })
    await ok(`/api/documents/${id}/workflow`, tokens.editor, { method: 'POST', body: { action: 'submit' } })
    await ok(`/api/documents/${id}/workflow`, tokens.admin, { method: 'POST', body: { action: 'approve' } })
  }

  async function createReleased(title: string, data: Record<string, unknown>): Promise<number> {
    const { user } = await ok('/api/users/me', tokens.editor)
    const unit = typeof user.orgUnit === 'object' ? user.orgUnit.id : user.orgUnit
    const { doc } = await ok('/api/documents?draft=true&depth=0', tokens.editor, {
      method: 'POST',
      body: { title, kind: 'work-aid', ownerUnit: unit, classification: 'internal', ...data },
    })
    await ok(`/api/documents/${doc.id}/workflow`, tokens.editor, { method: 'POST', body: { action: 'submit' } })
    await ok(`/api/documents/${doc.id}/workflow`, tokens.admin, { method: 'POST', body: { action: 'approve' } })
    return doc.id as number
  }

  async function expectAccessible(name: string) {
    await screenshot(page, name)
    const violations = await axeViolations(page)
    expect(violations, `axe violations on ${name}:\n${JSON.stringify(violations, null, 2)}`).toEqual([])
  }

  async function phoneScreenshot(name: string) {
    await page.setViewportSize({ width: 375, height: 800 })
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
    // Names what sticks out, so that a failure says where to look.
    const wide = await page.evaluate(() =>
      [...document.querySelectorAll('main *')]
        .filter((element) => element.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
        .slice(-5)
        .map((element) => `${element.tagName.toLowerCase()}.${element.className} ${Math.round(element.getBoundingClientRect().width)}px`),
    )
    expect(overflow, `horizontal scrolling at 375 px on ${name}: ${wide.join(', ')}`).toBeLessThanOrEqual(0)
    await screenshot(page, `${name}-375px`)
    await page.setViewportSize({ width: 1280, height: 900 })
  }

  const pinnedSection = () => page.locator('section[aria-labelledby="pinned-heading"]')

  beforeAll(async () => {
    tokens = { admin: await login('admin@demo.lotse'), editor: await login('editor@demo.lotse'), staff: await login('staff@demo.lotse') }
    docId = await createReleased(TITLE, {
      summary: 'Wie Fristen im Bescheidverfahren berechnet werden.',
      body: paragraphs('Die Frist beträgt 7 Tage ab Zugang des Bescheids.', 'Fällt das Fristende auf einen Sonntag, endet die Frist am nächsten Werktag.'),
      versionLabel: '1.0',
      validFrom: '2026-01-01T12:00:00.000Z',
    })
    await release(docId, {
      body: paragraphs('Die Frist beträgt 14 Tage ab Zugang des Bescheids.', 'Fällt das Fristende auf einen Sonntag, endet die Frist am nächsten Werktag.'),
      versionLabel: '2.0',
      changeNote: 'Frist von 7 auf 14 Tage verlängert.',
      validUntil: '2030-12-31T12:00:00.000Z',
    })
    // The editor's newer draft: nobody approved it, staff must never see it.
    await ok(`/api/documents/${docId}?draft=true`, tokens.editor, { method: 'PATCH', body: { body: paragraphs(`Die Frist beträgt ${SECRET} Tage.`), versionLabel: '3.0-Entwurf' } })
    const { docs } = await ok(`/api/documents/versions?where[parent][equals]=${docId}&sort=-updatedAt&limit=50&depth=0`, tokens.admin)
    expect(docs[0].version.workflowStatus).toBe('draft')
    draftVersionId = docs[0].id
    releasedVersionIds = docs.filter((v: any) => v.version._status === 'published').map((v: any) => v.id)

    laterConfidentialId = await createReleased(LATER_CONFIDENTIAL, { body: paragraphs('Aufbau der Aktenzeichen.'), versionLabel: '1.0' })

    browser = await launchBrowser()
    context = await newGermanContext(browser)
    page = await context.newPage()
    await page.goto(`${siteUrl}/login`)
    await page.getByLabel('E-Mail-Adresse').fill('staff@demo.lotse')
    await page.getByLabel('Passwort').fill(PASSWORD)
    await Promise.all([page.waitForURL((url) => url.pathname === '/'), page.getByRole('button', { name: 'Anmelden' }).click()])
  })

  afterAll(async () => {
    await context?.close()
    await browser?.close()
  })

  it('says on the start page how to pin, while nothing is pinned', async () => {
    expect(await pinnedSection().locator('h2').textContent()).toBe('Ihre angehefteten Dokumente')
    expect(await pinnedSection().innerText()).toContain('„Auf der Startseite anheften“')
  })

  it('pins a document on its page, finds it on the start page, and unpins it', async () => {
    await page.goto(`${siteUrl}/documents/${docId}`)
    await Promise.all([page.waitForURL(/\?pin=added#pin$/), page.getByRole('button', { name: 'Auf der Startseite anheften' }).click()])
    expect(await page.getByRole('status').first().textContent()).toContain('Angeheftet')
    expect(await page.getByRole('button', { name: 'Nicht mehr anheften' }).count()).toBe(1)
    // Pinning twice (a second tab, a resent form) changes nothing.
    const again = await context.request.post(`${siteUrl}/documents/${docId}`, { form: { action: 'pin' }, headers: { Origin: siteUrl }, maxRedirects: 0 })
    expect(again.status()).toBe(303)
    const { json } = await cms(`/api/pins?where[document][equals]=${docId}`, tokens.staff)
    expect(json.totalDocs).toBe(1)

    // A form posted from another site is refused.
    const forged = await context.request.post(`${siteUrl}/documents/${docId}`, { form: { action: 'unpin' }, headers: { Origin: 'https://evil.example' }, maxRedirects: 0 })
    expect(forged.status()).toBe(403)

    await page.goto(siteUrl)
    const link = pinnedSection().getByRole('link', { name: TITLE })
    expect(await link.getAttribute('href')).toBe(`/documents/${docId}`)
    await expectAccessible('30-home-pinned')
    await phoneScreenshot('30-home-pinned')

    await Promise.all([page.waitForURL(`${siteUrl}/documents/${docId}`), link.click()])
    await Promise.all([page.waitForURL(/\?pin=removed#pin$/), page.getByRole('button', { name: 'Nicht mehr anheften' }).click()])
    expect(await page.getByRole('status').first().textContent()).toContain('nicht mehr')
    await page.goto(siteUrl)
    expect(await pinnedSection().getByRole('link', { name: TITLE }).count()).toBe(0)
  })

  it('lists the released versions with dates, labels and change notes — never the draft', async () => {
    await page.goto(`${siteUrl}/documents/${docId}`)
    const rows = page.locator('#history li')
    expect(await rows.count()).toBe(2)
    const texts = (await rows.allInnerTexts()).map((text) => text.replace(/\s+/g, ' ').trim())
    expect(texts[0]).toMatch(/^Fassung 2\.0 veröffentlicht am \d{1,2}\. \p{L}+ \d{4} Frist von 7 auf 14 Tage verlängert\. Änderungen zur vorigen Fassung/u)
    expect(texts[1]).toMatch(/^Fassung 1\.0 veröffentlicht am \d{1,2}\. \p{L}+ \d{4} kein Hinweis$/u)
    expect(await page.content()).not.toMatch(/Geheimwort|3\.0-Entwurf/)
  })

  it('shows a readable diff between two released versions, chosen by link or with the form', async () => {
    await Promise.all([page.waitForURL(/from=\d+&to=\d+#diff$/), page.getByRole('link', { name: 'Änderungen zur vorigen Fassung (Fassung 2.0)' }).click()])
    const diff = page.locator('#diff')
    expect(await diff.locator('h3').textContent()).toMatch(/^Unterschiede: Fassung 1\.0 vom .+ → Fassung 2\.0 vom .+$/)
    expect(await diff.locator('.diff__text del').allTextContents()).toEqual(['Entfernt: 7 (Ende der Änderung)'])
    expect(await diff.locator('.diff__text ins').allTextContents()).toEqual(['Eingefügt: 14 (Ende der Änderung)'])
    const fields = (await diff.locator('tbody tr').allInnerTexts()).map((text) => text.replace(/\s+/g, ' ').trim())
    expect(fields).toEqual([expect.stringMatching(/^Fassung 1\.0 2\.0$/), expect.stringMatching(/^Gültig bis unbefristet 31\. Dezember 2030$/)])
    await expectAccessible('31-document-history-diff')
    await phoneScreenshot('31-document-history-diff')

    // The plain GET form: the newer one chosen as "older" still reads old → new.
    await page.goto(`${siteUrl}/documents/${docId}#history`)
    await page.getByLabel('Ältere Fassung').selectOption({ index: 0 })
    await page.getByLabel('Neuere Fassung').selectOption({ index: 1 })
    await Promise.all([page.waitForURL(/#diff$/), page.getByRole('button', { name: 'Unterschiede anzeigen' }).click()])
    expect(await page.locator('#diff .diff__text ins').allTextContents()).toEqual(['Eingefügt: 14 (Ende der Änderung)'])
    expect(await page.content()).not.toMatch(/Geheimwort|3\.0-Entwurf/)
  })

  it('never gives staff the draft: not through a crafted comparison URL, nor the CMS compare API', async () => {
    const crafted = await page.goto(`${siteUrl}/documents/${docId}?from=${releasedVersionIds[0]}&to=${draftVersionId}#diff`)
    expect(crafted!.status()).toBe(200)
    expect(await page.getByRole('alert').first().textContent()).toContain('Bitte wählen Sie zwei verschiedene Fassungen')
    expect(await page.content()).not.toMatch(/Geheimwort|3\.0-Entwurf/)
    for (const [from, to] of [[releasedVersionIds[0], draftVersionId], [draftVersionId, releasedVersionIds[0]]]) {
      const { status, json } = await cms(`/api/documents/${docId}/compare?from=${from}&to=${to}`, tokens.staff)
      expect(status).toBe(404)
      expect(JSON.stringify(json)).not.toContain(SECRET)
    }
    const asDraft = await cms(`/api/documents/${docId}?draft=true`, tokens.staff)
    expect(JSON.stringify(asDraft.json)).not.toContain(SECRET)
    // The same comparison is there for the editor, so the secret really is in the draft.
    const editors = await cms(`/api/documents/${docId}/compare?from=${releasedVersionIds[0]}&to=${draftVersionId}`, tokens.editor)
    expect(JSON.stringify(editors.json)).toContain(SECRET)
  })

  it('drops a pinned document from the start page once it becomes confidential, title and all', async () => {
    await page.goto(`${siteUrl}/documents/${laterConfidentialId}`)
    await Promise.all([page.waitForURL(/\?pin=added#pin$/), page.getByRole('button', { name: 'Auf der Startseite anheften' }).click()])
    await page.goto(siteUrl)
    expect(await pinnedSection().getByRole('link', { name: LATER_CONFIDENTIAL }).count()).toBe(1)
    // staff@demo.lotse works in 50.2; the document belongs to the editor's unit 50.1.
    await release(laterConfidentialId, { classification: 'confidential', changeNote: 'Nur noch für die Einheit.' })
    await page.goto(siteUrl)
    expect(await pinnedSection().innerText()).not.toContain('Aktenzeichen')
    expect(await page.content()).not.toContain(LATER_CONFIDENTIAL)
    expect(await pinnedSection().innerText()).toContain('Sie haben noch keine Dokumente angeheftet')
  })

  it('has no axe violations in English on the document page with history and diff', async () => {
    await Promise.all([page.waitForURL(`${siteUrl}/`), page.getByRole('button', { name: 'English' }).click()])
    await page.goto(`${siteUrl}/documents/${docId}?from=${releasedVersionIds.at(-1)}&to=${releasedVersionIds[0]}#diff`)
    expect(await page.locator('#history h2').textContent()).toBe('Versions and changes')
    expect(await page.locator('#diff .diff__text ins').allTextContents()).toEqual(['Inserted: 14 (end of change)'])
    await expectAccessible('32-document-history-diff-en')
    await page.goto(siteUrl)
    expect(await pinnedSection().locator('h2').textContent()).toBe('Your pinned documents')
    await expectAccessible('33-home-pinned-en')
  })
})
