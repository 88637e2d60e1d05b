// `@adal/sdk/codegen`: how every package types its GraphQL operations (Node side, for codegen.ts).
import type { CodegenConfig } from '@graphql-codegen/cli';

export interface AdalCodegenTarget {
  /** A glob of the operation files, relative to the package folder. */
  documents: string;
  /** The folder the types are written to, relative to the package folder. */
  output: string;
}

/**
 * Operations live beside the code that sends them; the client preset types them from the
 * committed gateway schema. `documentMode: 'string'` keeps the graphql runtime out of the browser.
 * Paths are relative to the package folder (plugins/<name>), where graphql-codegen runs.
 */
export function adalCodegenConfig({ documents, output }: AdalCodegenTarget): CodegenConfig {
  return {
    schema: '../../gateway/schema.graphql',
    documents: [documents],
    ignoreNoDocuments: true,
    generates: {
      [output]: {
        preset: 'client',
        presetConfig: { fragmentMasking: false },
        config: {
          documentMode: 'string',
          useTypeImports: true,
          enumsAsTypes: true,
          scalars: { DateTime: 'string', ID: 'string', JSON: 'unknown', File: 'File' },
        },
      },
    },
  };
}
