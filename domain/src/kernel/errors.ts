/** Stable codes the gateway maps to typed GraphQL errors. */
export type ErrorCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'VALIDATION' | 'CONFLICT';

/** A foreseeable failure of a use case, with a message a person can act on. */
export abstract class DomainError extends Error {
  abstract readonly code: ErrorCode;
  readonly details?: Record<string, unknown>;

  protected constructor(message: string, details?: Record<string, unknown>) {
    super(message);
    this.name = new.target.name;
    if (details !== undefined) this.details = details;
  }
}

export class ValidationError extends DomainError {
  readonly code = 'VALIDATION' as const;

  static because(message: string, details?: Record<string, unknown>): ValidationError {
    return new ValidationError(message, details);
  }
}

export class NotFoundError extends DomainError {
  readonly code = 'NOT_FOUND' as const;

  static forId(entity: string, id: string): NotFoundError {
    return new NotFoundError(`${entity} ${id} was not found`, { entity, id });
  }
}

export class ForbiddenError extends DomainError {
  readonly code = 'FORBIDDEN' as const;

  static because(message: string): ForbiddenError {
    return new ForbiddenError(message);
  }
}

export class ConflictError extends DomainError {
  readonly code = 'CONFLICT' as const;

  static because(message: string, details?: Record<string, unknown>): ConflictError {
    return new ConflictError(message, details);
  }
}
