import { spawnSync } from 'node:child_process'

// Each benchmark runs in its own process so that one's memory and servers do not skew the next.
const benchmarks = ['searchBench.ts', 'migrationBench.ts']
let failed = 0
for (const file of benchmarks) {
  const result = spawnSync('tsx', [`src/${file}`], { stdio: 'inherit', env: process.env })
  if (result.status !== 0) failed++
}
process.exit(failed ? 1 : 0)
