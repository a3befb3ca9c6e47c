import { describe, expect, it } from 'vitest'
import { idOf, idsOf } from '../../src/idOf.ts'

describe('idOf', () => {
  it('reads bare and populated ids', () => {
    expect([idOf(7), idOf('7'), idOf({ id: 7 }), idOf({ id: { id: '7' } })]).toEqual(['7', '7', '7', '7'])
  })

  it('gives no id for empty values, objects without one, and values that are no id at all', () => {
    expect([idOf(null), idOf(undefined), idOf(''), idOf({}), idOf({ id: null }), idOf(true), idOf(() => 7)]).toEqual([null, null, null, null, null, null, null])
  })

  it('keeps the ids of a hasMany value', () => {
    expect(idsOf([1, { id: 2 }, null, { title: 'no id' }])).toEqual(['1', '2'])
    expect(idsOf(undefined)).toEqual([])
  })
})
