import { describe, expect, it } from 'vitest'
import { describeBanner } from '../../src/lib/describeBanner.ts'
import { documentBanner } from '../../src/lib/documentBanner.ts'
import { toDocumentView, type DocumentView } from '../../src/lib/DocumentView.ts'
import { translator } from '../../src/lib/i18n.ts'

const now = new Date('2026-12-03T10:00:00Z')
const day = (iso: string) => new Date(`${iso}T12:00:00Z`)
const doc = (fields: Partial<DocumentView>): DocumentView => ({ ...toDocumentView({ id: 1, title: 'Weisung', workflowStatus: 'published' })!, ...fields })
const de = translator('de')
const en = translator('en')
const date = (value: Date) => value.toISOString().slice(0, 10)

describe('documentBanner', () => {
  it('is in force between its dates, and without any', () => {
    expect(documentBanner(doc({ validFrom: day('2026-01-01'), validUntil: day('2027-01-01') }), now)).toEqual({ state: 'inForce', tone: 'ok', from: day('2026-01-01'), until: day('2027-01-01') })
    expect(documentBanner(doc({}), now)).toMatchObject({ state: 'inForce', from: null, until: null })
  })

  it('is not yet in force before validFrom, and says from when', () => {
    expect(documentBanner(doc({ validFrom: day('2027-01-17') }), now)).toMatchObject({ state: 'notYetInForce', from: day('2027-01-17') })
  })

  it('is expired from validUntil on (as search treats it), and says since when', () => {
    expect(documentBanner(doc({ validFrom: day('2024-11-03'), validUntil: day('2026-11-03') }), now)).toEqual({ state: 'expired', tone: 'warn', since: day('2026-11-03') })
    expect(documentBanner(doc({ validUntil: now }), now).state).toBe('expired')
  })

  it('is superseded by status or by a successor, whatever the dates say, and links the successor', () => {
    const successor = { id: '23', title: 'Weisung 2026/03', validFrom: day('2026-08-31') }
    expect(documentBanner(doc({ status: 'superseded', validFrom: day('2025-08-11'), validUntil: day('2026-08-30'), supersededBy: successor }), now)).toEqual({ state: 'superseded', tone: 'warn', successor })
    expect(documentBanner(doc({ status: 'superseded' }), now)).toMatchObject({ state: 'superseded', successor: null })
  })

  it('is withdrawn, and a draft or one in review is not in force', () => {
    expect(documentBanner(doc({ status: 'withdrawn', validFrom: day('2023-02-02') }), now)).toEqual({ state: 'withdrawn', tone: 'warn' })
    expect(documentBanner(doc({ status: 'draft' }), now)).toMatchObject({ state: 'draft', inReview: false })
    expect(documentBanner(doc({ status: 'in-review' }), now)).toMatchObject({ state: 'draft', inReview: true })
  })
})

describe('describeBanner', () => {
  it('says what applies and until when, in both languages', () => {
    const banner = documentBanner(doc({ validFrom: day('2026-01-01') }), now)
    expect(describeBanner(banner, de, date)).toEqual({
      title: 'In Kraft',
      lines: ['Dieses Dokument gilt seit dem 2026-01-01.', 'Es gilt ohne Befristung.'],
      printLine: 'In Kraft · Gültig ab 2026-01-01, unbefristet',
    })
    expect(describeBanner(banner, en, date).title).toBe('In force')
  })

  it('warns in words for expired, future, superseded and withdrawn documents', () => {
    expect(describeBanner(documentBanner(doc({ validUntil: day('2026-11-03') }), now), de, date)).toMatchObject({
      title: 'Nicht mehr gültig',
      lines: ['Dieses Dokument ist seit dem 2026-11-03 nicht mehr in Kraft. Wenden Sie es nicht mehr an.'],
      printLine: 'Nicht mehr gültig · Gültig bis 2026-11-03',
    })
    expect(describeBanner(documentBanner(doc({ validFrom: day('2027-01-17') }), now), de, date).lines).toEqual([
      'Dieses Dokument gilt erst ab dem 2027-01-17. Bis dahin gilt die bisherige Regelung.',
    ])
    expect(describeBanner(documentBanner(doc({ status: 'superseded' }), now), en, date).title).toBe('Superseded')
    expect(describeBanner(documentBanner(doc({ status: 'withdrawn' }), now), de, date).printLine).toMatch(/^Zurückgezogen – /)
  })
})
