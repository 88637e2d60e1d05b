import { builder } from '../../builder.js';
import { invalidInput } from '../../errors/graphql-errors.js';

/** A file sent as a multipart request part (GraphQL multipart request spec, handled by yoga). */
export const FileScalar = builder.scalarType('File', {
  description: 'A file uploaded with a multipart request.',
  serialize: () => {
    throw new Error('File is an input-only scalar.');
  },
  parseValue: (value) => {
    if (!isFile(value)) throw invalidInput('Expected an uploaded file.');
    return value;
  },
});

/** Structural: yoga hands over the File of its fetch implementation, not necessarily Node's global one. */
function isFile(value: unknown): value is File {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Partial<File>).name === 'string' &&
    typeof (value as Partial<File>).arrayBuffer === 'function'
  );
}
