import { describe, expect, it } from 'vitest'
import { and, eq, FALSE, isIn, or, TRUE } from '../../src/visibility/Condition.ts'
import { toMeiliFilter } from '../../src/visibility/toMeiliFilter.ts'
import { toPayloadWhere } from '../../src/visibility/toPayloadWhere.ts'
import { toSqlCondition } from '../../src/visibility/toSqlCondition.ts'

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

describe('toSqlCondition', () => {
  it('compiles to placeholders from the given index, over the documents row and its child tables', () => {
    const { sql, params } = toSqlCondition(and(condition, isIn('audienceUnits', ['7', '8'])), 'd', 3)
    expect(sql).toBe(
      '((((d.owner_unit_id IS NOT NULL AND d.owner_unit_id::text = $3::text) OR ' +
        'EXISTS (SELECT 1 FROM documents_audience_roles d_documents_audience_roles WHERE d_documents_audience_roles.parent_id = d.id AND d_documents_audience_roles.value::text = ANY($4::text[]))) AND ' +
        'd.audience_all IS NOT DISTINCT FROM $5::boolean) AND ' +
        "EXISTS (SELECT 1 FROM documents_rels d_documents_rels WHERE d_documents_rels.parent_id = d.id AND d_documents_rels.path = 'audienceUnits' AND d_documents_rels.org_units_id::text = ANY($6::text[])))",
    )
    expect(params).toEqual(['5', ['staff', 'x"y'], true, ['7', '8']])
  })

  it('keeps hostile values out of the SQL text', () => {
    const hostile = ["1' OR '1'='1", 'a\\', '"}', "'); DROP TABLE documents; --"]
    const { sql, params } = toSqlCondition(or(eq('responsible', hostile[0]), isIn('audienceUnits', hostile)), 'doc')
    for (const value of hostile) expect(sql).not.toContain(value)
    expect(sql).not.toContain("'1'")
    expect(params).toEqual([hostile[0], hostile])
  })

  it('compiles constants and values of the wrong type to literals, as evaluate reads them', () => {
    expect(toSqlCondition(TRUE, 'd')).toEqual({ sql: 'true', params: [] })
    expect(toSqlCondition(FALSE, 'd')).toEqual({ sql: 'false', params: [] })
    expect(toSqlCondition(eq('workflowStatus', true), 'd')).toEqual({ sql: 'false', params: [] })
    expect(toSqlCondition(eq('audienceAll', 'true'), 'd')).toEqual({ sql: 'false', params: [] })
  })

  it('rejects an alias or a first index it would have to splice in unchecked', () => {
    expect(() => toSqlCondition(TRUE, 'd; DROP TABLE documents')).toThrow(/plain SQL identifier/)
    expect(() => toSqlCondition(TRUE, 'd', 0)).toThrow(/positive integer/)
  })
})
