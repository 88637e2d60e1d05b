import { describe, expect, it } from 'vitest';
import { IntakeError } from '../api/intake-error';
import { fieldOfServerError } from './server-problems';

function validation(details: Record<string, unknown>) {
  return new IntakeError('VALIDATION', 'from the server', details);
}

describe('fieldOfServerError', () => {
  it('puts the domain’s description errors next to the description, with the limit it names', () => {
    expect(fieldOfServerError(validation({ field: 'what' }))).toEqual({
      field: 'what',
      problem: { key: 'whatRequired' },
    });
    expect(fieldOfServerError(validation({ field: 'what', min: 20 }))).toEqual({
      field: 'what',
      problem: { key: 'whatTooShort', params: { min: 20 } },
    });
    expect(fieldOfServerError(validation({ field: 'what', max: 20000 }))).toEqual({
      field: 'what',
      problem: { key: 'whatTooLong', params: { max: 20000 } },
    });
  });

  it('puts a refused file next to the attachments, named with its reason', () => {
    expect(fieldOfServerError(validation({ file: 'scan.pdf', reason: 'too_large' }))).toEqual({
      field: 'attachments',
      problem: { key: 'fileTooLarge', params: { file: 'scan.pdf', size: 5, count: 5 } },
    });
    expect(fieldOfServerError(validation({ file: '', reason: 'count' }))?.problem.key).toBe('fileCount');
  });

  it('words the open reporter’s fields and the message body, and anything else generically', () => {
    expect(fieldOfServerError(validation({ field: 'contact' }))?.problem.key).toBe('contact');
    expect(fieldOfServerError(validation({ field: 'body' }))?.problem.key).toBe('body');
    expect(fieldOfServerError(validation({ field: 'where' }))?.problem.key).toBe('field');
  });

  it('leaves errors that name no field, and other codes, to a banner', () => {
    expect(fieldOfServerError(validation({}))).toBeNull();
    expect(fieldOfServerError(new IntakeError('CONFLICT', 'closed', { field: 'body' }))).toBeNull();
  });
});
