import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { afterLoginPath, safeNextPath } from '../../src/lib/safeNextPath.ts'
import { isPublicPath, loginRedirectFor } from '../../src/lib/publicPaths.ts'

describe('safeNextPath', () => {
  it.each([
    ['/', '/'],
    ['/search?q=Arbeitszeit', '/search?q=Arbeitszeit'],
    ['/documents/12#abschnitt', '/documents/12#abschnitt'],
    ['/a/../b', '/b'],
    ['/search?q=%2F%2Fevil', '/search?q=%2F%2Fevil'],
  ])('keeps the same-site path %j', (input, expected) => {
    expect(safeNextPath(input)).toBe(expected)
  })

  it.each([
    'https://evil.example/',
    'http:/evil.example',
    '//evil.example',
    '///evil.example',
    '/\\evil.example',
    '\\\\evil.example',
    '/\t/evil.example',
    '/\n/evil.example',
    '/.//evil.example',
    '/%2e%2e//evil.example',
    '/%2E%2E//evil.example',
    '/.%2e//evil.example',
    '/a/..//evil.example',
    '/x/%2e%2e/%2e%2e//evil.example',
    ' /x',
    'javascript:alert(1)',
    'evil.example',
    '',
    `/${'a'.repeat(2001)}`,
  ])('refuses %j', (input) => {
    expect(safeNextPath(input)).toBe('/')
  })

  it.each([undefined, null, 42, ['/x'], { toString: () => '/x' }])('refuses non-strings (%j)', (input) => {
    expect(safeNextPath(input, '/home')).toBe('/home')
  })
})

/**
 * Pieces an attacker combines: separators and their encodings, dot segments and their encodings (also double
 * encoded), whitespace browsers drop, scheme and authority syntax, look-alike Unicode slashes and dots.
 */
const PIECES = [
  '/', '//', '\\', '/\\', '\\/', '.', '..', './', '../', '/.', '/..', '%2e', '%2E', '%2e%2e', '.%2e', '%2e.', '%252e',
  '%2f', '%2F', '%5c', '%5C', '%252f', '%00', '%09', '%0a', '%20', '\t', '\n', '\r', ' ', '\u0000', '\u000b', '\u00a0',
  '\u3002', '\uff0e', '\uff0f', '\u2215', '\uff3c', 'evil.example', 'evil.example:443', '@', ':', '?', '#', ';', '&',
  'http:', 'https:', 'javascript:', 'data:', 'a', 'documents', '1',
]
const attackerPath = fc.oneof(
  fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((pieces) => pieces.join('')),
  fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((pieces) => `/${pieces.join('')}`),
  fc.webPath(),
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }).map((text) => `/${text}`),
)
const SITE = 'http://site.example'

describe('safeNextPath, whatever it is fed', () => {
  it('returns only a same-site path: one leading /, no // or /\\, no control characters, same origin', () => {
    fc.assert(
      fc.property(attackerPath, (input) => {
        const result = safeNextPath(input)
        expect(result.startsWith('/'), result).toBe(true)
        expect(result[1] === '/' || result[1] === '\\', result).toBe(false)
        // eslint-disable-next-line no-control-regex
        expect(result, 'a raw control character or whitespace would reach the Location header').not.toMatch(/[\u0000-\u001f\u007f\s]/)
        expect(new URL(result, SITE).origin).toBe(SITE)
        // What it returns is itself accepted unchanged: nothing left to normalise into another target.
        expect(safeNextPath(result, '(refused)')).toBe(result)
      }),
      { numRuns: 20_000 },
    )
  })
})

describe('afterLoginPath', () => {
  it('never sends back to login or logout', () => {
    expect(afterLoginPath('/login?next=/x')).toBe('/')
    expect(afterLoginPath('/logout')).toBe('/')
    expect(afterLoginPath('/login/')).toBe('/')
    expect(afterLoginPath('/login-help')).toBe('/login-help')
    expect(afterLoginPath('//evil.example')).toBe('/')
    expect(afterLoginPath('/documents/3')).toBe('/documents/3')
  })
})

describe('login redirect for anonymous visitors', () => {
  it('remembers the requested path and query', () => {
    expect(loginRedirectFor(new URL('http://site/'))).toBe('/login')
    expect(loginRedirectFor(new URL('http://site/search?q=a b'))).toBe('/login?next=%2Fsearch%3Fq%3Da%2520b')
    expect(loginRedirectFor(new URL('http://site/documents/1'), 'expired')).toBe(
      '/login?next=%2Fdocuments%2F1&reason=expired',
    )
  })

  it('round-trips through safeNextPath', () => {
    const target = new URL(loginRedirectFor(new URL('http://site/search?q=Gleitzeit&page=2')), 'http://site')
    expect(afterLoginPath(target.searchParams.get('next'))).toBe('/search?q=Gleitzeit&page=2')
  })

  it.each([
    ['/login', true],
    ['/login/', true],
    ['/lang', true],
    ['/health', true],
    ['/_astro/Base.css', true],
    ['/', false],
    ['/search', false],
    ['/documents/1', false],
    ['/loginx', false],
    ['/_astrox', false],
  ])('%s is public: %s', (path, expected) => {
    expect(isPublicPath(path)).toBe(expected)
  })
})
