/**
 * A start that must not go ahead as configured: the start command prints the message and exits
 * non-zero instead of running with a setting nobody chose (a generated key, an open login).
 */
export class ConfigurationError extends Error {
  override readonly name = 'ConfigurationError';
}
