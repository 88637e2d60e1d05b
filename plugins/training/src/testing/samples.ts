import type { Attempt, AttemptQuestion, AttemptResult } from '../stores/attempt';
import type { MyAssignment } from '../stores/my-assignments';
import type { RecordedAttendance } from '../stores/training-session';
import type { TrainingSession } from '../stores/training-sessions';

export function text(en: string): { kk: string; ru: string; en: string } {
  return { kk: `${en} (kk)`, ru: `${en} (ru)`, en };
}

export function question(kind: AttemptQuestion['kind'], id = `q-${kind}`): AttemptQuestion {
  const options = ['a', 'b', 'c'].map((key) => ({
    id: `${id}-${key}`,
    text: text(`Option ${key.toUpperCase()}`),
  }));
  return {
    id,
    kind,
    text: text(`Question ${id}`),
    options: kind === 'true_false' ? options.slice(0, 2) : options,
    matches:
      kind === 'matching'
        ? ['x', 'y', 'z'].map((key) => ({ id: `${id}-${key}`, text: text(`Match ${key}`) }))
        : null,
    answered: false,
    flagged: false,
  };
}

export function attempt(overrides: Partial<Attempt> = {}): Attempt {
  return {
    id: 'attempt-1',
    testId: 'test-1',
    number: 1,
    status: 'open',
    startedAt: '2026-11-25T10:00:00Z',
    deadline: null,
    submittedAt: null,
    questions: [question('single'), question('multiple'), question('matching')],
    answers: [],
    ...overrides,
  };
}

export function result(overrides: Partial<AttemptResult> = {}): AttemptResult {
  return {
    attemptId: 'attempt-1',
    status: 'submitted',
    scorePercent: 50,
    passed: false,
    passMark: 60,
    certificateCode: null,
    wrongQuestionIds: null,
    review: null,
    ...overrides,
  };
}

export function assignment(overrides: Partial<MyAssignment> = {}): MyAssignment {
  return {
    id: 'enrolment-1',
    assignmentId: 'assignment-1',
    testId: 'test-1',
    dueOn: '2026-12-31',
    status: 'not_started',
    attempts: 0,
    maxAttempts: 3,
    attemptsLeft: 3,
    canStartAttempt: true,
    lessonsTotal: 0,
    doneLessonIds: [],
    lessonsRequiredBeforeTest: false,
    bestScorePercent: null,
    certificateCode: null,
    course: {
      id: 'course-1',
      topic: 'general',
      title: text('Anti-corruption basics'),
      description: null,
      audienceHint: null,
      lessons: [],
      test: {
        id: 'test-1',
        passMark: 60,
        timeLimitMinutes: 30,
        maxAttempts: 3,
        questionCount: 10,
        reviewAllowed: true,
        lessonsRequiredBeforeTest: false,
      },
    },
    ...overrides,
  };
}

export function trainingSession(overrides: Partial<TrainingSession> = {}): TrainingSession {
  return {
    id: 'session-1',
    kind: 'seminar',
    topic: { kk: 'Мүдделер қақтығысы', ru: 'Конфликт интересов', en: 'Conflicts of interest' },
    plannedOn: '2026-10-15',
    heldOn: '2026-10-15',
    status: 'held',
    trainer: 'Айгүл Серікова',
    durationMinutes: 90,
    knowledgeCheck: true,
    materials: [{ title: 'Slides', url: 'https://intranet.example.kz/coi.pdf' }],
    attended: 1,
    absent: 1,
    ...overrides,
  };
}

export function recordedAttendance(overrides: Partial<RecordedAttendance> = {}): RecordedAttendance {
  return {
    personId: 'person-1',
    fullName: 'Дана Омарова',
    email: 'd.omarova@example.kz',
    status: 'attended',
    reason: null,
    scorePercent: 80,
    ...overrides,
  };
}
