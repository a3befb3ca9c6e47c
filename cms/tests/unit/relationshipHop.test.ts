import type { FlattenedField } from 'payload'
import { describe, expect, it } from 'vitest'
import { queryPaths, sortPaths } from '../../src/access/queries/queryPaths.ts'
import { relationshipHop } from '../../src/access/queries/relationshipHop.ts'

const fields = [
  { name: 'title', type: 'text' },
  { name: 'supersedes', type: 'relationship', relationTo: 'documents' },
  { name: 'topics', type: 'relationship', relationTo: 'topics', hasMany: true },
  { name: 'attachments', type: 'join', collection: 'files', on: 'document' },
  { name: 'details', type: 'json' },
  { name: 'source', type: 'group', flattenedFields: [{ name: 'path', type: 'text' }, { name: 'migrationRun', type: 'relationship', relationTo: 'migration-runs' }] },
  { name: 'rows', type: 'array', flattenedFields: [{ name: 'owner', type: 'upload', relationTo: 'files' }] },
] as unknown as FlattenedField[]

describe('relationshipHop', () => {
  it.each([
    ['title', null],
    ['supersedes', null],
    ['supersedes.id', null],
    ['supersedes.summary', 'supersedes'],
    ['supersedes__summary', 'supersedes'],
    ['supersedes.supersedes.id', 'supersedes'],
    ['attachments.filename', 'attachments'],
    ['source.path', null],
    ['source.migrationRun', null],
    ['source.migrationRun.report', 'source.migrationRun'],
    ['rows.owner.filename', 'rows.owner'],
    ['details.anything.deep', null],
    ['unknown.field', null],
  ])('%s → %s', (path, hop) => {
    expect(relationshipHop(fields, path)).toBe(hop)
  })

  it('a nested query as the operand of a relationship reaches into the related documents', () => {
    expect(relationshipHop(fields, 'topics', true)).toBe('topics')
    expect(relationshipHop(fields, 'title', true)).toBeNull()
  })
})

describe('queryPaths and sortPaths', () => {
  it('collect paths through and/or at any depth, GraphQL capitals included', () => {
    const where = { title: { like: 'a' }, and: [{ or: [{ 'supersedes.summary': { equals: 'x' } }] }, { OR: [{ topics: { contains: { name: { equals: 'y' } } } }] }] }
    expect(queryPaths(where as never)).toEqual([
      { path: 'title', operators: ['like'], nestedQuery: false },
      { path: 'supersedes.summary', operators: ['equals'], nestedQuery: false },
      { path: 'topics', operators: ['contains'], nestedQuery: true },
    ])
  })

  it('read sorts given as a list, a comma-separated string, or with directions', () => {
    expect(sortPaths('-supersedes.title, title')).toEqual(['supersedes.title', 'title'])
    expect(sortPaths(['+a', '-b'])).toEqual(['a', 'b'])
    expect(sortPaths(undefined)).toEqual([])
  })
})
