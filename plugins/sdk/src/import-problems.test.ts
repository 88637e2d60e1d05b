import { describe, expect, it } from 'vitest';
import { AdalGraphqlError } from './graphql/errors';
import { importProblemText, refusedImportRows } from './import-problems';

describe('an import refused for its rows', () => {
  it('reads the rows the refusal names, and nothing from a refusal about the file or another error', () => {
    const refused = new AdalGraphqlError('VALIDATION', 'refused', {
      details: {
        errors: [
          { row: 3, column: 'email', messageKey: 'org.import.required', params: null, message: 'required' },
          { row: 'x', column: 'email' },
          { row: 5, message: 'Unknown unit' },
        ],
      },
    });
    expect(refusedImportRows(refused)).toEqual([
      { row: 3, column: 'email', messageKey: 'org.import.required', params: {}, message: 'required' },
      { row: 5, column: null, messageKey: null, params: {}, message: 'Unknown unit' },
    ]);
    expect(
      refusedImportRows(new AdalGraphqlError('VALIDATION', 'bad file', { details: { reason: 'x' } })),
    ).toEqual([]);
    expect(
      refusedImportRows(new AdalGraphqlError('FORBIDDEN', 'no', { details: { errors: [{ row: 1 }] } })),
    ).toEqual([]);
    expect(refusedImportRows(null)).toEqual([]);
  });

  it("says a problem in the reader's language, and the server's wording only when it has no key", () => {
    const problem = { messageKey: 'org.import.required', params: {}, message: 'Fill this in' };
    expect(importProblemText(problem, 'ru')).toBe('Заполните это поле.');
    expect(importProblemText(problem, 'kk')).toBe('Осы өрісті толтырыңыз.');
    expect(importProblemText({ messageKey: null, message: 'Unknown unit' }, 'ru')).toBe('Unknown unit');
  });
});
