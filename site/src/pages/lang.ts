import type { APIRoute } from 'astro'
import { isLang } from '../lib/i18n.ts'
import { readForm } from '../lib/readForm.ts'
import { safeNextPath } from '../lib/safeNextPath.ts'
import { setLangCookie } from '../lib/sessionCookie.ts'

/** The language switch in the footer: remembers the choice in a cookie and returns to the page. */
export const POST: APIRoute = async ({ request, cookies, url, redirect }) => {
  const form = await readForm(request)
  if (form instanceof Response) return form
  const lang = form.get('lang')
  if (isLang(lang)) setLangCookie(cookies, url, lang)
  return redirect(safeNextPath(form.get('next')), 303)
}

export const GET: APIRoute = ({ redirect }) => redirect('/', 303)
