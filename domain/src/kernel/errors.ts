import { ERROR_MESSAGES, type ErrorMessageKey } from './error-messages.js';

/** Stable codes the gateway maps to typed GraphQL errors. */
export type ErrorCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'VALIDATION' | 'CONFLICT';

/** The values a message fills into its `{name}` placeholders. */
export type MessageParams = Record<string, string | number>;

type Placeholders<S extends string> = S extends `${string}{${infer P}}${infer Rest}`
  ? P | Placeholders<Rest>
  : never;

/** The placeholders of the message `K`, e.g. `max` of "…longer than {max} characters". */
export type ParamsOf<K extends ErrorMessageKey> = Placeholders<(typeof ERROR_MESSAGES)[K]>;

type Details = Record<string, unknown>;

/**
 * What follows the key: the details (the field, the rows of an import…), which must hold a value
 * for each of the message's placeholders, or nothing when it has none and names no field.
 */
export type MessageArgs<K extends ErrorMessageKey> = [ParamsOf<K>] extends [never]
  ? [details?: Details]
  : [details: Details & Record<ParamsOf<K>, string | number>];

const PLACEHOLDER = /\{(\w+)\}/g;

/** The message's parameters, picked from the details by the placeholders of its English text. */
export function paramsOf(key: ErrorMessageKey, details: Details | undefined): MessageParams {
  const params: MessageParams = {};
  for (const [, name] of ERROR_MESSAGES[key].matchAll(PLACEHOLDER)) {
    const value = details?.[name!];
    if (typeof value === 'string' || typeof value === 'number') params[name!] = value;
  }
  return params;
}

/** The message of `key` in English, its placeholders filled: for logs and API users. */
export function englishMessage(key: ErrorMessageKey, params: MessageParams): string {
  return ERROR_MESSAGES[key].replace(PLACEHOLDER, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/**
 * A foreseeable failure of a use case. It carries a stable message key with its parameters, which
 * the client translates into the interface language, and the English text for logs and API users.
 */
export abstract class DomainError extends Error {
  abstract readonly code: ErrorCode;
  readonly messageKey: ErrorMessageKey;
  readonly params: MessageParams;
  readonly details?: Details;

  protected constructor(key: ErrorMessageKey, details?: Details) {
    const params = paramsOf(key, details);
    super(englishMessage(key, params));
    this.name = new.target.name;
    this.messageKey = key;
    this.params = params;
    if (details !== undefined) this.details = details;
  }
}

export class ValidationError extends DomainError {
  readonly code = 'VALIDATION' as const;

  static because<K extends ErrorMessageKey>(key: K, ...[details]: MessageArgs<K>): ValidationError {
    return new ValidationError(key, details);
  }
}

export class NotFoundError extends DomainError {
  readonly code = 'NOT_FOUND' as const;

  static forId(entity: string, id: string): NotFoundError {
    return new NotFoundError('kernel.notFound', { entity, id });
  }
}

export class ForbiddenError extends DomainError {
  readonly code = 'FORBIDDEN' as const;

  static because<K extends ErrorMessageKey>(key: K, ...[details]: MessageArgs<K>): ForbiddenError {
    return new ForbiddenError(key, details);
  }
}

export class ConflictError extends DomainError {
  readonly code = 'CONFLICT' as const;

  static because<K extends ErrorMessageKey>(key: K, ...[details]: MessageArgs<K>): ConflictError {
    return new ConflictError(key, details);
  }
}
