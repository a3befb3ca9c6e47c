/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** The signed-in person, resolved once per request in `middleware.ts`; `null` when anonymous. */
    viewer: import('./lib/Viewer.ts').Viewer | null
    /** Language the page is rendered in. */
    lang: import('./lib/i18n.ts').Lang
    /** The CMS could not be asked who the viewer is (the login page says so). */
    authUnavailable: boolean
  }
}
