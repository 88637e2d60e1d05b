import type { CodegenConfig } from '@graphql-codegen/cli';

// Operations live beside the code that sends them; the client preset types them from the
// committed gateway schema. `documentMode: 'string'` keeps the graphql runtime out of the browser.
// The intake app (intake/) has its own operations and generated types.
const config: CodegenConfig = {
  schema: '../../gateway/schema.graphql',
  documents: ['src/**/*.graphql'],
  ignoreNoDocuments: true,
  generates: {
    'src/graphql/generated/': {
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

export default config;
