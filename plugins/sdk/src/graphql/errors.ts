/** The stable codes the gateway puts in `errors[].extensions.code`, plus two for failures before GraphQL. */
export const ADAL_ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'VALIDATION',
  'CONFLICT',
  'RATE_LIMITED',
  'INTERNAL',
  'NETWORK',
] as const;
export type AdalErrorCode = (typeof ADAL_ERROR_CODES)[number];

export interface AdalGraphqlErrorOptions {
  status?: number;
  path?: readonly (string | number)[];
  details?: Record<string, unknown>;
  cause?: unknown;
}

export class AdalGraphqlError extends Error {
  override readonly name = 'AdalGraphqlError';
  readonly code: AdalErrorCode;
  readonly status: number | undefined;
  readonly path: readonly (string | number)[] | undefined;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: AdalErrorCode, message: string, options: AdalGraphqlErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.status = options.status;
    this.path = options.path;
    this.details = options.details;
  }

  /** The stable key of the domain's message (`extensions.messageKey`), which the client translates. */
  get messageKey(): string | undefined {
    const key = this.details?.['messageKey'];
    return typeof key === 'string' ? key : undefined;
  }

  /** The values the message fills in (`extensions.params`). */
  get params(): Readonly<Record<string, unknown>> {
    const params = this.details?.['params'];
    return typeof params === 'object' && params !== null ? (params as Record<string, unknown>) : {};
  }
}

export function isAdalErrorCode(value: unknown): value is AdalErrorCode {
  return typeof value === 'string' && (ADAL_ERROR_CODES as readonly string[]).includes(value);
}
