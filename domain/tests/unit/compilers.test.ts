import { describe, expect, it } from 'vitest'
import { and, eq, FALSE, isIn, or, TRUE } from '../../src/visibility/Condition.ts'
import { toMeiliFilter } from '../../src/visibility/toMeiliFilter.ts'
import { toPayloadWhere } from '../../src/visibility/toPayloadWhere.ts'

const condition = and(or(eq('ownerUnit', '5'), isIn('audienceRoles', ['staff', 'x"y'])), eq('audienceAll', true))

describe('condition constructors', () => {
  it('fold constants away', () => {
    expect(and(TRUE, eq('ownerUnit', '1'))).toEqual(eq('ownerUnit', '1'))
    expect(and(FALSE, eq('ownerUnit', '1'))).toBe(FALSE)
    expect(or(TRUE, eq('ownerUnit', '1'))).toBe(TRUE)
    expect(or()).toBe(FALSE)
    expect(and()).toBe(TRUE)
    expect(isIn('audienceUnits', [])).toBe(FALSE)
  })
})

describe('toMeiliFilter', () => {
  it('quotes values and nests groups', () => {
    expect(toMeiliFilter(condition)).toBe('((ownerUnit = "5" OR audienceRoles IN ["staff", "x\\"y"]) AND audienceAll = true)')
  })

  it('passes constants through for the caller to decide', () => {
    expect(toMeiliFilter(TRUE)).toBe(true)
    expect(toMeiliFilter(FALSE)).toBe(false)
  })
})

describe('toPayloadWhere', () => {
  it('builds a Where, optionally under a prefix', () => {
    expect(toPayloadWhere(condition, 'version.')).toEqual({
      and: [{ or: [{ 'version.ownerUnit': { equals: '5' } }, { 'version.audienceRoles': { in: ['staff', 'x"y'] } }] }, { 'version.audienceAll': { equals: true } }],
    })
  })
})
