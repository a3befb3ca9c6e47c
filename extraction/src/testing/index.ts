// Fixture builders for tests and benchmarks: real files of every format this package reads, and broken ones.
export type { FixtureFormat, FixtureSpec } from './FixtureSpec.ts'
export { buildFixture, writeFixture } from './writeFixture.ts'
export { writeZip, type ZipInput } from './writeZip.ts'
