import { defineConfig } from 'vitest/config'

// One run over every workspace: unit tests (pure logic), integration tests (real PostgreSQL + Meilisearch),
// and end-to-end tests (the whole stack as `npm start` runs it, driven over HTTP and in headless Chromium).
export default defineConfig({
  test: {
    reporters: ['default', './runtime/src/testing/summaryReporter.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          sequence: { groupOrder: 0 },
          include: ['*/tests/unit/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'int',
          sequence: { groupOrder: 0 },
          include: ['*/tests/int/**/*.int.test.ts'],
          globalSetup: ['runtime/src/testing/servicesGlobalSetup.ts'],
          setupFiles: ['runtime/src/testing/servicesEnv.ts'],
          // The files share one database; Payload's first start per file runs migrations.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'e2e',
          // A group of its own: the whole stack (and the start/stop tests' two more) runs apart from the integration
          // tests instead of competing with them for two cores.
          sequence: { groupOrder: 1 },
          include: ['*/tests/e2e/**/*.e2e.test.ts'],
          globalSetup: ['runtime/src/testing/stackGlobalSetup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
})
