import { adalPluginViteConfig } from '@adal/sdk/vite';
import pkg from './package.json' with { type: 'json' };

// The staff plugin only. The public intake is a separate, self-contained build
// (vite.intake.config.ts) that runs after this one and writes into dist/intake/.
export default adalPluginViteConfig({ id: 'hotline', pkg });
