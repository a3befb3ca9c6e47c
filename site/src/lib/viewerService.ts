import { fetchViewerProfile } from './cmsClient.ts'
import { createViewerResolver } from './viewerResolver.ts'

/** The process-wide viewer resolver (one cache per server process). */
export const viewerResolver = createViewerResolver({
  fetchProfile: fetchViewerProfile,
  onError: (error) => console.error('[site] could not resolve the viewer:', error instanceof Error ? error.message : error),
})
