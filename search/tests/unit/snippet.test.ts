import { describe, expect, it } from 'vitest'
import { highlightTags, toSnippetHtml } from '../../src/api/snippet.ts'

const { highlightPreTag: pre, highlightPostTag: post } = highlightTags

describe('toSnippetHtml', () => {
  it('marks highlighted words', () => {
    expect(toSnippetHtml(`Regeln zur ${pre}Arbeitszeit${post} im Amt`)).toBe('Regeln zur <mark>Arbeitszeit</mark> im Amt')
  })

  it('marks whole words, never a fragment: joined compound parts, a matched prefix, a matched part', () => {
    expect(toSnippetHtml(`${pre}Arbeits${post}${pre}zeit${post} und Gleit${pre}zeit${post}`)).toBe('<mark>Arbeitszeit</mark> und <mark>Gleitzeit</mark>')
    expect(toSnippetHtml(`im ersten Jahr des ${pre}Bürgergeld${post}bezugs.`)).toBe('im ersten Jahr des <mark>Bürgergeldbezugs</mark>.')
    expect(toSnippetHtml(`${pre}Antrag${post}s-Nr. 5`)).toBe('<mark>Antrags</mark>-Nr. 5')
  })

  it('escapes markup from document text, including fake mark tags', () => {
    expect(toSnippetHtml(`<script>alert(1)</script> <mark>${pre}x${post}`)).toBe(
      '&lt;script&gt;alert(1)&lt;/script&gt; &lt;mark&gt;<mark>x</mark>',
    )
  })

  it('closes an unbalanced highlight and drops stray markers', () => {
    expect(toSnippetHtml(`${post}a ${pre}b`)).toBe('a <mark>b</mark>')
  })
})
