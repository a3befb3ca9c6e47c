import { describe, expect, it } from 'vitest'
import { toDocumentView } from '../../src/lib/DocumentView.ts'

describe('toDocumentView', () => {
  it('reads what the CMS populated: unit name and code, person, topics, successor, attachments, original path', () => {
    const view = toDocumentView({
      id: 22,
      title: 'Weisung 2025/04',
      workflowStatus: 'superseded',
      validFrom: '2025-08-11T12:00:00.000Z',
      validUntil: '2026-08-30T12:00:00.000Z',
      ownerUnit: { id: 5, name: 'Leistungen nach SGB II/XII', shortCode: '50.1' },
      responsible: { id: 11, name: 'Katrin Vogel' },
      topics: [{ id: 1, name: 'Leistungen' }, 3],
      supersedes: 21,
      supersededBy: { id: 23, title: 'Weisung 2026/03', validFrom: '2026-08-31T12:00:00.000Z' },
      attachments: { docs: [{ id: 4, filename: 'Mietobergrenzen.pdf', mimeType: 'application/pdf', filesize: 2048 }, { id: 5 }], hasNextPage: false },
      source: { path: 'Amt 50/Weisungen/KdU 2025.docx' },
      requiresAcknowledgement: true,
      acknowledgementRound: 2,
      changeNote: 'Neue Grenzen',
      legalBasis: '§ 22 SGB II',
    })
    expect(view).toMatchObject({
      id: '22',
      status: 'superseded',
      ownerUnit: { id: '5', name: 'Leistungen nach SGB II/XII', shortCode: '50.1' },
      responsible: { id: '11', name: 'Katrin Vogel' },
      topics: [{ id: '1', name: 'Leistungen' }],
      // Not populated (the viewer may not read it, or depth did not reach): never linked by a bare id.
      supersedes: null,
      supersededBy: { id: '23', title: 'Weisung 2026/03' },
      attachments: [{ id: '4', filename: 'Mietobergrenzen.pdf', mimeType: 'application/pdf', filesize: 2048 }],
      sourcePath: 'Amt 50/Weisungen/KdU 2025.docx',
      requiresAcknowledgement: true,
      acknowledgementRound: 2,
      changeNote: 'Neue Grenzen',
      legalBasis: '§ 22 SGB II',
    })
    expect(view?.validUntil?.toISOString()).toBe('2026-08-30T12:00:00.000Z')
  })

  it('refuses records without id or title and tolerates hostile shapes', () => {
    expect(toDocumentView({ title: 'x' })).toBeNull()
    expect(toDocumentView([])).toBeNull()
    expect(toDocumentView({ id: 1, title: 'x', topics: 'no', attachments: [1], acknowledgementRound: -1, ownerUnit: { id: 1 } })).toMatchObject({
      topics: [],
      attachments: [],
      acknowledgementRound: null,
      ownerUnit: null,
    })
  })
})
