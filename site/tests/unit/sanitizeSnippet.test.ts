import { describe, expect, it } from 'vitest'
import { sanitizeSnippet } from '../../src/lib/sanitizeSnippet.ts'

describe('sanitizeSnippet', () => {
  it.each([
    ['Die <mark>Arbeitszeit</mark> beträgt', 'Die <mark>Arbeitszeit</mark> beträgt'],
    ['a &lt;b&gt; &amp; c', 'a &lt;b&gt; &amp; c'],
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['<mark onclick="x">a</mark>', '&lt;mark onclick=&quot;x&quot;&gt;a'],
    ['<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)&gt;'],
    ['&lt;script&gt;', '&lt;script&gt;'],
    ['<MARK>a</MARK>', '<mark>a</mark>'],
    ['<mark>offen', '<mark>offen</mark>'],
    ['zu</mark> viel', 'zu viel'],
    ['<mark><mark>x</mark></mark>', '<mark>x</mark>'],
    ['&#60;b&#x3E;', '&lt;b&gt;'],
  ])('%j → %j', (input, expected) => {
    expect(sanitizeSnippet(input)).toBe(expected)
  })

  it('returns an empty string for non-strings', () => {
    expect(sanitizeSnippet(undefined)).toBe('')
    expect(sanitizeSnippet({})).toBe('')
  })
})
