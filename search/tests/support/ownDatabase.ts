import pg from 'pg'

/**
 * A fresh database of its own on the test PostgreSQL, for search tests that create the CMS's tables in their own
 * shape (outbox, files): in the shared database those tables would stop the CMS migrations of the files after them.
 */
export async function ownDatabase(sharedUri: string, name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: sharedUri })
  await admin.connect()
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
    await admin.query(`CREATE DATABASE "${name}"`)
  } finally {
    await admin.end()
  }
  const uri = new URL(sharedUri)
  uri.pathname = `/${name}`
  return uri.toString()
}
