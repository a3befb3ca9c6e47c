/**
 * Every string people read on the site, in German (default) and English. `Messages` is derived from the German
 * dictionary, so a key missing in English is a type error; `tests/unit/i18n.test.ts` also checks placeholders.
 * Placeholders are written `{name}` and filled by `t(key, { name })`.
 */
export const LANGS = ['de', 'en'] as const
export type Lang = (typeof LANGS)[number]
export const DEFAULT_LANG: Lang = 'de'

const de = {
  'site.name': 'Lotse',
  'site.tagline': 'Dienstanweisungen, Richtlinien und Arbeitshilfen an einem Ort',
  'layout.skipLink': 'Zum Inhalt springen',
  'layout.homeLink': 'Lotse – zur Startseite',
  'layout.signedInAs': 'Angemeldet als {name}',
  'layout.logout': 'Abmelden',
  'layout.footer': 'Lotse – Organisationsportal Ihrer Verwaltung',
  'layout.languageLabel': 'Sprache',
  'layout.switchLanguage': 'English',
  'layout.switchLanguageLang': 'en',
  'layout.switchLanguageTitle': 'Switch to English',
  'search.landmark': 'Dokumente durchsuchen',
  'search.label': 'Suchbegriff',
  'search.button': 'Suchen',
  'search.compactPlaceholder': 'Dokumente durchsuchen',
  'search.hint': 'Ein Stichwort genügt, zum Beispiel „Arbeitszeit“, „Dienstreise“ oder „Urlaub“.',
  'login.title': 'Anmelden',
  'login.intro': 'Melden Sie sich mit Ihrer dienstlichen E-Mail-Adresse und Ihrem Passwort an.',
  'login.email': 'E-Mail-Adresse',
  'login.password': 'Passwort',
  'login.submit': 'Anmelden',
  'login.errorHeading': 'Die Anmeldung hat nicht geklappt',
  'login.error.missingFields': 'Bitte geben Sie E-Mail-Adresse und Passwort ein.',
  'login.error.invalidCredentials': 'E-Mail-Adresse oder Passwort sind nicht korrekt. Bitte prüfen Sie Ihre Eingabe.',
  'login.error.tooManyAttempts':
    'Zu viele Anmeldeversuche in kurzer Zeit. Bitte warten Sie einige Minuten und versuchen Sie es dann erneut.',
  'login.error.tooManyAttemptsWait':
    'Zu viele Anmeldeversuche in kurzer Zeit. Bitte versuchen Sie es in {minutes} Min. erneut.',
  'login.error.unreachable':
    'Der Anmeldedienst ist gerade nicht erreichbar. Bitte versuchen Sie es in einigen Minuten erneut; wenn das Problem bleibt, wenden Sie sich an die IT.',
  'login.notice.expired': 'Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.',
  'login.notice.loggedOut': 'Sie haben sich abgemeldet.',
  'home.title': 'Startseite',
  'home.greeting': 'Guten Tag, {name}!',
  'home.intro':
    'Hier finden Sie die Dienstanweisungen, Richtlinien, Arbeitshilfen und Formulare Ihrer Verwaltung – aktuell und an einem Ort. Sie sehen alles, was für Sie freigegeben ist.',
  'home.searchHeading': 'Wonach suchen Sie?',
  'searchPage.title': 'Suche',
  'searchPage.titleWithQuery': 'Suche: {query}',
  'searchPage.heading': 'Suchergebnisse',
  'searchPage.countOne': '1 Treffer für „{query}“',
  'searchPage.countMany': '{count} Treffer für „{query}“',
  'searchPage.emptyQuery': 'Geben Sie einen Suchbegriff ein, um Dokumente zu finden.',
  'searchPage.queryTooLong': 'Der Suchbegriff ist zu lang. Bitte verwenden Sie höchstens {max} Zeichen.',
  'searchPage.noResults': 'Keine Treffer für „{query}“',
  'searchPage.tipsHeading': 'Tipps',
  'searchPage.tipSpelling': 'Prüfen Sie die Schreibweise, zum Beispiel „Straße“ statt „Strasse“.',
  'searchPage.tipFewerWords': 'Verwenden Sie weniger oder allgemeinere Begriffe.',
  'searchPage.tipSynonyms': 'Versuchen Sie ein anderes Wort mit gleicher Bedeutung, etwa „Urlaub“ statt „Freistellung“.',
  'searchPage.tipVisibility': 'Manche Dokumente sind nur für bestimmte Organisationseinheiten freigegeben.',
  'searchPage.unavailableHeading': 'Die Suche ist gerade nicht verfügbar',
  'searchPage.unavailableText':
    'Bitte versuchen Sie es in einigen Minuten erneut. Wenn das Problem bleibt, wenden Sie sich an die IT.',
  'searchPage.degraded':
    'Die Suche läuft gerade eingeschränkt: Die Treffer können unvollständiger und anders sortiert sein als gewohnt. Die vollständige Suche ist bald wieder da.',
  'searchPage.badRequest': 'Diese Suchanfrage konnte nicht verarbeitet werden. Bitte formulieren Sie sie anders.',
  'searchPage.pagination': 'Weitere Suchergebnisse',
  'searchPage.previous': 'Vorherige Seite',
  'searchPage.next': 'Nächste Seite',
  'searchPage.pageOf': 'Seite {page} von {pages}',
  'searchPage.validFrom': 'gültig ab {date}',
  'document.kind': 'Art',
  'document.updated': 'Zuletzt aktualisiert am {date}',
  'document.validFrom': 'Gültig ab {date}',
  'document.emptyBody': 'Dieses Dokument enthält keinen Text.',
  'document.unavailableHeading': 'Das Dokument kann gerade nicht geladen werden',
  'document.unavailableText': 'Bitte versuchen Sie es in einigen Minuten erneut.',
  'document.tableLabel': 'Tabelle',
  'notFound.title': 'Seite nicht gefunden',
  'notFound.text':
    'Diese Seite gibt es nicht, oder sie ist für Sie nicht freigegeben. Prüfen Sie die Adresse oder suchen Sie nach dem Thema.',
  'notFound.home': 'Zur Startseite',
  'error.title': 'Ein Fehler ist aufgetreten',
  'error.text': 'Die Seite konnte nicht angezeigt werden. Bitte versuchen Sie es erneut; wenn das Problem bleibt, wenden Sie sich an die IT.',
  'kind.directive': 'Dienstanweisung',
  'kind.policy': 'Richtlinie',
  'kind.work-aid': 'Arbeitshilfe',
  'kind.instruction': 'Anleitung',
  'kind.form': 'Formular',
  'kind.news': 'Mitteilung',
  'kind.unknown': 'Dokument',
  'status.draft': 'Entwurf',
  'status.in-review': 'In Prüfung',
  'status.published': 'Veröffentlicht',
  'status.superseded': 'Ersetzt',
  'status.withdrawn': 'Zurückgezogen',
} as const

export type MessageKey = keyof typeof de
export type Messages = Record<MessageKey, string>

const en: Messages = {
  'site.name': 'Lotse',
  'site.tagline': 'Directives, policies and work aids in one place',
  'layout.skipLink': 'Skip to content',
  'layout.homeLink': 'Lotse – home',
  'layout.signedInAs': 'Signed in as {name}',
  'layout.logout': 'Sign out',
  'layout.footer': 'Lotse – the organisation portal of your administration',
  'layout.languageLabel': 'Language',
  'layout.switchLanguage': 'Deutsch',
  'layout.switchLanguageLang': 'de',
  'layout.switchLanguageTitle': 'Auf Deutsch umstellen',
  'search.landmark': 'Search documents',
  'search.label': 'Search term',
  'search.button': 'Search',
  'search.compactPlaceholder': 'Search documents',
  'search.hint': 'One keyword is enough, for example “Arbeitszeit” (working hours), “Dienstreise” or “Urlaub”. Most documents are in German.',
  'login.title': 'Sign in',
  'login.intro': 'Sign in with your work email address and your password.',
  'login.email': 'Email address',
  'login.password': 'Password',
  'login.submit': 'Sign in',
  'login.errorHeading': 'Sign-in failed',
  'login.error.missingFields': 'Please enter your email address and password.',
  'login.error.invalidCredentials': 'The email address or password is not correct. Please check what you entered.',
  'login.error.tooManyAttempts': 'Too many sign-in attempts in a short time. Please wait a few minutes, then try again.',
  'login.error.tooManyAttemptsWait': 'Too many sign-in attempts in a short time. Please try again in {minutes} min.',
  'login.error.unreachable':
    'The sign-in service is not reachable right now. Please try again in a few minutes; if the problem persists, contact IT.',
  'login.notice.expired': 'Your session has expired. Please sign in again.',
  'login.notice.loggedOut': 'You have signed out.',
  'home.title': 'Home',
  'home.greeting': 'Hello, {name}!',
  'home.intro':
    "Here you find your administration's directives, policies, work aids and forms – current and in one place. You see everything that is released for you.",
  'home.searchHeading': 'What are you looking for?',
  'searchPage.title': 'Search',
  'searchPage.titleWithQuery': 'Search: {query}',
  'searchPage.heading': 'Search results',
  'searchPage.countOne': '1 result for “{query}”',
  'searchPage.countMany': '{count} results for “{query}”',
  'searchPage.emptyQuery': 'Enter a search term to find documents.',
  'searchPage.queryTooLong': 'The search term is too long. Please use at most {max} characters.',
  'searchPage.noResults': 'No results for “{query}”',
  'searchPage.tipsHeading': 'Tips',
  'searchPage.tipSpelling': 'Check the spelling, for example “Straße” instead of “Strasse”.',
  'searchPage.tipFewerWords': 'Use fewer or more general terms.',
  'searchPage.tipSynonyms': 'Try another word with the same meaning; most documents are in German.',
  'searchPage.tipVisibility': 'Some documents are released only to certain organisational units.',
  'searchPage.unavailableHeading': 'Search is not available right now',
  'searchPage.unavailableText': 'Please try again in a few minutes. If the problem persists, contact IT.',
  'searchPage.degraded': 'Search is running in a limited mode: results may be less complete and ordered differently than usual. Full search will be back shortly.',
  'searchPage.badRequest': 'This search could not be processed. Please phrase it differently.',
  'searchPage.pagination': 'More search results',
  'searchPage.previous': 'Previous page',
  'searchPage.next': 'Next page',
  'searchPage.pageOf': 'Page {page} of {pages}',
  'searchPage.validFrom': 'valid from {date}',
  'document.kind': 'Kind',
  'document.updated': 'Last updated {date}',
  'document.validFrom': 'Valid from {date}',
  'document.emptyBody': 'This document has no text.',
  'document.unavailableHeading': 'The document cannot be loaded right now',
  'document.unavailableText': 'Please try again in a few minutes.',
  'document.tableLabel': 'Table',
  'notFound.title': 'Page not found',
  'notFound.text':
    'This page does not exist, or it is not released for you. Check the address or search for the topic.',
  'notFound.home': 'Go to the home page',
  'error.title': 'Something went wrong',
  'error.text': 'The page could not be shown. Please try again; if the problem persists, contact IT.',
  'kind.directive': 'Directive',
  'kind.policy': 'Policy',
  'kind.work-aid': 'Work aid',
  'kind.instruction': 'Instruction',
  'kind.form': 'Form',
  'kind.news': 'News',
  'kind.unknown': 'Document',
  'status.draft': 'Draft',
  'status.in-review': 'In review',
  'status.published': 'Published',
  'status.superseded': 'Superseded',
  'status.withdrawn': 'Withdrawn',
}

export const messages: Record<Lang, Messages> = { de, en }

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string

/**
 * A translator for one language (German when `lang` is missing, e.g. on the error page after a failed middleware).
 * Unknown placeholders stay visible (`{x}`) so they are noticed, never crash.
 */
export function translator(lang: Lang | undefined): Translate {
  const dict = messages[isLang(lang) ? lang : DEFAULT_LANG]
  return (key, vars) =>
    dict[key].replace(/\{(\w+)\}/g, (whole, name: string) =>
      vars && Object.hasOwn(vars, name) ? String(vars[name]) : whole,
    )
}

/** BCP 47 locale for `Intl` formatting in a language. */
export function localeOf(lang: Lang): string {
  return lang === 'de' ? 'de-DE' : 'en-GB'
}

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value)
}

/**
 * The language to render in: an explicit choice (the `lang` cookie) wins, then the browser's Accept-Language
 * (first supported language by quality), then German.
 */
export function resolveLang(input: { cookie?: string | undefined; acceptLanguage?: string | null | undefined }): Lang {
  if (isLang(input.cookie)) return input.cookie
  const ranges = (input.acceptLanguage ?? '')
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';')
      const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
      const q = qParam ? Number(qParam.slice(2)) : 1
      return { primary: tag.trim().toLowerCase().split('-')[0] ?? '', q: Number.isFinite(q) ? q : 0, index }
    })
    .filter((range) => range.primary && range.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index)
  for (const range of ranges) {
    if (isLang(range.primary)) return range.primary
  }
  return DEFAULT_LANG
}
