import fs from 'node:fs/promises'
import path from 'node:path'
import { repoRoot } from './env.ts'
import { RuntimeError } from './RuntimeError.ts'
import { runToCompletion } from './service.ts'

interface BuildTarget {
  workspace: string
  /** File the build writes last: its age is the build's age. */
  marker: string
  sources: string[]
}

const targets: BuildTarget[] = [
  {
    workspace: '@lotse/cms',
    marker: 'cms/.next/BUILD_ID',
    sources: ['cms/src', 'cms/next.config.mjs', 'cms/package.json', 'search/src/records'],
  },
  {
    workspace: '@lotse/site',
    marker: 'site/dist/server/entry.mjs',
    sources: ['site/src', 'site/public', 'site/astro.config.mjs', 'site/package.json'],
  },
]

/** Builds the cms and the site when there is no build yet or a source file is newer than it. */
export async function ensureBuilt(log: (line: string) => void, env: NodeJS.ProcessEnv): Promise<void> {
  for (const target of targets) {
    const built = await mtime(path.join(repoRoot, target.marker))
    const newest = Math.max(...(await Promise.all(target.sources.map((source) => newestMtime(path.join(repoRoot, source))))))
    if (built !== undefined && built >= newest) continue
    log(`Building ${target.workspace} (${built === undefined ? 'first start' : 'sources changed'}) …`)
    const started = Date.now()
    await runToCompletion({
      name: `build ${target.workspace}`,
      command: 'npm',
      args: ['run', 'build', '-w', target.workspace],
      cwd: repoRoot,
      env,
      log: () => {},
    }).catch((error: Error) => {
      throw new RuntimeError('BUILD_FAILED', `Build of ${target.workspace} failed. Run \`npm run build\` to see the whole output.\n${error.message}`)
    })
    log(`Built ${target.workspace} in ${((Date.now() - started) / 1000).toFixed(1)} s`)
  }
}

async function mtime(file: string): Promise<number | undefined> {
  return fs.stat(file).then((stat) => stat.mtimeMs, () => undefined)
}

async function newestMtime(entry: string): Promise<number> {
  const stat = await fs.stat(entry).catch(() => undefined)
  if (!stat) return 0
  if (!stat.isDirectory()) return stat.mtimeMs
  const children = await fs.readdir(entry)
  const times = await Promise.all(children.filter((name) => name !== 'node_modules').map((name) => newestMtime(path.join(entry, name))))
  return Math.max(stat.mtimeMs, ...times)
}
