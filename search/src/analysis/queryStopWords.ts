import { foldGerman } from './foldGerman.ts'

/**
 * Function words of questions as staff type them ("wie beantrage ich Sonderurlaub"). Removed from queries only; the
 * index keeps every word (a general stop-word list on the text measured worse).
 */
export const QUERY_STOP_WORDS: ReadonlySet<string> = new Set(
  [
    'wie', 'was', 'wer', 'wen', 'wem', 'wann', 'wo', 'woher', 'wohin', 'warum', 'weshalb', 'welche', 'welcher', 'welches', 'welchen',
    'darf', 'dürfen', 'kann', 'können', 'muss', 'müssen', 'soll', 'sollen', 'ich', 'man', 'mein', 'meine', 'meinen', 'meiner', 'wir', 'mir', 'mich',
    'mache', 'machen', 'tun', 'tue', 'gibt', 'es', 'ist', 'sind', 'wird', 'werden', 'hat', 'habe', 'haben', 'brauche', 'brauchen',
    'bei', 'beim', 'ein', 'eine', 'einer', 'einen', 'einem', 'der', 'die', 'das', 'den', 'dem', 'des', 'und', 'oder', 'wenn', 'zu', 'zum', 'zur',
    'im', 'in', 'am', 'an', 'auf', 'für', 'von', 'mit', 'nach', 'viele', 'viel',
  ].map(foldGerman),
)
