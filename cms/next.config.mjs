import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // @lotse/search ships TypeScript source (the document hooks build search records with it); so does @lotse/extraction
  // (attachment text).
  transpilePackages: ['@lotse/search', '@lotse/domain', '@lotse/extraction'],
  // Loaded by Node at run time, not bundled: unpdf brings its own pdf.js build, which loads itself with a dynamic import.
  serverExternalPackages: ['unpdf', 'mammoth', 'word-extractor'],
  // The build type-checks the application; tests are checked by `npm run typecheck`, and never block a production build.
  typescript: { tsconfigPath: './tsconfig.build.json' },
  // No other page may frame the admin (clickjacking a signed-in admin), and no response is sniffed into another type.
  // Both framing headers: frame-ancestors for current browsers, X-Frame-Options for the rest. Headers set here replace a
  // route's own, so uploaded files (/api/files/file/…) keep the stricter sandboxing policy of their download headers.
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'X-Content-Type-Options', value: 'nosniff' },
        ],
      },
      { source: '/:path((?!api/files/file/).*)', headers: [{ key: 'Content-Security-Policy', value: "frame-ancestors 'none'" }] },
    ]
  },
}

export default withPayload(nextConfig)
