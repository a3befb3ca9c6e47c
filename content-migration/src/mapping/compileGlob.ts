import { foldText } from '../identify/foldText.ts'

export interface CompiledGlob {
  regex: RegExp
  /** How specific the pattern is: literal segments first, then literal characters (more = more specific). */
  specificity: [number, number]
}

// Outside a character class `-` is a plain character, and in a 'u' regex escaping it is a syntax error.
const escape = (text: string) => text.replace(/[.+^${}()|[\]\\/]/g, '\\$&')

function segmentSource(segment: string): string {
  let source = ''
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i]
    if (c === '*') source += '[^/]*'
    else if (c === '?') source += '[^/]'
    else if (c === '{' && segment.indexOf('}', i) > i) {
      const end = segment.indexOf('}', i)
      source += `(?:${segment.slice(i + 1, end).split(',').map(escape).join('|')})`
      i = end
    } else source += escape(c)
  }
  return source
}

/**
 * A path pattern of a mapping rule → a case- and umlaut-insensitive matcher of '/'-separated relative paths. `*`
 * matches within one folder name, `?` one character, `**` any number of folders, `{a,b}` either word. A pattern
 * without wildcards matches exactly that path; rules apply it to a file's path and every folder above it, which makes
 * "Sozialamt/Weisungen" a prefix rule.
 */
export function compileGlob(pattern: string): CompiledGlob {
  const segments = foldText(pattern).split('/')
  let source = ''
  let literalSegments = 0
  let literalCharacters = 0
  for (const [index, segment] of segments.entries()) {
    const last = index === segments.length - 1
    if (segment === '**') {
      source += last ? '.*' : '(?:[^/]*/)*'
      continue
    }
    if (!/[*?{]/.test(segment)) literalSegments++
    literalCharacters += segment.replace(/[*?{},]/g, '').length
    source += segmentSource(segment) + (last ? '' : '/')
  }
  return { regex: new RegExp(`^${source}$`, 'u'), specificity: [literalSegments, literalCharacters] }
}
