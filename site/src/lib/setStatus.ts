import { STATUS_CODES } from 'node:http'

/** Sets a page's HTTP status with its matching reason phrase (Astro keeps "OK" otherwise: "503 OK"). */
export function setStatus(response: { status: number; statusText: string }, status: number): void {
  response.status = status
  response.statusText = STATUS_CODES[status] ?? ''
}
