import { parse } from 'graphql/language/parser.js'
import { describe, expect, it } from 'vitest'
import { expandedSelectionCount } from '../../src/utilities/expandedSelectionCount.ts'

const count = (query: string) => expandedSelectionCount(parse(query))

describe('expandedSelectionCount', () => {
  it('counts fields, nested fields and inline fragments', () => {
    expect(count('{ a b { c d { e } } ... on Query { f } }')).toBe(6)
  })

  it('expands each spread of a fragment', () => {
    expect(count('{ ...F ...F } fragment F on Query { a b }')).toBe(4)
    expect(count('{ x { ...F } y { ...F } } fragment F on T { a { b } }')).toBe(6)
  })

  it('counts fragments that double each other exactly, without expanding them', () => {
    const n = 40
    const query = `{ ...F0 } ${Array.from({ length: n }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`).join(' ')} fragment F${n} on Query { a }`
    expect(count(query)).toBe(2 ** n)
  })

  it('counts a fragment cycle as infinite', () => {
    expect(count('{ ...A } fragment A on Query { a ...B } fragment B on Query { ...A }')).toBe(Number.POSITIVE_INFINITY)
  })

  it('counts an unknown fragment as nothing (GraphQL validation reports it)', () => {
    expect(count('{ a ...Missing }')).toBe(1)
  })
})
