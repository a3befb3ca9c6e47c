import { NextResponse, type NextRequest } from 'next/server'

/**
 * Next's proxy (runs before routing). A path that is not valid percent-encoded UTF-8 (`/api/documents/%zz`, a lone
 * surrogate `%ED%A0%80`) makes Next's router fail to decode it and answer a plain 500 (it looks for a /400 page
 * Payload does not have): refuse such paths here with 400.
 */
export function proxy(request: NextRequest) {
  try {
    decodeURIComponent(request.nextUrl.pathname)
  } catch {
    return NextResponse.json({ errors: [{ message: 'The path is not valid percent-encoded UTF-8.' }] }, { status: 400 })
  }
  return NextResponse.next()
}
