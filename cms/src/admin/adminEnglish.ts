/**
 * Payload's English strings Lotse words differently: restoring a document's version makes it the new draft
 * (Documents/endpoints/restoreVersionAsDraft.ts), which the button and its messages say.
 */
export const adminEnglish = {
  version: {
    aboutToRestore: 'You are about to restore the version of {{versionDate}} as the new draft of this {{label}}. It is published only after review and approval.',
    problemRestoringVersion: "The version could not be restored. Only the owning unit's editors and managers can restore it.",
    restoreThisVersion: 'Restore as draft',
  },
}
