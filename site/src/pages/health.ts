import type { APIRoute } from 'astro'

/** Liveness of the site process (for the supervisor and load balancers); says nothing about the CMS or search. */
export const GET: APIRoute = () =>
  new Response(JSON.stringify({ status: 'ok' }), { headers: { 'Content-Type': 'application/json' } })
