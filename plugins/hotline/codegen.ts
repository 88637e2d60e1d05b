import { adalCodegenConfig } from '@adal/sdk/codegen';

// The intake app (intake/) has its own operations and generated types (intake/codegen.ts).
export default adalCodegenConfig({ documents: 'src/**/*.graphql', output: 'src/graphql/generated/' });
