import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // @lotse/search ships TypeScript source (the document hooks build search records with it).
  transpilePackages: ['@lotse/search'],
}

export default withPayload(nextConfig)
