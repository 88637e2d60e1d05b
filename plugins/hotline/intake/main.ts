import '@adal/sdk/tokens.css';
import '@adal/sdk/components.css';
import './styles/intake.css';
import { createApp } from 'vue';
import App from './App.vue';

// The public intake (ADR 007): its own page, its own Vue, nothing shared with the portal.
createApp(App).mount('#intake');
