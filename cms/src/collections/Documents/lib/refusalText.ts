import { STATUS_LABELS, type WorkflowStatus } from '@lotse/domain'
import type { FieldError, RefusalCode } from './workflowTransition.ts'

/** Refusals the hook itself raises, besides those of the lifecycle. */
export type HookRefusalCode = 'owner-move' | 'owner-create' | 'restore-publishes'

/** A refusal of the lifecycle or of the hook, with the rule's English message. */
export type Refusal = Omit<FieldError, 'code'> & { code?: RefusalCode | HookRefusalCode }

const status = (value: string | undefined) => STATUS_LABELS[value as WorkflowStatus]?.de ?? value ?? ''

const german: Record<RefusalCode | HookRefusalCode, (params: Record<string, string>) => string> = {
  'needs-review': () => 'Veröffentlichen braucht eine Freigabe: Geben Sie den Entwurf mit „Zur Prüfung geben“ ab; eine zweite Person gibt ihn dann frei.',
  'not-owning-side': () => 'Nur die Redaktion und die Führungskräfte der verantwortlichen Einheit (oder die Administration) können dieses Dokument freigeben oder außer Kraft setzen.',
  'not-in-review': () => 'Nur eine Fassung in Prüfung kann veröffentlicht werden: Geben Sie sie zuerst zur Prüfung.',
  'four-eyes': () =>
    'Vier-Augen-Prinzip: Sie haben diese Fassung zur Prüfung gegeben. Freigeben muss eine andere Person der Redaktion oder eine Führungskraft der verantwortlichen Einheit.',
  'approval-changes-content': ({ changed }) =>
    `Die Freigabe veröffentlicht die Fassung genau so, wie sie zur Prüfung gegeben wurde; Sie haben aber auch etwas geändert (${changed}). Speichern Sie Ihre Änderungen als Entwurf; eine andere Person gibt sie dann frei.`,
  'change-note-required': () =>
    'Bitte sagen Sie, was sich geändert hat: Eine neue Fassung braucht einen neuen Änderungshinweis (Reiter „Gültigkeit und Fassung“). Geben Sie das Dokument mit dem Hinweis zurück oder ergänzen Sie ihn und geben Sie es erneut zur Prüfung.',
  'retire-unreleased': ({ from, to }) =>
    `Ein Dokument im Status „${status(from)}“ kann nicht „${status(to)}“ werden: Nur veröffentlichte Dokumente werden ersetzt oder zurückgezogen.`,
  'retire-changes-content': ({ to, changed }) =>
    `„${status(to)}“ ändert nur den Status, Sie haben aber auch etwas geändert (${changed}), das Lesende ungeprüft sähen. Verwerfen Sie die Änderungen oder geben Sie sie zuerst zur Prüfung.`,
  'owner-move': () => 'Nur die Administration kann ein Dokument einer anderen Einheit zuordnen.',
  'restore-publishes': () =>
    'Eine frühere Fassung wird als Entwurf wiederhergestellt (draft: true); danach geht sie wie jede Änderung durch die Prüfung.',
  'owner-create': () => 'Sie können Dokumente nur für eine Einheit anlegen, der Sie angehören oder die Sie leiten. Wählen Sie eine Ihrer Einheiten.',
}

/** A refusal as a sentence in the person's language (German unless they chose English); English is the rule's own text. */
export function refusalText(error: Refusal, language: string | undefined): string {
  if (language === 'en' || !error.code) return error.message
  return german[error.code](error.params ?? {})
}
