import { afterEach, describe, expect, it, vi } from 'vitest'
import { listOrgUnits, toTaxonomyEntry } from '../../src/lib/taxonomyClient.ts'
import { ancestorsOf, taxonomyTree, type TaxonomyNode } from '../../src/lib/taxonomyTree.ts'

const unit = (id: string, shortCode: string | null, parentId: string | null, name = `Einheit ${id}`) => ({ id, name, shortCode, parentId })
const shape = (nodes: TaxonomyNode[]): unknown[] => nodes.map((node) => (node.children.length ? [node.id, shape(node.children)] : node.id))

describe('taxonomyTree', () => {
  it('nests units under their parents, ordered by short code as people read it', () => {
    const tree = taxonomyTree([unit('5', '50.10', '2'), unit('4', '50.2', '2'), unit('2', 'Amt 50', null), unit('1', 'Amt 10', null), unit('3', '10.1', '1')])
    expect(shape(tree)).toEqual([['1', ['3']], ['2', ['4', '5']]])
  })

  it('keeps entries whose parent is unknown or that sit in a cycle, as roots', () => {
    const tree = taxonomyTree([unit('1', 'A', '9'), unit('2', 'B', '3'), unit('3', 'C', '2'), unit('4', 'D', '2'), unit('5', 'E', '5')])
    expect(shape(tree)).toEqual(['1', ['2', ['4']], '3', '5'])
  })

  it('orders topics (no short code) by name', () => {
    const topics = [unit('1', null, null, 'Zuständigkeit'), unit('2', null, null, 'Arbeitszeit'), unit('3', null, '1', 'Übergabe')]
    expect(taxonomyTree(topics).map((node) => node.name)).toEqual(['Arbeitszeit', 'Zuständigkeit'])
  })
})

describe('ancestorsOf', () => {
  it('lists the ancestors outermost first and stops at a cycle or an unknown parent', () => {
    const units = [unit('1', 'Amt 50', null), unit('2', '50.1', '1'), unit('3', '50.1.1', '2'), unit('7', 'X', '8'), unit('8', 'Y', '7')]
    expect(ancestorsOf(units, '3').map((entry) => entry.id)).toEqual(['1', '2'])
    expect(ancestorsOf(units, '1')).toEqual([])
    expect(ancestorsOf(units, '7').map((entry) => entry.id)).toEqual(['8'])
    expect(ancestorsOf([unit('1', 'A', '99')], '1')).toEqual([])
  })
})

describe('toTaxonomyEntry', () => {
  it('reads ids, names, short codes and parents (bare or populated), and drops entries without id or name', () => {
    expect(toTaxonomyEntry({ id: 4, name: ' Wohngeld ', shortCode: '50.2', parent: 2 })).toEqual({ id: '4', name: 'Wohngeld', shortCode: '50.2', parentId: '2' })
    expect(toTaxonomyEntry({ id: 5, name: 'Datenschutz', parent: { id: 1, name: 'Recht' } })).toEqual({ id: '5', name: 'Datenschutz', shortCode: null, parentId: '1' })
    expect(toTaxonomyEntry({ id: 6, name: '' })).toBeNull()
    expect(toTaxonomyEntry('garbage')).toBeNull()
  })
})

describe('listOrgUnits', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
  })

  it('pages through the CMS (at most 250 a request) with the viewer token', async () => {
    const pages = [
      { docs: [{ id: 1, name: 'Amt 10', shortCode: 'Amt 10' }], hasNextPage: true },
      { docs: [{ id: 2, name: 'Personal', shortCode: '10.1', parent: 1 }], hasNextPage: false },
    ]
    const fetchMock = vi.fn(async (_url: string, _init?: RequestInit) => new Response(JSON.stringify(pages.shift()), { status: 200 }))
    vi.stubGlobal('fetch', fetchMock)
    const viewer = { id: '1', email: 'a@b', name: 'A', roles: ['staff' as const], orgUnit: null, token: 'tok' }
    expect((await listOrgUnits(viewer)).map((entry) => entry.shortCode)).toEqual(['Amt 10', '10.1'])
    expect(fetchMock.mock.calls.map(([url]) => new URL(url).searchParams.get('page'))).toEqual(['1', '2'])
    expect(fetchMock.mock.calls.every(([url]) => new URL(url).searchParams.get('limit') === '250')).toBe(true)
    expect((fetchMock.mock.calls[0][1]?.headers as Record<string, string>).Authorization).toBe('JWT tok')
  })
})
