import type { BaseDatabaseAdapter, DatabaseAdapterObj } from 'payload'

/**
 * Wraps the database adapter: @payloadcms/drizzle's `deleteOne` (3.90) builds an invalid query ("missing FROM-clause
 * entry") when its `where` goes through a relationship and matches nothing, so `DELETE /api/payload-preferences/<key>`
 * of a key the caller never saved answers 500. Looking the document up first turns that into "nothing deleted",
 * which Payload answers with 404.
 */
export function lookBeforeDeleteOne<T extends BaseDatabaseAdapter>(adapter: DatabaseAdapterObj<T>): DatabaseAdapterObj<T> {
  return {
    ...adapter,
    init: (args) => {
      const db = adapter.init(args)
      const deleteOne = db.deleteOne.bind(db)
      // eslint-disable-next-line @typescript-eslint/no-unsafe-return -- Payload types every stored document as `any`
      db.deleteOne = async (options) => ((await db.findOne({ collection: options.collection, where: options.where, req: options.req })) ? deleteOne(options) : null)
      return db
    },
  }
}
