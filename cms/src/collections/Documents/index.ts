import { DOCUMENT_KINDS, KIND_LABELS, STATUS_LABELS, WORKFLOW_STATUSES } from '@lotse/domain'
import type { CollectionConfig } from 'payload'
import { canReadDocuments, canReadVersions } from '../../access/canReadDocuments.ts'
import { isAdmin } from '../../access/isAdmin.ts'
import { audienceFields } from '../../fields/audienceFields.ts'
import { classificationField } from '../../fields/classificationField.ts'
import { validityFields } from '../../fields/validityFields.ts'
import { canCreateDocuments } from './access/canCreateDocuments.ts'
import { canUpdateDocuments } from './access/canUpdateDocuments.ts'
import { compareVersions } from './endpoints/compareVersions.ts'
import { reviewDue } from './endpoints/reviewDue.ts'
import { applySupersession } from './hooks/applySupersession.ts'
import { enforceWorkflow } from './hooks/enforceWorkflow.ts'
import { enqueueSearchRemoval } from './hooks/enqueueSearchRemoval.ts'
import { enqueueSearchSync } from './hooks/enqueueSearchSync.ts'
import { recordChange, recordDeletion } from './hooks/recordAudit.ts'
import { releaseAttachments } from './hooks/releaseAttachments.ts'
import { validateDocument } from './hooks/validateDocument.ts'
import { nobody } from '../../access/nobody.ts'
import { reviewReasonOptions } from './reviewReasons.ts'
import { ownUnitsOnly } from './lib/ownUnitsOnly.ts'
import { runWorkflowAction } from './endpoints/runWorkflowAction.ts'
import { workflowState } from './endpoints/workflowState.ts'
import { restoreVersionAsDraft } from './endpoints/restoreVersionAsDraft.ts'
import { refusePublishingRestore } from './hooks/refusePublishingRestore.ts'
import { restoreAsDraft } from './hooks/restoreAsDraft.ts'
import { refuseUnreadableDocument } from '../../fields/refuseUnreadableDocument.ts'


const systemField = { readOnly: true, position: 'sidebar' as const }
/** System fields show once the system has set them: empty, they only look like something to fill in. */
const whenSet = (name: 'submittedBy' | 'publishedBy' | 'publishedAt') => ({ ...systemField, condition: (data: Partial<Record<typeof name, unknown>>) => Boolean(data?.[name]) })
/** Written only by trusted server code (the migration tool, with `overrideAccess`), never through the API. */
const systemOnly = { create: nobody, update: nobody }

/**
 * Directives, policies, work aids, instructions, forms and news, with their lifecycle (hooks/enforceWorkflow.ts),
 * validity, audience and classification. Who reads what is the visibility rule of @lotse/domain, on every read path.
 */
export const Documents: CollectionConfig = {
  slug: 'documents',
  labels: { singular: { de: 'Dokument', en: 'Document' }, plural: { de: 'Dokumente', en: 'Documents' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'workflowStatus', 'ownerUnit', 'validFrom', 'validUntil', 'reviewDue'],
    listSearchableFields: ['title', 'summary'],
    components: {
      // The workflow bar replaces Payload's publish button: publishing is an approval, which only the rule's buttons offer.
      edit: {
        PublishButton: '/collections/Documents/components/WorkflowActions.tsx#WorkflowActions',
        Status: '/collections/Documents/components/WorkflowStatus.tsx#WorkflowStatus',
      },
    },
  },
  versions: { drafts: true, maxPerDoc: 100 },
  // A copy would be a new document carrying another's content and workflow state; editors start new documents instead.
  disableDuplicate: true,
  access: {
    read: canReadDocuments,
    // Version history by the same rule, for each version's own state and the document's current one.
    readVersions: canReadVersions,
    create: canCreateDocuments,
    update: canUpdateDocuments,
    delete: isAdmin,
  },
  endpoints: [
    { path: '/review-due', method: 'get', handler: reviewDue },
    { path: '/:id/compare', method: 'get', handler: compareVersions },
    { path: '/:id/workflow', method: 'get', handler: workflowState },
    { path: '/:id/workflow', method: 'post', handler: runWorkflowAction },
    // Ahead of Payload's own restore: a restored version becomes a draft (four eyes).
    { path: '/versions/:id', method: 'post', handler: restoreVersionAsDraft },
  ],
  hooks: {
    beforeOperation: [refusePublishingRestore],
    beforeValidate: [restoreAsDraft, validateDocument],
    beforeChange: [enforceWorkflow],
    afterChange: [enqueueSearchSync, applySupersession, releaseAttachments, recordChange],
    afterDelete: [enqueueSearchRemoval, recordDeletion],
  },
  fields: [
    { name: 'workflowNotice', type: 'ui', admin: { components: { Field: '/collections/Documents/components/WorkflowNotice.tsx#WorkflowNotice' } } },
    { name: 'statusBanner', type: 'ui', admin: { components: { Field: '/collections/Documents/components/StatusBanner.tsx#StatusBanner' } } },
    { name: 'title', type: 'text', required: true, label: { de: 'Titel', en: 'Title' } },
    { name: 'kind', type: 'select', required: true, index: true, options: DOCUMENT_KINDS.map((value) => ({ value, label: { ...KIND_LABELS[value] } })), label: { de: 'Art', en: 'Kind' }, admin: { position: 'sidebar' } },
    {
      name: 'workflowStatus',
      type: 'select',
      required: true,
      defaultValue: 'draft',
      index: true,
      options: WORKFLOW_STATUSES.map((value) => ({ value, label: { ...STATUS_LABELS[value] } })),
      label: { de: 'Status', en: 'Status' },
      admin: {
        position: 'sidebar',
        // Changed through the workflow bar's steps, never typed in: the API still takes it (the rule judges every save).
        readOnly: true,
        description: {
          de: 'Entwurf → „Zur Prüfung geben“ → eine zweite Person: „Freigeben und veröffentlichen“ oder „Zurückgeben“.',
          en: 'Draft → "Submit for review" → a second person: "Approve and publish" or "Return".',
        },
      },
    },
    { name: 'ownerUnit', type: 'relationship', relationTo: 'org-units', required: true, index: true, filterOptions: ownUnitsOnly, label: { de: 'Verantwortliche Einheit', en: 'Owning unit' }, admin: { position: 'sidebar' } },
    { name: 'responsible', type: 'relationship', relationTo: 'users', label: { de: 'Ansprechperson', en: 'Responsible person' }, admin: { position: 'sidebar' } },
    classificationField(),
    { name: 'topics', type: 'relationship', relationTo: 'topics', hasMany: true, label: { de: 'Themen', en: 'Topics' }, admin: { position: 'sidebar' } },
    {
      type: 'tabs',
      tabs: [
        {
          label: { de: 'Inhalt', en: 'Content' },
          fields: [
            { name: 'summary', type: 'textarea', label: { de: 'Kurzfassung', en: 'Summary' } },
            { name: 'body', type: 'richText', label: { de: 'Inhalt', en: 'Body' } },
            { name: 'legalBasis', type: 'text', label: { de: 'Rechtsgrundlage', en: 'Legal basis' } },
            {
              name: 'attachments',
              type: 'join',
              collection: 'files',
              on: 'document',
              label: { de: 'Anlagen', en: 'Attachments' },
              admin: { description: { de: 'Dateien zu diesem Dokument (PDF, Word …): nach dem ersten Speichern mit „Datei neu erstellen“ hochladen.', en: 'Files of this document (PDF, Word …): upload them with "Create new file" once the document is saved.' } },
            },
          ],
        },
        {
          label: { de: 'Gültigkeit und Fassung', en: 'Validity and version' },
          fields: [
            ...validityFields(),
            { name: 'versionLabel', type: 'text', label: { de: 'Fassung', en: 'Version' }, admin: { description: { de: 'z. B. „2.1“ oder „Stand 01/2027“', en: 'e.g. "2.1" or "as of 01/2027"' } } },
            { name: 'changeNote', type: 'textarea', label: { de: 'Änderungshinweis', en: 'Change note' }, admin: { description: { de: 'Was hat sich in dieser Fassung geändert? Pflicht ab der zweiten Veröffentlichung.', en: 'What changed in this version? Required from the second publication on.' } } },
            { name: 'materialChange', type: 'checkbox', defaultValue: false, label: { de: 'Inhaltliche Änderung (Lesebestätigungen neu einholen)', en: 'Material change (ask for acknowledgements again)' } },
            { name: 'supersedes', type: 'relationship', relationTo: 'documents', hooks: { beforeValidate: [refuseUnreadableDocument] }, label: { de: 'Ersetzt', en: 'Supersedes' }, admin: { description: { de: 'Wird dieses Dokument veröffentlicht, gilt das ersetzte als „Ersetzt“.', en: 'When this document is published, the superseded one becomes "Superseded".' } } },
            { name: 'supersededBy', type: 'relationship', relationTo: 'documents', label: { de: 'Ersetzt durch', en: 'Superseded by' }, admin: { readOnly: true } },
          ],
        },
        {
          label: { de: 'Zielgruppe', en: 'Audience' },
          fields: [
            ...audienceFields(),
            { name: 'requiresAcknowledgement', type: 'checkbox', defaultValue: false, label: { de: 'Lesebestätigung erforderlich', en: 'Requires acknowledgement' } },
            { name: 'acknowledgeWithinDays', type: 'number', defaultValue: 14, min: 1, max: 365, label: { de: 'Frist (Tage)', en: 'Within (days)' }, admin: { condition: (data) => Boolean(data?.requiresAcknowledgement) } },
          ],
        },
        {
          label: { de: 'Herkunft', en: 'Source' },
          fields: [
            {
              name: 'source',
              type: 'group',
              label: { de: 'Aus dem Netzlaufwerk übernommen', en: 'Migrated from the network drive' },
              admin: { description: { de: 'Vom Migrationswerkzeug gesetzt.', en: 'Set by the migration tool.' } },
              fields: [
                { name: 'path', type: 'text', index: true, access: systemOnly, label: { de: 'Pfad', en: 'Path' }, admin: { readOnly: true } },
                { name: 'otherPaths', type: 'json', access: systemOnly, label: { de: 'Weitere Fundorte', en: 'Other locations' }, admin: { readOnly: true } },
                { name: 'sha256', type: 'text', index: true, access: systemOnly, label: { de: 'SHA-256', en: 'SHA-256' }, admin: { readOnly: true } },
                { name: 'modifiedAt', type: 'date', access: systemOnly, label: { de: 'Geändert (Original)', en: 'Modified (original)' }, admin: { readOnly: true } },
                { name: 'migrationRun', type: 'relationship', relationTo: 'migration-runs', access: systemOnly, label: { de: 'Migrationslauf', en: 'Migration run' }, admin: { readOnly: true } },
                {
                  name: 'needsReview',
                  type: 'checkbox',
                  index: true,
                  // Only the tool raises the flag; the unit's editors clear it once they checked the document.
                  access: { create: nobody },
                  label: { de: 'Von der Redaktion zu prüfen', en: 'Needs an editor’s review' },
                },
                {
                  name: 'reviewReasons',
                  type: 'select',
                  hasMany: true,
                  options: [...reviewReasonOptions],
                  access: systemOnly,
                  label: { de: 'Warum prüfen', en: 'Why review' },
                  admin: { readOnly: true, condition: (_data, siblingData) => Boolean(siblingData?.needsReview) },
                },
              ],
            },
          ],
        },
      ],
    },
    { name: 'submittedBy', type: 'relationship', relationTo: 'users', label: { de: 'Zur Prüfung gegeben von', en: 'Submitted by' }, admin: whenSet('submittedBy') },
    { name: 'publishedBy', type: 'relationship', relationTo: 'users', label: { de: 'Freigegeben von', en: 'Approved by' }, admin: whenSet('publishedBy') },
    { name: 'publishedAt', type: 'date', label: { de: 'Veröffentlicht am', en: 'Published at' }, admin: { ...whenSet('publishedAt'), date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'acknowledgementRound', type: 'number', label: { de: 'Bestätigungsrunde', en: 'Acknowledgement round' }, admin: { ...systemField, hidden: true } },
    { name: 'acknowledgementRoundStartedAt', type: 'date', label: { de: 'Bestätigungsrunde seit', en: 'Acknowledgement round since' }, admin: { ...systemField, hidden: true } },
  ],
}
