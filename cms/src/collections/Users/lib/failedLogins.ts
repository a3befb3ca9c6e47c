import { LoginThrottle } from './LoginThrottle.ts'

const FIFTEEN_MINUTES = 15 * 60_000

/**
 * The CMS process's memory of failed logins (forgotten on restart, which only gives an attacker a fresh window). Five
 * wrong passwords for one account from one address; a hundred from one address in all, since a terminal server or a
 * NAT puts many honest people behind one.
 */
export const failedLogins = new LoginThrottle({
  perAccountAndClient: { max: 5, windowMs: FIFTEEN_MINUTES },
  perClient: { max: 100, windowMs: FIFTEEN_MINUTES },
})
