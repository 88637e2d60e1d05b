import { ERROR_MESSAGES } from '@adal/domain/error-messages';

/**
 * What a failure means, in English: first the general text of each error code (shown when the
 * server names no message, or one this catalogue does not know), then each domain message by its
 * key — the domain's own English text, but for the few said otherwise to a person.
 */
export const en = {
  codes: {
    UNAUTHENTICATED: 'Your session has ended. Sign in again.',
    FORBIDDEN: 'You may not do this.',
    NOT_FOUND: 'Nothing was found here. It may have been removed.',
    VALIDATION: 'The server did not accept the data.',
    CONFLICT: 'This has already been done or is no longer possible.',
    RATE_LIMITED: 'Too many attempts. Wait a few minutes and try again.',
    INTERNAL: 'Something went wrong on the server. Try again later.',
    NETWORK: 'The server could not be reached. Check the connection and try again.',
  },
  messages: {
    ...ERROR_MESSAGES,
    // Where the server's English names what a person does not need (roles, codes, ids, a query's
    // parameter), the interface says it its own way.
    'kernel.notFound': 'What you asked for was not found; it may have been removed.',
    'kernel.roleRequired': 'Your roles do not allow this.',
    'kpi.unknown': 'One of the figures asked for does not exist.',
    'kpi.notReader': 'Your roles do not allow you to see this figure.',
    'kpi.alreadyRegistered': 'This figure is already registered.',
    'compliance.textTooLong': 'The text must be at most {max} characters.',
    'compliance.choice': 'Choose one of the values in the list.',
    'compliance.dayInFuture': 'The date cannot be later than today.',
    'compliance.link': 'Give the link as an https:// address.',
    'compliance.standard.actNumberRequired': 'Give the number of the act that adopted the standard.',
    'compliance.standard.adoptedOnRequired': 'Give the date the standard was adopted.',
    'compliance.standard.approverRequired': 'Name the person or the body that approved the standard.',
    'compliance.standard.beforeCurrent':
      'A new adoption cannot be dated before the act in force ({current}).',
    'compliance.standard.none': 'Record the act that adopted the standard first.',
    'compliance.standard.publicationLinkRequired': 'Give the link where the standard is published.',
    'compliance.standard.publishedOnRequired': 'Give the date the standard was published.',
    'compliance.standard.publishedBeforeAdoption':
      'The standard cannot be published before it was adopted ({adoptedOn}).',
    'compliance.service.firstHeadOnlyWithoutBody':
      'The first head appoints the compliance service only where there is no board, supervisory board or other independent body: say so, or choose the body that appointed it.',
    'compliance.service.bodyNameRequired': 'Name the independent body that appointed the compliance service.',
    'compliance.service.appointedOnRequired': 'Give the date of the appointment.',
    'compliance.service.termBeforeAppointment': 'The term must end after the appointment date.',
    'compliance.service.tooManyMembers': 'Name at most {max} members.',
    'compliance.service.oneHead': 'Name at most one head of the service.',
    'compliance.service.memberUnknown': "Choose the members among the organisation's active staff.",
    'compliance.sizing.tooMany': 'List at most {max} processes.',
    'compliance.sizing.processRequired': 'Name the process in row {row}.',
    'compliance.sizing.duplicate': 'The process "{process}" is listed twice.',
    'compliance.checklist.documentRequired': 'An adopted item needs its document: its name and date.',
    'compliance.checklist.ownerUnknown': "Choose the owner among the organisation's active staff.",
    'culture.textTooLong': 'The text must be at most {max} characters.',
    'culture.plan.year': 'A plan can be made for {from} to {to} only.',
    'culture.plan.copySameYear': 'Copy the plan of another year.',
    'culture.plan.exists': 'The plan for {year} is already made.',
    'culture.plan.notDraft': 'Only a draft can be changed: amend the approved plan first, with a reason.',
    'culture.plan.target': 'The target is a whole number of employees, 0 or more.',
    'culture.plan.empty': 'Add at least one activity before submitting the plan.',
    'culture.plan.returnNoteRequired': 'Say what to change before the plan comes back.',
    'culture.plan.notSubmitted': 'The plan is not waiting for approval.',
    'culture.plan.amendReasonRequired': 'Give the reason for the amendment.',
    'culture.plan.notApproved': 'Only an approved plan can be amended or closed.',
    'culture.plan.reportRequired': 'Write the report on how the plan was carried out.',
    'culture.activity.choice': 'Choose one of the listed values.',
    'culture.activity.titleRequired': 'Name the task.',
    'culture.activity.deadlineOutsideYear': "The deadline must fall within {year}, the plan's year.",
    'culture.activity.orgUnits': 'Choose at least one unit of the organisation.',
    'culture.activity.role': 'Choose the role the activity is for.',
    'culture.activity.responsible': 'Name at least one responsible person on the staff.',
    'culture.activity.risks': 'Name at most {max} risks, each in up to 300 characters.',
    'culture.activity.checkNoneReasonRequired': 'Say why the knowledge is not checked.',
    'culture.activity.courseRequired': 'Choose the training course whose test checks the knowledge.',
    'culture.activity.session': 'Choose a training session of the organisation.',
    'culture.activity.participants': 'Give the number of participants, 0 or more.',
    'culture.activity.reported': 'The activity has a report; cancel it instead of removing it.',
    'culture.activity.notResponsible':
      'Only its responsible people and the compliance staff report an activity.',
    'culture.activity.notInExecution':
      'Activities are reported once the plan is approved and until it is closed.',
    'culture.activity.incentive': 'Each incentive is financial or not, for 1 or more people.',
    'culture.activity.incentiveDescription': 'Describe the incentive.',
    'culture.activity.heldOn': 'Give the day it was held, within {year} and not after today.',
    'culture.activity.cancelReason': 'Say why the activity is cancelled.',
    'culture.evidence.url': 'Give a link starting with https://.',
    'culture.evidence.titleRequired': 'Name the evidence, e.g. "Attendance list, 12 March".',
    'culture.evidence.size': 'Upload a file of at most {max} MB.',
    'culture.evidence.photoType': 'A photo must be a JPEG or PNG.',
    'culture.evidence.fileType':
      'Upload a PDF, JPEG, PNG, DOCX or XLSX (an attendance list: PDF, JPEG, PNG or XLSX).',
    'audit.afterUnknown': 'The list has changed; start again from its first page.',
    'training.completion.unknownFigure': 'This figure does not exist.',
    'hotline.hr.kind': 'Choose the kind of action',
    'hotline.protection.basis': 'Choose the basis of the protection',
  },
};
