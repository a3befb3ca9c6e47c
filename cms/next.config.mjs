import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // @lotse/search ships TypeScript source (the document hooks build search records with it).
  transpilePackages: ['@lotse/search', '@lotse/domain'],
  // The build type-checks the application; tests are checked by `npm run typecheck`, and never block a production build.
  typescript: { tsconfigPath: './tsconfig.build.json' },
}

export default withPayload(nextConfig)
