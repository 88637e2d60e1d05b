import { adalCodegenConfig } from './src/codegen';

export default adalCodegenConfig({ documents: 'src/**/*.graphql', output: 'src/graphql/generated/' });
