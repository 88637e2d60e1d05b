import { adalPluginViteConfig } from '@adal/sdk/vite';
import pkg from './package.json' with { type: 'json' };

export default adalPluginViteConfig({ id: 'compliance', pkg });
