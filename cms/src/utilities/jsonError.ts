/** An endpoint's error in Payload's REST shape (`{ errors: [{ message }] }`), so clients handle all errors alike. */
export const jsonError = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status })
