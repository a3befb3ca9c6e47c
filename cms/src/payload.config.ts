import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { de } from '@payloadcms/translations/languages/de'
import { en } from '@payloadcms/translations/languages/en'
import { buildConfig } from 'payload'
import sharp from 'sharp'
import { Acknowledgements } from './collections/Acknowledgements/index.ts'
import { AuditLog } from './collections/AuditLog/index.ts'
import { Documents } from './collections/Documents/index.ts'
import { Feedback } from './collections/Feedback/index.ts'
import { Files } from './collections/Files/index.ts'
import { guardCollection } from './collections/guardCollection.ts'
import { MigrationRuns } from './collections/MigrationRuns.ts'
import { OrgUnits } from './collections/OrgUnits/index.ts'
import { SearchOutbox } from './collections/SearchOutbox/index.ts'
import { SearchSynonyms } from './collections/SearchSynonyms/index.ts'
import { Pins } from './collections/Pins/index.ts'
import { Topics } from './collections/Topics.ts'
import { ReviewNotes } from './collections/ReviewNotes/index.ts'
import { Users } from './collections/Users/index.ts'
import { dashboard } from './dashboard/dashboard.ts'
import { hideFromManagers } from './admin/hideFromManagers.ts'
import { formalGerman } from './admin/formalGerman.ts'
import { adminEnglish } from './admin/adminEnglish.ts'
import { richTextEditor, withEditorPlaceholder } from './admin/richTextEditor.ts'
import { env } from './env.ts'
import { limitGraphQLCost } from './limits/limitGraphQLCost.ts'
import { answerMalformedInput } from './hooks/answerMalformedInput.ts'
import { lookBeforeDeleteOne } from './utilities/lookBeforeDeleteOne.ts'

const dirname = path.dirname(fileURLToPath(import.meta.url))
// The favicon inline: an intranet admin loads nothing from elsewhere.
const LOTSE_ICON_URL = `data:image/svg+xml,${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 48 48"><circle cx="24" cy="24" r="21" fill="none" stroke="#0b4f9c" stroke-width="4"/><path d="M24 8 30 24 24 40 18 24Z" fill="#0b4f9c"/><path d="M24 8 30 24 18 24Z" fill="#d4a017"/></svg>')}`

export default buildConfig({
  serverURL: env.cmsPublicUrl,
  secret: env.payloadSecret,
  admin: {
    user: Users.slug,
    // Gravatar would load images from the internet: broken offline and a privacy leak on an intranet.
    avatar: 'default',
    // Payload puts a space between page title and suffix itself.
    meta: {
      titleSuffix: '– Lotse',
      title: 'Lotse',
      description: 'Lotse – Weisungen, Richtlinien und Arbeitshilfen der Verwaltung',
      icons: [{ rel: 'icon', type: 'image/svg+xml', url: LOTSE_ICON_URL }],
    },
    dateFormat: 'dd.MM.yyyy, HH:mm',
    components: {
      graphics: { Logo: '/admin/LotseLogo.tsx#LotseLogo', Icon: '/admin/LotseIcon.tsx#LotseIcon' },
      beforeDashboard: ['/admin/ReviewInbox/ReviewInbox.tsx#ReviewInbox'],
      providers: ['/admin/RestoreButtonGuard.tsx#RestoreButtonGuard'],
    },
    importMap: { baseDir: dirname },
  },
  hooks: { afterError: [answerMalformedInput] },
  collections: [Documents, Files, Topics, Acknowledgements, Feedback, ReviewNotes, Users, OrgUnits, AuditLog, MigrationRuns, SearchOutbox, SearchSynonyms, Pins].map(guardCollection).map(hideFromManagers),
  // The manager's dashboard aggregates across collections, so it is no collection's endpoint.
  endpoints: [{ path: '/dashboard', method: 'get', handler: dashboard }],
  editor: richTextEditor,
  db: lookBeforeDeleteOne(
    postgresAdapter({
      pool: { connectionString: env.databaseUri },
      // The schema comes only from committed migrations (`prepare-db`), never from a dev-time push.
      push: false,
      migrationDir: path.resolve(dirname, 'migrations'),
    }),
  ),
  i18n: {
    supportedLanguages: { de, en },
    fallbackLanguage: 'de',
    // Payload's German says "du"; an administration says "Sie".
    translations: { de: formalGerman, en: adminEnglish },
  },
  sharp,
  cors: env.siteUrl ? [env.siteUrl] : [],
  // Never empty: an empty list makes Payload accept the login cookie from pages of any origin.
  csrf: env.trustedOrigins,
  typescript: {
    outputFile: path.resolve(dirname, 'payload-types.ts'),
    // Types are generated on purpose (`npm run generate:types`), not rewritten by every dev start or test run.
    autoGenerate: false,
  },
  // An intranet installation does not phone home.
  telemetry: false,
  // Bounds the documents one GraphQL request asks for (REST lists: guardCollection).
  graphQL: { validationRules: (args) => [limitGraphQLCost(args)] },
}).then(withEditorPlaceholder)
