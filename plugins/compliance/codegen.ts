import { adalCodegenConfig } from '@adal/sdk/codegen';

export default adalCodegenConfig({ documents: 'src/**/*.graphql', output: 'src/graphql/generated/' });
