import { KIND_LABELS, STATUS_LABELS, type Label } from '@lotse/domain'

/**
 * Every string people read on the site, in German (default) and English. `Messages` is derived from the German
 * dictionary, so a key missing in English is a type error; `tests/unit/i18n.test.ts` also checks placeholders.
 * Placeholders are written `{name}` and filled by `t(key, { name })`.
 */
export const LANGS = ['de', 'en'] as const
export type Lang = (typeof LANGS)[number]
export const DEFAULT_LANG: Lang = 'de'

/** `{ 'kind.directive': 'Weisung', … }` from a vocabulary's labels, typed key by key. */
function labelMessages<P extends string, V extends string>(prefix: P, labels: Record<V, Label>, lang: Lang): Record<`${P}.${V}`, string> {
  return Object.fromEntries(Object.entries<Label>(labels).map(([value, label]) => [`${prefix}.${value}`, label[lang]])) as Record<`${P}.${V}`, string>
}

const de = {
  'site.name': 'Lotse',
  'site.tagline': 'Weisungen, Richtlinien und Arbeitshilfen an einem Ort',
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
  'home.searchHeading': 'Wonach suchen Sie?',
  'home.pendingHeading': 'Offene Lesebestätigungen',
  'home.pendingEmpty': 'Sie haben alle Lesebestätigungen erledigt. Neue erscheinen hier, sobald ein Dokument Ihre Bestätigung braucht.',
  'home.pendingDue': 'fällig am {date}',
  'home.pendingOverdue': 'überfällig seit {date}',
  'home.pendingAll': 'Alle Lesebestätigungen',
  'home.changedHeading': 'Neu oder geändert seit Ihrem letzten Besuch',
  'home.changedHeadingFirst': 'Neu oder geändert in den letzten 30 Tagen',
  'home.changedSince': 'Weisungen, Dienstanweisungen und Arbeitshilfen, veröffentlicht seit {date}.',
  'home.changedEmpty': 'Seit Ihrem letzten Besuch wurden keine Weisungen, Dienstanweisungen oder Arbeitshilfen veröffentlicht oder geändert.',
  'home.published': 'veröffentlicht am {date}',
  'home.changeNote': 'Änderung: {note}',
  'home.ownUnitHeading': 'Aktuelle Dokumente Ihrer Einheit',
  'home.ownUnitEmpty': 'Ihre Organisationseinheit hat zurzeit keine gültigen Dokumente veröffentlicht.',
  'home.partUnavailable': 'Dieser Bereich kann gerade nicht geladen werden. Bitte versuchen Sie es in einigen Minuten erneut.',
  'ackPage.title': 'Meine Lesebestätigungen',
  'ackPage.intro': 'Hier sehen Sie, welche Dokumente Sie noch als gelesen bestätigen sollen und welche Sie schon bestätigt haben.',
  'ackPage.openHeading': 'Offen',
  'ackPage.openEmpty': 'Keine offenen Lesebestätigungen – Sie sind auf dem aktuellen Stand.',
  'ackPage.doneHeading': 'Erledigt',
  'ackPage.doneEmpty': 'Sie haben noch keine Lesebestätigung abgegeben.',
  'ackPage.document': 'Dokument',
  'ackPage.version': 'Fassung',
  'ackPage.confirmedOn': 'Bestätigt am',
  'ackPage.noLongerVisible': 'Dokument nicht mehr verfügbar',
  'ackPage.unavailable': 'Die Lesebestätigungen können gerade nicht geladen werden. Bitte versuchen Sie es in einigen Minuten erneut.',
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
  'document.validFrom': 'Gültig ab {date}',
  'document.emptyBody': 'Dieses Dokument enthält keinen Text.',
  'document.unavailableHeading': 'Das Dokument kann gerade nicht geladen werden',
  'document.unavailableText': 'Bitte versuchen Sie es in einigen Minuten erneut.',
  'document.tableLabel': 'Tabelle',
  'document.validUntil': 'Gültig bis {date}',
  'document.banner.inForce': 'In Kraft',
  'document.banner.inForceSince': 'Dieses Dokument gilt seit dem {date}.',
  'document.banner.inForceUntil': 'Es gilt bis zum {date}.',
  'document.banner.inForceOpen': 'Es gilt ohne Befristung.',
  'document.banner.notYet': 'Noch nicht in Kraft',
  'document.banner.notYetText': 'Dieses Dokument gilt erst ab dem {date}. Bis dahin gilt die bisherige Regelung.',
  'document.banner.expired': 'Nicht mehr gültig',
  'document.banner.expiredText': 'Dieses Dokument ist seit dem {date} nicht mehr in Kraft. Wenden Sie es nicht mehr an.',
  'document.banner.superseded': 'Ersetzt',
  'document.banner.supersededText': 'Dieses Dokument wurde ersetzt und gilt nicht mehr.',
  'document.banner.successorLink': 'Zur gültigen Fassung: {title}',
  'document.banner.withdrawn': 'Zurückgezogen',
  'document.banner.withdrawnText': 'Dieses Dokument wurde zurückgezogen und gilt nicht mehr. Wenden Sie es nicht mehr an.',
  'document.banner.draft': 'Entwurf',
  'document.banner.draftText': 'Dies ist ein Entwurf und noch nicht in Kraft.',
  'document.banner.inReview': 'In Prüfung',
  'document.banner.inReviewText': 'Dieser Entwurf wird gerade geprüft und ist noch nicht in Kraft.',
  'document.banner.predecessor': 'Diese Fassung ersetzt: {title}',
  'document.metaHeading': 'Angaben zum Dokument',
  'document.meta.kind': 'Art',
  'document.meta.ownerUnit': 'Verantwortliche Einheit',
  'document.meta.responsible': 'Ansprechperson',
  'document.meta.validFrom': 'Gültig ab',
  'document.meta.validUntil': 'Gültig bis',
  'document.meta.validUntilOpen': 'unbefristet',
  'document.meta.version': 'Fassung',
  'document.meta.legalBasis': 'Rechtsgrundlage',
  'document.meta.topics': 'Themen',
  'document.meta.changeNote': 'Änderungshinweis',
  'document.meta.updated': 'Zuletzt aktualisiert',
  'document.meta.legacyPath': 'Herkunft',
  'document.legacyPath': 'früher: {path}',
  'document.bodyHeading': 'Inhalt',
  'document.attachmentsHeading': 'Anlagen',
  'document.ack.heading': 'Lesebestätigung',
  'document.ack.ask': 'Bitte bestätigen Sie bis zum {date}, dass Sie dieses Dokument gelesen und verstanden haben.',
  'document.ack.askOverdue': 'Die Frist für Ihre Lesebestätigung ist am {date} abgelaufen. Bitte bestätigen Sie jetzt, dass Sie dieses Dokument gelesen und verstanden haben.',
  'document.ack.version': 'Sie bestätigen die hier angezeigte Fassung{version}.',
  'document.ack.button': 'Gelesen und verstanden',
  'document.ack.doneText': 'Sie haben diese Fassung am {date} als gelesen und verstanden bestätigt.',
  'document.ack.confirmed': 'Danke – Ihre Lesebestätigung ist gespeichert.',
  'document.ack.changed': 'Das Dokument wurde inzwischen geändert. Bitte lesen Sie die aktuelle Fassung und bestätigen Sie dann erneut.',
  'document.ack.notAsked': 'Für dieses Dokument ist keine Lesebestätigung (mehr) nötig.',
  'document.ack.failed': 'Ihre Lesebestätigung konnte gerade nicht gespeichert werden. Bitte versuchen Sie es in einigen Minuten erneut.',
  'document.feedback.heading': 'Rückmeldung geben',
  'document.feedback.intro': 'Ist etwas veraltet, falsch oder unklar? Ihre Rückmeldung geht an {unit}.',
  'document.feedback.introNoUnit': 'Ist etwas veraltet, falsch oder unklar? Ihre Rückmeldung geht an die verantwortliche Einheit.',
  'document.feedback.kindLegend': 'Was stimmt nicht?',
  'document.feedback.kind.outdated': 'Veraltet',
  'document.feedback.kind.wrong': 'Fehlerhaft',
  'document.feedback.kind.unclear': 'Unverständlich',
  'document.feedback.comment': 'Ihr Hinweis (freiwillig)',
  'document.feedback.commentHint': 'Was genau sollte geändert werden? Höchstens {max} Zeichen.',
  'document.feedback.submit': 'Rückmeldung senden',
  'document.feedback.sent': 'Danke! Ihre Rückmeldung ist bei der verantwortlichen Einheit angekommen.',
  'document.feedback.errorHeading': 'Die Rückmeldung wurde nicht gesendet',
  'document.feedback.error.missingKind': 'Bitte wählen Sie aus, was nicht stimmt: veraltet, fehlerhaft oder unverständlich.',
  'document.feedback.error.tooLong': 'Ihr Hinweis ist zu lang. Bitte fassen Sie sich kürzer (höchstens {max} Zeichen).',
  'document.feedback.error.failed': 'Die Rückmeldung konnte gerade nicht gesendet werden. Bitte versuchen Sie es in einigen Minuten erneut.',
  'document.print.status': '{status} · {validity}',
  'document.print.printedAt': 'Gedruckt am {date} – maßgeblich ist die Fassung in Lotse.',
  'notFound.title': 'Seite nicht gefunden',
  'notFound.text':
    'Diese Seite gibt es nicht, oder sie ist für Sie nicht freigegeben. Prüfen Sie die Adresse oder suchen Sie nach dem Thema.',
  'notFound.home': 'Zur Startseite',
  'error.title': 'Ein Fehler ist aufgetreten',
  'error.text': 'Die Seite konnte nicht angezeigt werden. Bitte versuchen Sie es erneut; wenn das Problem bleibt, wenden Sie sich an die IT.',
  // Kinds and statuses as the admin names them (@lotse/domain).
  ...labelMessages('kind', KIND_LABELS, 'de'),
  'kind.unknown': 'Dokument',
  ...labelMessages('status', STATUS_LABELS, 'de'),
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
  'home.searchHeading': 'What are you looking for?',
  'home.pendingHeading': 'Open read confirmations',
  'home.pendingEmpty': 'You have confirmed everything. New requests appear here as soon as a document needs your confirmation.',
  'home.pendingDue': 'due {date}',
  'home.pendingOverdue': 'overdue since {date}',
  'home.pendingAll': 'All read confirmations',
  'home.changedHeading': 'New or changed since your last visit',
  'home.changedHeadingFirst': 'New or changed in the last 30 days',
  'home.changedSince': 'Directives, service instructions and work aids published since {date}.',
  'home.changedEmpty': 'No directives, service instructions or work aids have been published or changed since your last visit.',
  'home.published': 'published {date}',
  'home.changeNote': 'Change: {note}',
  'home.ownUnitHeading': 'Current documents of your unit',
  'home.ownUnitEmpty': 'Your organisational unit has no documents in force at the moment.',
  'home.partUnavailable': 'This section cannot be loaded right now. Please try again in a few minutes.',
  'ackPage.title': 'My read confirmations',
  'ackPage.intro': 'Which documents you still need to confirm as read, and which you have already confirmed.',
  'ackPage.openHeading': 'Open',
  'ackPage.openEmpty': 'No open read confirmations – you are up to date.',
  'ackPage.doneHeading': 'Done',
  'ackPage.doneEmpty': 'You have not confirmed any document yet.',
  'ackPage.document': 'Document',
  'ackPage.version': 'Version',
  'ackPage.confirmedOn': 'Confirmed on',
  'ackPage.noLongerVisible': 'Document no longer available',
  'ackPage.unavailable': 'Your read confirmations cannot be loaded right now. Please try again in a few minutes.',
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
  'document.validFrom': 'Valid from {date}',
  'document.emptyBody': 'This document has no text.',
  'document.unavailableHeading': 'The document cannot be loaded right now',
  'document.unavailableText': 'Please try again in a few minutes.',
  'document.tableLabel': 'Table',
  'document.validUntil': 'Valid until {date}',
  'document.banner.inForce': 'In force',
  'document.banner.inForceSince': 'This document has applied since {date}.',
  'document.banner.inForceUntil': 'It applies until {date}.',
  'document.banner.inForceOpen': 'It applies without an end date.',
  'document.banner.notYet': 'Not yet in force',
  'document.banner.notYetText': 'This document applies from {date}. Until then, the previous rules apply.',
  'document.banner.expired': 'No longer valid',
  'document.banner.expiredText': 'This document has not been in force since {date}. Do not apply it any more.',
  'document.banner.superseded': 'Superseded',
  'document.banner.supersededText': 'This document has been replaced and no longer applies.',
  'document.banner.successorLink': 'Go to the version in force: {title}',
  'document.banner.withdrawn': 'Withdrawn',
  'document.banner.withdrawnText': 'This document has been withdrawn and no longer applies. Do not apply it any more.',
  'document.banner.draft': 'Draft',
  'document.banner.draftText': 'This is a draft and not yet in force.',
  'document.banner.inReview': 'In review',
  'document.banner.inReviewText': 'This draft is being reviewed and is not yet in force.',
  'document.banner.predecessor': 'This version replaces: {title}',
  'document.metaHeading': 'About this document',
  'document.meta.kind': 'Kind',
  'document.meta.ownerUnit': 'Owning unit',
  'document.meta.responsible': 'Contact person',
  'document.meta.validFrom': 'Valid from',
  'document.meta.validUntil': 'Valid until',
  'document.meta.validUntilOpen': 'no end date',
  'document.meta.version': 'Version',
  'document.meta.legalBasis': 'Legal basis',
  'document.meta.topics': 'Topics',
  'document.meta.changeNote': 'Change note',
  'document.meta.updated': 'Last updated',
  'document.meta.legacyPath': 'Origin',
  'document.legacyPath': 'formerly: {path}',
  'document.bodyHeading': 'Content',
  'document.attachmentsHeading': 'Attachments',
  'document.ack.heading': 'Read confirmation',
  'document.ack.ask': 'Please confirm by {date} that you have read and understood this document.',
  'document.ack.askOverdue': 'The deadline for your read confirmation was {date}. Please confirm now that you have read and understood this document.',
  'document.ack.version': 'You confirm the version shown here{version}.',
  'document.ack.button': 'Read and understood',
  'document.ack.doneText': 'You confirmed on {date} that you have read and understood this version.',
  'document.ack.confirmed': 'Thank you – your read confirmation has been saved.',
  'document.ack.changed': 'The document has changed in the meantime. Please read the current version, then confirm again.',
  'document.ack.notAsked': 'This document does not (or no longer) ask for a read confirmation.',
  'document.ack.failed': 'Your read confirmation could not be saved right now. Please try again in a few minutes.',
  'document.feedback.heading': 'Give feedback',
  'document.feedback.intro': 'Is something outdated, wrong or unclear? Your feedback goes to {unit}.',
  'document.feedback.introNoUnit': 'Is something outdated, wrong or unclear? Your feedback goes to the owning unit.',
  'document.feedback.kindLegend': 'What is wrong?',
  'document.feedback.kind.outdated': 'Outdated',
  'document.feedback.kind.wrong': 'Wrong',
  'document.feedback.kind.unclear': 'Unclear',
  'document.feedback.comment': 'Your note (optional)',
  'document.feedback.commentHint': 'What exactly should change? At most {max} characters.',
  'document.feedback.submit': 'Send feedback',
  'document.feedback.sent': 'Thank you! Your feedback has reached the owning unit.',
  'document.feedback.errorHeading': 'The feedback was not sent',
  'document.feedback.error.missingKind': 'Please choose what is wrong: outdated, wrong or unclear.',
  'document.feedback.error.tooLong': 'Your note is too long. Please keep it shorter (at most {max} characters).',
  'document.feedback.error.failed': 'The feedback could not be sent right now. Please try again in a few minutes.',
  'document.print.status': '{status} · {validity}',
  'document.print.printedAt': 'Printed on {date} – the version in Lotse is authoritative.',
  'notFound.title': 'Page not found',
  'notFound.text':
    'This page does not exist, or it is not released for you. Check the address or search for the topic.',
  'notFound.home': 'Go to the home page',
  'error.title': 'Something went wrong',
  'error.text': 'The page could not be shown. Please try again; if the problem persists, contact IT.',
  ...labelMessages('kind', KIND_LABELS, 'en'),
  'kind.unknown': 'Document',
  ...labelMessages('status', STATUS_LABELS, 'en'),
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
