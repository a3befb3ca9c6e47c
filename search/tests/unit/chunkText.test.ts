import { describe, expect, it } from 'vitest'
import { chunkText } from '../../src/chunks/chunkText.ts'

describe('chunkText', () => {
  it('keeps a short text in one chunk and an empty one in none', () => {
    expect(chunkText('Ein kurzer Absatz.\nNoch einer.')).toEqual(['Ein kurzer Absatz.\nNoch einer.'])
    expect(chunkText('  \n ')).toEqual([])
  })

  it('cuts at paragraph boundaries, each chunk within the size, losing no word', () => {
    const paragraphs = Array.from({ length: 30 }, (_, i) => `Absatz ${i} mit einigen Wörtern über Dienstreisen und Reisekosten.`)
    const chunks = chunkText(paragraphs.join('\n'), 300)
    expect(chunks.length).toBeGreaterThan(5)
    for (const chunk of chunks) expect(chunk.length).toBeLessThanOrEqual(300)
    expect(chunks.join('\n')).toBe(paragraphs.join('\n'))
  })

  it('cuts a long paragraph at sentences, a long sentence at words, an endless word hard', () => {
    const sentences = Array.from({ length: 20 }, (_, i) => `Satz ${i} endet hier.`).join(' ')
    expect(chunkText(sentences, 60).every((chunk) => chunk.length <= 60 && /hier\.$/.test(chunk))).toBe(true)
    const words = Array.from({ length: 50 }, (_, i) => `wort${i}`).join(' ')
    const byWords = chunkText(words, 40)
    expect(byWords.every((chunk) => chunk.length <= 40)).toBe(true)
    expect(byWords.join(' ')).toBe(words)
    expect(chunkText('x'.repeat(250), 100).map((chunk) => chunk.length)).toEqual([100, 100, 50])
  })
})
