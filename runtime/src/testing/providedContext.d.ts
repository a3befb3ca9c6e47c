// What the Vitest global setups hand to test files through `inject()`.
import 'vitest'

declare module 'vitest' {
  export interface ProvidedContext {
    /** int project: throwaway PostgreSQL and Meilisearch */
    databaseUri: string
    meiliUrl: string
    meiliMasterKey: string
    /** e2e project: the whole stack */
    stack: { siteUrl: string; cmsUrl: string; searchUrl: string; dataDir: string }
  }
}
