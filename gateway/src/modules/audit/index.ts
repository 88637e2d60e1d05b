import './audit-event.js';
import './audit-chain-status.js';
