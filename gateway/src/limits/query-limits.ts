/**
 * Whose limits a request gets: `signedIn` only when it carries a token whose signature, issuer,
 * audience and expiry check out (see request-audience.ts); everything else, and every request
 * of the anonymous hotline operations whatever it carries, is `anonymous`.
 */
export type Audience = 'anonymous' | 'signedIn';

/** What one GraphQL operation may ask for before it is refused, unexecuted. */
export interface QueryLimits {
  /** Lexical tokens of the document: bounds the parser's work before anything else runs. */
  maxTokens: number;
  /** Fields nested in one another, fragments flattened into the fields they add. */
  maxDepth: number;
  /** Aliased fields anywhere in the operation, aliased `__typename` included. */
  maxAliases: number;
  /** `@include`/`@skip` and other directives anywhere in the operation. */
  maxDirectives: number;
  /**
   * GraphQL Armor's cost (an object 2, a scalar 1, each nesting level × 1.5, `__typename` too),
   * with each list multiplied by the page size it asks for, from a literal, a variable or a default.
   */
  maxCost: number;
  /** Distinct root fields (response keys) of the operation; null: only the alias cap applies. */
  maxRootFields: number | null;
}

/**
 * The plugins' own operations (every `.graphql` file under `plugins/`, run through these limits
 * by plugin-operations.test.ts) reach at most: signed in, 200 tokens, depth 5, no alias, no
 * directive, cost 378 (5 825 for the hotline queue's largest page of 100 cases); the anonymous
 * intake and the sign-in, 66 tokens, depth 4, cost 58, one root field.
 */
export const QUERY_LIMITS: Readonly<Record<Audience, QueryLimits>> = {
  anonymous: {
    maxTokens: 500,
    maxDepth: 6,
    maxAliases: 0,
    maxDirectives: 5,
    maxCost: 300,
    // One root field: a request can't pack several reports or receipt lookups together.
    maxRootFields: 1,
  },
  signedIn: {
    // graphql's own check that repeated fields can merge grows with the square of their number:
    // 3 000 tokens of `id id …` take it 0.4 s, 1 000 a tenth of that.
    maxTokens: 1000,
    maxDepth: 10,
    maxAliases: 30,
    maxDirectives: 20,
    maxCost: 10_000,
    maxRootFields: null,
  },
};
