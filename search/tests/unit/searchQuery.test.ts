import { describe, expect, it } from 'vitest'
import { searchQuerySchema } from '../../src/api/searchQuery.ts'

describe('searchQuerySchema', () => {
  it('applies defaults', () => {
    expect(searchQuerySchema.parse({ q: 'Urlaub' })).toEqual({ q: 'Urlaub', limit: 10, offset: 0, validity: 'current' })
  })

  it.each([
    [{ q: 'a', limit: '100000' }, 'limit'],
    [{ q: 'a', limit: '0' }, 'limit'],
    [{ q: 'a', offset: '-1' }, 'offset'],
    [{ q: 'a'.repeat(501) }, 'q'],
    [{ q: 'a', kind: 'nonsense' }, 'kind'],
    [{ q: ['a', 'b'] }, 'q'],
  ])('refuses %j (%s)', (input, path) => {
    const result = searchQuerySchema.safeParse(input)
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]?.path).toEqual([path])
  })

  it('refuses unknown parameters such as attempts to pass a filter', () => {
    const result = searchQuerySchema.safeParse({ q: 'a', filter: 'status = draft' })
    expect(result.error?.issues[0]?.code).toBe('unrecognized_keys')
  })
})
