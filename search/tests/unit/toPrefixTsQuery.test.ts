import { describe, expect, it } from 'vitest'
import { toPrefixTsQuery } from '../../src/fallback/toPrefixTsQuery.ts'

describe('toPrefixTsQuery', () => {
  it('makes every word a prefix, any word or all words', () => {
    expect(toPrefixTsQuery('Arbeitszeit Regelung')).toEqual({ any: 'Arbeitszeit:* | Regelung:*', all: 'Arbeitszeit:* & Regelung:*' })
  })

  it('keeps umlauts, ß and digits, and splits on everything else', () => {
    expect(toPrefixTsQuery('Straße-Müller § 12a')?.all).toBe('Straße:* & Müller:* & 12a:*')
  })

  it('lets no tsquery syntax through', () => {
    expect(toPrefixTsQuery(`a' | !b & (c:*) <-> "d"\\`)?.all).toBe('a:* & b:* & c:* & d:*')
  })

  it('is null when nothing searchable is left', () => {
    expect(toPrefixTsQuery('  !?  ')).toBeNull()
    expect(toPrefixTsQuery('')).toBeNull()
  })

  it('takes at most 12 words', () => {
    expect(toPrefixTsQuery(Array.from({ length: 30 }, (_, i) => `w${i}`).join(' '))?.all.split(' & ')).toHaveLength(12)
  })
})
