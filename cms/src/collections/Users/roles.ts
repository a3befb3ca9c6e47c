/** Roles, least to most privileged. Labels appear in the admin UI. */
export const roleOptions = [
  { value: 'staff', label: { de: 'Mitarbeitende', en: 'Staff' } },
  { value: 'manager', label: { de: 'Führungskraft', en: 'Manager' } },
  { value: 'editor', label: { de: 'Redaktion', en: 'Editor' } },
  { value: 'admin', label: { de: 'Administration', en: 'Administrator' } },
] as const
