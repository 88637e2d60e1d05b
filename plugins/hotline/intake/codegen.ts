import type { CodegenConfig } from '@graphql-codegen/cli';

// The intake's operations, typed from the committed gateway schema like the plugin's own
// (run from plugins/hotline: `graphql-codegen --config intake/codegen.ts`). `documentMode:
// 'string'` keeps the graphql runtime out of the bundle.
const config: CodegenConfig = {
  schema: '../../gateway/schema.graphql',
  documents: ['intake/graphql/*.graphql'],
  generates: {
    'intake/graphql/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: 'string',
        useTypeImports: true,
        enumsAsTypes: true,
        onlyOperationTypes: true,
        scalars: { DateTime: 'string', ID: 'string', JSON: 'unknown', File: 'File' },
      },
    },
  },
};

export default config;
