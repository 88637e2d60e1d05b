/** What can go wrong talking to the server, as the intake tells it to the reporter. */
export type IntakeErrorCode =
  'NETWORK' | 'RATE_LIMITED' | 'NOT_FOUND' | 'VALIDATION' | 'CONFLICT' | 'TOO_LARGE' | 'INTERNAL';

const PASSED_THROUGH: readonly IntakeErrorCode[] = ['RATE_LIMITED', 'NOT_FOUND', 'VALIDATION', 'CONFLICT'];

/**
 * A failed request. The server's message is kept for developers only: the reporter reads a text
 * chosen by `code` (and, for VALIDATION, by `details.field` / `details.file` + `details.reason`)
 * in their own language.
 */
export class IntakeError extends Error {
  constructor(
    readonly code: IntakeErrorCode,
    message: string = code,
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
    this.name = 'IntakeError';
  }

  /** The domain's message key (`extensions.messageKey`), said in the reader's language by the sdk's catalogue. */
  get messageKey(): unknown {
    return this.details.messageKey;
  }

  get params(): unknown {
    return this.details.params;
  }

  /** The field a VALIDATION error concerns, when the server names one. */
  get field(): string | undefined {
    return typeof this.details.field === 'string' ? this.details.field : undefined;
  }
}

export function codeFromStatus(status: number): IntakeErrorCode {
  if (status === 413) return 'TOO_LARGE';
  if (status === 429) return 'RATE_LIMITED';
  if (status === 404) return 'NOT_FOUND';
  return 'INTERNAL';
}

/** A GraphQL error as an IntakeError: stable codes pass, anything else is the server's problem. */
export function errorFromGraphQL(
  error: { message?: unknown; extensions?: Record<string, unknown> },
  status: number,
): IntakeError {
  const { code, ...details } = error.extensions ?? {};
  const message = typeof error.message === 'string' ? error.message : String(code);
  if (typeof code === 'string' && (PASSED_THROUGH as readonly string[]).includes(code)) {
    return new IntakeError(code as IntakeErrorCode, message, details);
  }
  if (status === 413 || status === 429) return new IntakeError(codeFromStatus(status), message);
  return new IntakeError('INTERNAL', message);
}
