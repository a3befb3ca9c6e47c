import type { TestProject } from 'vitest/node'
import { startTestServices } from './services.ts'

/** Vitest global setup of the integration project: real PostgreSQL and Meilisearch, shared by all its test files. */
export default async function setup(project: TestProject) {
  const services = await startTestServices()
  project.provide('databaseUri', services.databaseUri)
  project.provide('meiliUrl', services.meiliUrl)
  project.provide('meiliMasterKey', services.meiliMasterKey)
  return () => services.stop()
}
