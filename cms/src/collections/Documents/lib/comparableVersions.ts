import type { PayloadRequest } from 'payload'

/** The latest version of a document and the version published last, as far as the person may read version history. */
export async function comparableVersions(req: PayloadRequest, id: number): Promise<{ latest: string | null; published: string | null }> {
  const newest = (where: object) =>
    req.payload
      .findVersions({ collection: 'documents', where: { parent: { equals: id }, ...where }, sort: '-updatedAt', limit: 1, depth: 0, user: req.user, overrideAccess: false, req })
      .then(({ docs }) => (docs[0] ? String(docs[0].id) : null))
  const [latest, published] = await Promise.all([newest({}), newest({ 'version._status': { equals: 'published' } })])
  return { latest, published }
}
