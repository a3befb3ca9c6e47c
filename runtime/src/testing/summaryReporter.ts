import type { Reporter, TestModule } from 'vitest/node'

/**
 * Ends a run with one plain line, `N passed, N failed, N skipped`, that CI logs and people can read at a glance
 * (the default reporter's summary is coloured and spread over several lines).
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>) {
    const count = { passed: 0, failed: 0, skipped: 0, pending: 0 }
    for (const module of testModules) for (const test of module.children.allTests()) count[test.result().state]++
    // An error outside any test (or a file that failed to load) fails the run too.
    const failed = count.failed + unhandledErrors.length + testModules.filter((module) => module.state() === 'failed' && !module.children.size).length
    console.log(`\n${count.passed} passed, ${failed} failed, ${count.skipped} skipped`)
  }
}
