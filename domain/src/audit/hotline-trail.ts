/**
 * The hotline's events on the audit trail: the case handling (`hotline.*`) and the protection of
 * reporters with the HR actions and labour disputes it restrains (§39–§41). They say who was
 * named, who asked to learn a reporter's identity, when a report arrived: §40.6 keeps that with
 * the hotline's handlers, so the other readers of the trail see them partly or not at all.
 */
export const HOTLINE_ACTION_PREFIXES = ['hotline.', 'protection.', 'hr_action.', 'labour_dispute.'] as const;

/**
 * What a reader who does not handle the case (an auditor) sees of a hotline event's data, per
 * action. Nothing that names the accused (`personIds` of the linked persons) or the person a
 * disclosure is for (`forPersonId`): §75 asks for evidence that the measure was taken — a
 * disclosure requested, decided and by whom (the event's actor) — not whom it concerns. A key or
 * an action missing here is withheld, so a new event shows its data to auditors only once it is
 * listed.
 */
const SHOWN_TO_NON_HANDLERS: Readonly<Record<string, readonly string[]>> = {
  'hotline.report_received': ['channel', 'category'],
  'hotline.triaged': ['scope', 'reason', 'category'],
  'hotline.involved_persons_linked': [],
  'hotline.assigned': ['investigatorIds', 'added', 'removed'],
  'hotline.acknowledged': ['inTime'],
  'hotline.message_sent': ['attachments'],
  'hotline.question_sent': ['attachments'],
  'hotline.interim_feedback': ['checkDays'],
  'hotline.note_added': ['noteId'],
  'hotline.findings_recorded': ['outcome'],
  'hotline.closed': ['outcome', 'inTime'],
  'hotline.attachment_read': ['attachmentId'],
  'hotline.identity_read': ['basis', 'anonymous'],
  'hotline.disclosure_requested': ['disclosureId'],
  'hotline.disclosure_decided': ['disclosureId', 'approved'],
  'hotline.recommendation_added': ['recommendationId', 'kind', 'ownerId', 'dueOn'],
  'hotline.recommendation_done': ['recommendationId', 'onTime'],
  'hotline.reporter_message': ['attachments'],
  'hotline.priority_changed': ['from', 'to'],
  // The labels are the handlers' own words, which may name someone: kept to the handlers.
  'hotline.labels_changed': [],
  'hotline.case_exported': ['withIdentity'],
  'hotline.case_purged': ['number', 'retentionYears'],
  'hotline.reporter_access_expired': ['number', 'idleDays'],
  'hotline.settings_updated': [
    'acknowledgeHours',
    'processingDays',
    'retentionYears',
    'reporterAccessIdleDays',
  ],
  'hotline.question_added': ['category', 'kind', 'required'],
  'hotline.question_updated': ['category', 'kind', 'required'],
  'hotline.question_moved': ['category', 'direction'],
  'hotline.question_retired': ['category'],
  // §75: that a reader signed the undertaking, and which text; the signer is the event's actor.
  'hotline.undertaking_signed': ['version'],
  'hotline.intake_profile_updated': ['complianceReportsTo', 'brandColor'],
  'hotline.intake_logo_set': ['contentType', 'sizeBytes'],
  'protection.granted': ['basis', 'startsOn', 'endsOn', 'hrActionsFlagged'],
  'hr_action.recorded': ['kind', 'initiator', 'decidedOn', 'flagged'],
  'hr_action.imported': ['filename', 'created', 'flagged'],
  'hr_action.commission_recommendation_attached': ['on'],
  'hr_action.finalized': ['kind', 'withCommissionRecommendation'],
  'labour_dispute.opened': ['body', 'appliedOn', 'decisionDueOn'],
  'labour_dispute.decided': [
    'decidedOn',
    'protocolDueOn',
    'late',
    'agencyRepresentativeAttended',
    'signatories',
  ],
  'labour_dispute.protocol_forwarded': ['forwardedOn', 'late'],
};

/** A hotline event's data as a reader who does not handle its case may see it, and the keys left out. */
export function dataForNonHandler(
  action: string,
  data: Record<string, unknown>,
): { data: Record<string, unknown>; withheld: string[] } {
  const shown = SHOWN_TO_NON_HANDLERS[action] ?? [];
  const kept: Record<string, unknown> = {};
  const withheld: string[] = [];
  for (const [key, value] of Object.entries(data)) {
    if (shown.includes(key)) kept[key] = value;
    else withheld.push(key);
  }
  return { data: kept, withheld };
}
