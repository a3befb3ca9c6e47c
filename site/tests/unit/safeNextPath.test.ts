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
