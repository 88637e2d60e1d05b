/**
 * Every message a domain error can carry, by its stable key: the client shows the key's text in
 * the interface language (the `@adal/sdk` error catalogue), this English text goes to logs and API
 * users. `{name}` placeholders are filled from the error's details; keys are never reused for
 * another meaning.
 */
export const ERROR_MESSAGES = {
  'kernel.notFound': '{entity} {id} was not found',
  'kernel.roleRequired': 'Only {roles} may {doing}',
  'kernel.notADate': '"{value}" is not a date; use YYYY-MM-DD',
  'kernel.pageSize': 'Ask for 1 to {max} at a time',
  'calendar.yearOutOfRange': 'Choose a year between 2000 and 2100, not {year}',
  'calendar.nameRequired': 'Name the day, e.g. "Day of the city"',
  'calendar.nameTooLong': 'The name must be at most {max} characters',
  'calendar.alreadyDayOff': '{date} is a Saturday or Sunday, a day off already',
  'calendar.alreadyWorkingDay': '{date} is a weekday, a working day already',
  'calendar.inNationalCalendar': '{date} is already in the national calendar ({name})',
  'calendar.inOrganisationCalendar': "{date} is already in the organisation's calendar",
  'calendar.nationalHolidayFixed': '{date} is a national holiday set by law; it cannot be removed',
  'kpi.periodReversed': 'The period must start before it ends',
  'kpi.periodWithoutWholeDays':
    'These figures count whole days up to yesterday ({lastDay}, Kazakhstan time); a period from {firstDay} has none yet',
  'kpi.unknown': 'Unknown KPI: {list}',
  'kpi.notReader': 'The KPI {codes} is for {readers} only.',
  'kpi.alreadyRegistered': 'KPI {code} is already registered',
  'audit.afterUnknown': 'after must be the id of an event of the previous page',
  'org.peopleSearchLength': 'Type {min} to {max} characters of a name, an e-mail or an IIN',
  'import.fileEmpty': 'The file is empty: the first row must name the columns',
  'import.fileFormat': 'Upload a .csv or .xlsx file',
  'import.rowProblems': 'The file has {count} problem(s); nothing was imported. First: {first}',
  'import.fileTooLarge':
    'The file is {size} MB; an import reads at most {max} MB. Save only the table, or split it, and try again.',
  'import.zipEntries':
    'The XLSX file holds {entries} parts; a spreadsheet has at most {max}. Save only the table as a new XLSX file and try again.',
  'import.zipSize':
    'The XLSX file unpacks to {size} MB; an import reads at most {max} MB. Save only the table as a new XLSX file and try again.',
  'import.declaredColumns':
    'The file declares {columns} columns; the import reads {reads}. Save only the table and try again.',
  'import.declaredRows':
    'The file declares {rows} rows; the import reads at most {max}. Save only the table, split into files of at most {max} rows, and try again.',
  'import.cellBeyondColumns':
    'Row {row} has a value in column {letters} ({column}); the import reads {reads} columns. Save only the table and try again.',
  'import.tooManyRows':
    'The file has more than {max} rows; split it into files of at most {max} and try again.',
  'import.noSheet': 'The XLSX file has no sheet',
  'import.csvUnreadable': 'The CSV file could not be read: {detail}',
  'import.xlsxUnreadable': 'The XLSX file could not be read; save it again from the spreadsheet program',
  'import.timeout':
    'Reading the file took longer than {seconds} seconds; save only the table as a new file and try again.',
  'import.memory':
    'Reading the file needs more memory than an import may use; save only the table as a new file and try again.',
  'kernel.offset': 'The offset is a whole number from 0',
  'kernel.dueDate': 'The due date must be a date (YYYY-MM-DD)',
  'org.noUnits': 'The organisation has no org units yet',
  'training.localizedRequired': '{what} needs a Kazakh and a Russian text',
  'training.course.lessonTitleRequired': 'Lesson {lesson} needs a Kazakh and a Russian text',
  'training.course.lessonKindUnknown': 'Lesson {lesson} has an unknown kind',
  'training.course.lessonBodyRequired': 'Lesson {lesson} is text and needs a body in Kazakh and Russian',
  'training.course.lessonUrlRequired': 'Lesson {lesson} needs an http(s) address of its {kind}',
  'training.course.noDraft': 'The course has no draft to publish; edit it first',
  'training.course.noLessons': 'A course needs at least one lesson before it is published',
  'training.course.notPublished': 'The course is not published yet',
  'training.course.emptyTest':
    'The course has no test, or its test would draw no questions; set up the test before publishing',
  'training.course.testPoolTooSmall':
    'A question pool of the test holds {holds} questions and the test draws {count}; add questions first',
  'training.course.staleDraft':
    '{savedBy} saved this draft in the meantime; reload it to see their changes before editing',
  'training.lessonFile.size': 'Upload a file of at most {max} MB; link a longer video instead',
  'training.lessonFile.type':
    'Upload a PDF, Word (.docx) or PowerPoint (.pptx) document, or an MP4 or WebM video',
  'training.course.topicUnknown': 'Choose a topic from the list',
  'training.course.tooManyLessons': 'A course holds at most {max} lessons',
  'training.course.textTooLong': 'The text is longer than {max} characters',
  'training.questions.importEmpty': 'The import holds no questions',
  'training.questions.importTooMany': 'Import at most {max} questions at a time',
  'training.completion.unknownFigure': 'Unknown figure {figure}',
  'training.assignment.unitsRequired': 'Choose at least one org unit',
  'training.assignment.roleRequired': 'Choose the role whose holders take the course',
  'training.assignment.newHireMonths': 'Induction falls due 1 to {max} months after hiring',
  'training.assignment.periodEnd.half_yearly':
    'A half-yearly assignment falls due at the end of a half-year: 30 June or 31 December',
  'training.assignment.periodEnd.yearly': 'A yearly assignment falls due at the end of a year: 31 December',
  'training.assignment.newHireOnce':
    'Induction for new hires happens once per person; choose the recurrence "once"',
  'training.assignment.duplicate': 'The course is already assigned to this audience with this due date',
  'training.session.day': 'Enter a date (YYYY-MM-DD)',
  'training.session.kind': 'Choose a seminar, a webinar, an external course or upskilling',
  'training.session.topic': 'Give the topic in Kazakh and in Russian',
  'training.session.trainer': 'Name the trainer (at most {max} characters)',
  'training.session.duration': 'The duration is a whole number of minutes from 1 to {max}',
  'training.session.materials': 'Attach at most {max} materials',
  'training.session.material': 'Material {row} needs a title and a link starting with http:// or https://',
  'training.session.heldInFuture': 'A session cannot be held on a day still to come',
  'training.session.hasAttendance': 'People attended this session: it stays held',
  'training.attendance.count': 'Record 1 to {max} people at a time',
  'training.attendance.unknownPerson': 'Row {row}: this person is not on the organisation’s staff',
  'training.attendance.twice': 'Row {row}: this person is listed twice',
  'training.attendance.reasonRequired': 'Row {row}: say why the person could not attend',
  'training.attendance.reasonTooLong': 'Row {row}: the reason is longer than {max} characters',
  'training.attendance.noCheck':
    'Row {row}: a score is recorded only for an attendee of a session with a knowledge check',
  'training.attendance.score': 'Row {row}: the score is a whole percentage from 0 to 100',
  'training.attendance.cancelled': 'The session was cancelled; nobody attended it',
  'training.attendance.notYet': 'The session’s day has not come yet',
  'training.test.exists': 'The course already has a test',
  'training.test.passMark': 'The pass mark is a whole percentage from {min} to 100',
  'training.test.maxAttempts': 'Allow at least one attempt',
  'training.test.timeLimit': 'The time limit is a whole number of minutes, at least 1',
  'training.test.draws': 'A test draws at least one question from each of its pools',
  'training.attempt.notSubmitted': 'The attempt has not been submitted yet',
  'training.attempt.poolTooSmall': 'A question pool holds {holds} questions, the test draws {count}',
  'training.attempt.notEnrolled':
    'This test belongs to a course you are not enrolled in. Your training administrator assigns courses.',
  'training.attempt.allUsed': 'All {maxAttempts} attempts at this test are used',
  'training.attempt.closed': 'The attempt is already closed; answers can no longer change',
  'training.attempt.timeUp': 'The time limit of the attempt has run out',
  'training.attempt.questionUnknown': 'The question is not part of this attempt',
  'training.attempt.timeUpOnSubmit': 'The time limit ran out; only the answers saved in time count',
  'training.answer.pairsExpected': 'A matching question is answered with pairs',
  'training.answer.unknownPair': 'The answer pairs options and matches that are not in the question',
  'training.answer.optionsExpected': 'A choice question is answered with option ids',
  'training.answer.unknownOption': 'The answer names an option not in the question',
  'training.answer.optionTwice': 'The answer names an option twice',
  'training.answer.chooseOne': 'Choose one option',
  'kernel.textRequired': '{label} is required',
  'kernel.textTooLong': '{label} is longer than {max} characters',
  'kernel.notADayOf': 'The {what} "{value}" is not a date; use YYYY-MM-DD',
  'kernel.dayInFuture': 'The {what} {date} is in the future',
  'hotline.settings.acknowledgeHours': 'The acknowledgement deadline is {min} to {max} hours',
  'hotline.settings.processingDays': 'The processing deadline is {min} to {max} days',
  'hotline.settings.retentionYears': 'Closed cases are kept {min} to {max} years',
  'hotline.settings.reporterAccessIdleDays': 'Reporter access expires after {min} to {max} idle days',
  'hotline.settings.personInactive': 'This person no longer works in the organisation; name someone else',
  'hotline.settings.alternateInService':
    'The alternate handler judges cases that name the compliance head, so they cannot be part of the compliance service; name a board member or a deputy',
  'hotline.report.identityRequired': '{label} is required for an open report',
  'hotline.report.categoryRequired': 'Choose a category for the report',
  'hotline.report.whatRequired': 'Describe what happened',
  'hotline.report.whatTooShort':
    'Describe what happened in at least {min} characters, so that it can be checked',
  'hotline.report.whatTooLong': 'The description is longer than {max} characters',
  'hotline.report.anonymityRequired': 'Choose an anonymous or an open report',
  'hotline.message.required': 'Write a message',
  'hotline.message.tooLong': 'The message is longer than {max} characters',
  'hotline.message.kind': 'A message to the reporter is a message or a question',
  'hotline.note.tooLong': 'The note is longer than {max} characters',
  'hotline.intake.channel': 'A report entered for a caller came by phone, in person or by letter',
  'hotline.intake.organizationRequired': 'Choose the organisation the report is about',
  'hotline.attachment.tooLarge': '{file} is larger than 5 MB; attach a smaller file',
  'hotline.attachment.type': '{file} is not a PDF, PNG, JPEG, DOCX, XLSX or text file',
  'hotline.attachment.count': 'Attach at most {max} files at a time',
  'hotline.case.escalated':
    'This case is handled by the alternate handler; you see only that it exists and cannot {doing}',
  'hotline.case.managerOnly':
    'Only the compliance head, or the alternate handler of a case that names a compliance head, may {doing}',
  'hotline.case.notAssigned': 'This case is not assigned to you',
  'hotline.case.closedFor': 'This case is closed; you can no longer {doing}',
  'hotline.case.closedForAcknowledgement': 'This case is closed; it can no longer be acknowledged',
  'hotline.case.acknowledged': 'This report has already been acknowledged',
  'hotline.case.checkDays': 'The check takes 1 to {max} days',
  'hotline.case.outcomeRequired': 'Choose the outcome of the check',
  'hotline.case.alreadyClosed': 'This case is already closed',
  'hotline.case.findingsRequired': 'Record the findings before closing the case',
  'hotline.triage.scopeRequired': 'A report is in scope or out of scope',
  'hotline.triage.reasonRequired': 'Say why the report is out of scope',
  'hotline.triage.removeNamed':
    "Only the case's manager removes a person the report names; you may add people to the list",
  'hotline.triage.investigatorNamed':
    'An investigator of this case is among the people it names; assign someone else first',
  'hotline.triage.investigatorInLine':
    "An investigator of this case is in a named person's reporting line; assign someone else first",
  'hotline.assignment.investigatorsRequired': 'Choose at least one investigator',
  'hotline.assignment.named': 'The report names this person; assign someone else',
  'hotline.assignment.reportingLine':
    'This person is in the reporting line of someone the report names; assign someone else',
  'hotline.assignment.notInvestigator': 'This person is not a hotline investigator of the organisation',
  'hotline.recommendation.kindRequired': 'Choose the kind of recommendation',
  'hotline.recommendation.textRequired': 'Write the recommendation',
  'hotline.recommendation.textTooLong': 'The recommendation is longer than {max} characters',
  'hotline.recommendation.completeRefused':
    "Only the recommendation's owner, the case's manager or its investigators may complete it",
  'hotline.recommendation.done': 'This recommendation is already done',
  'hotline.identity.investigatorsOnly':
    "Only the case's investigators see the reporter's identity; others need a disclosure approved by someone else",
  'hotline.identity.anonymous': 'The report is anonymous: there is no identity to disclose',
  'hotline.identity.reasonRequired': 'Say why the identity needs to be disclosed',
  'hotline.identity.reasonTooLong': 'The reason is longer than {max} characters',
  'hotline.identity.notForYourself':
    "You can't ask for the reporter's identity to be disclosed to yourself; another handler of the case asks for you",
  'hotline.identity.namedPerson':
    "The identity can't be disclosed to a person the report names or to their reporting line",
  'hotline.identity.decided': 'This disclosure request has already been decided',
  'hotline.disclosure.askedByYou': 'You asked for this disclosure; someone else decides it (four eyes)',
  'hotline.disclosure.forYou': 'This disclosure is for you; someone else decides it (four eyes)',
  'hotline.disclosure.secondLineOnly':
    'Only the alternate handler or the first head decides a disclosure that the case’s manager asked for or would receive',
  'hotline.disclosure.managerOnly':
    'Only the case’s manager — the compliance head, or the alternate handler of a case that names a compliance head — decides disclosures',
  'hotline.hr.descriptionRequired': 'Describe the action: what was decided and why',
  'hotline.hr.descriptionTooLong': 'The description must be at most {max} characters',
  'hotline.hr.kind': 'The kind must be one of {kinds}',
  'hotline.hr.recommendationRequired':
    "Give the commission's protocol number or a summary of its recommendation",
  'hotline.hr.recommendationTooLong': 'The recommendation must be at most {max} characters',
  'hotline.hr.recommendationInFuture': 'The recommendation date {date} is in the future',
  'hotline.hr.finalUnchanging': 'The action is final already; its record no longer changes',
  'hotline.hr.final': 'The action is final already',
  'hotline.hr.recommendationBeforeFinal':
    "This action needs the disciplinary commission's recommendation before it can be final (§40.1 of the anti-corruption standard); attach the recommendation first",
  'hotline.hrImport.missingColumn': 'This column is missing from the first row',
  'hotline.hrImport.personColumn': 'Name the person by an email or an iin column',
  'hotline.hrImport.empty': 'The file has no HR actions',
  'hotline.hrImport.personRequired': 'Give the email or the IIN of the person',
  'hotline.hrImport.iinInvalid': '"{value}" is not a 12-digit IIN',
  'hotline.hrImport.kindRequired': 'Give the kind: dismissal, transfer or disciplinary',
  'hotline.hrImport.kindUnknown': '"{value}" is not dismissal, transfer or disciplinary',
  'hotline.hrImport.dateRequired': 'Give the day of the decision',
  'hotline.hrImport.notDate': '"{value}" is not a date; use YYYY-MM-DD or DD.MM.YYYY',
  'hotline.hrImport.unknownEmail': 'Nobody with the email {email} is in the organisation',
  'hotline.hrImport.unknownIin': 'Nobody with the IIN {iin} is in the organisation',
  'hotline.hrImport.twoPeople': 'The email and the IIN name two different people',
  'hotline.hrImport.sameAsRow': 'The same action as row {firstRow}',
  'hotline.protection.basis': 'The basis must be one of {bases}',
  'hotline.protection.reportId': '"{value}" is not a report id',
  'hotline.protection.reportNumber': 'Give the report number, e.g. HL-2025-0007',
  'hotline.protection.reportDateInFuture': 'The report date {date} is in the future',
  'hotline.protection.anonymousReport':
    'This report is anonymous, so it has no open reporter; protect the people who assisted as "assisted"',
  'hotline.protection.reporterUnknown':
    "Only the case's investigators, or a holder of an approved disclosure, know who the open reporter is",
  'hotline.dispute.decisionRequired': 'Write down what the collegial body decided',
  'hotline.dispute.decisionTooLong': 'The decision must be at most {max} characters',
  'hotline.dispute.decided': 'The decision was recorded already, on {date}',
  'hotline.dispute.decisionBeforeApplication':
    'The decision date {date} is before the application of {appliedOn}',
  'hotline.dispute.decisionFirst': 'Record the decision first: the protocol carries it',
  'hotline.dispute.forwarded': 'The protocol was recorded as forwarded already, on {date}',
  'hotline.dispute.forwardBeforeDecision':
    'The protocol cannot go out on {date}, before the decision of {decidedOn}',
  'hotline.reporter.caseClosed':
    'This case is closed; it no longer takes messages. You can file a new report.',
  'hotline.reporter.receiptShape':
    'The receipt has 32 digits, in eight groups of four; check it and try again',
  'hotline.reporter.unknownReceipt': 'No report matches this receipt',
  'audit.filterDaysReversed': 'The first day comes after the last',
  'audit.filterActor': 'Choose the actor from the list of people',
  'audit.filterText': 'Give 1 to {max} characters',
  'kernel.sortField': 'The list cannot be sorted this way',
  'kernel.sortDirection': 'Sort ascending or descending',
  'org.lastOrgAdmin':
    'This is the last active organisation administrator; grant the role to someone else first',
  'org.searchTooLong': 'Type at most {max} characters',
  'org.unknownOrgUnit': 'No such org unit',
  'org.nameRequired': 'The name is required',
  'org.nameTooLong': 'The name is at most {max} characters',
  'org.notEmail': 'This is not an e-mail address',
  'org.positionTooLong': 'The position is at most {max} characters',
  'org.emailTaken': 'This e-mail is already the e-mail of another person',
  'org.unknownRole': 'There is no such role',
  'org.employeeRoleFixed': 'Every member of the organisation is an employee',
  'org.personInactive': 'The person is deactivated; reactivate them first',
  'org.translationTooLong': 'The name is at most {max} characters',
} as const satisfies Record<string, string>;

export type ErrorMessageKey = keyof typeof ERROR_MESSAGES;

export const ERROR_MESSAGE_KEYS = Object.keys(ERROR_MESSAGES) as ErrorMessageKey[];
