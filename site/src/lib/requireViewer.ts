import type { Viewer } from './Viewer.ts'

/**
 * The viewer of a page behind the login. The middleware already redirected anonymous visitors, so a missing viewer
 * here is a programming error (a new public path rendering a private page), and fails loudly.
 */
export function requireViewer(locals: App.Locals): Viewer {
  if (!locals.viewer) throw new Error('This page needs a signed-in viewer; is its path listed in publicPaths.ts?')
  return locals.viewer
}
