// Additional authenticated data for every sealed field: the table, the row id and the field,
// so that a blob copied into another row or column fails to open (keyring.ts).

export const AAD = {
  content: (reportId: string) => `hotline_report:${reportId}:content`,
  identity: (reportId: string) => `hotline_report:${reportId}:identity`,
  findings: (reportId: string) => `hotline_report:${reportId}:findings`,
  answers: (reportId: string) => `hotline_report:${reportId}:answers`,
  messageBody: (messageId: string) => `hotline_message:${messageId}:body`,
  attachmentName: (attachmentId: string) => `hotline_attachment:${attachmentId}:name`,
  attachmentData: (attachmentId: string) => `hotline_attachment:${attachmentId}:data`,
  noteBody: (noteId: string) => `hotline_note:${noteId}:body`,
  conflictReason: (declarationId: string) => `hotline_conflict_declaration:${declarationId}:reason`,
  retaliationReason: (assessmentId: string) => `hotline_retaliation_assessment:${assessmentId}:reason`,
} as const;

/** Every sealed column, for re-encryption under a new key (rekey.ts). */
export const SEALED_COLUMNS: readonly { table: string; column: string; aad: (id: string) => string }[] = [
  { table: 'hotline_report', column: 'content_sealed', aad: AAD.content },
  { table: 'hotline_report', column: 'identity_sealed', aad: AAD.identity },
  { table: 'hotline_report', column: 'findings_sealed', aad: AAD.findings },
  { table: 'hotline_report', column: 'answers_sealed', aad: AAD.answers },
  { table: 'hotline_message', column: 'body_sealed', aad: AAD.messageBody },
  { table: 'hotline_attachment', column: 'name_sealed', aad: AAD.attachmentName },
  { table: 'hotline_attachment', column: 'data_sealed', aad: AAD.attachmentData },
  { table: 'hotline_note', column: 'body_sealed', aad: AAD.noteBody },
  { table: 'hotline_conflict_declaration', column: 'reason_sealed', aad: AAD.conflictReason },
  { table: 'hotline_retaliation_assessment', column: 'reason_sealed', aad: AAD.retaliationReason },
];
