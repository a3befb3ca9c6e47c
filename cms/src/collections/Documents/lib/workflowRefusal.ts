import { ValidationError, type PayloadRequest } from 'payload'
import { refusalText, type Refusal } from './refusalText.ts'

/**
 * The error a refused save throws. A person (a request over HTTP: the admin, REST) reads the refusal in their language,
 * also as the error's headline instead of Payload's "The following field is invalid: workflowStatus"; trusted code
 * calling the Local API gets the rule's English text.
 */
export function workflowRefusal(req: PayloadRequest, errors: Refusal[]): ValidationError {
  const language = req.payloadAPI === 'local' ? 'en' : req.i18n?.language
  const said = errors.map((error) => ({ path: error.path, message: refusalText(error, language) }))
  const refusal = new ValidationError({ collection: 'documents', errors: said }, req.t)
  refusal.message = said.map((error) => error.message).join(' ')
  return refusal
}
