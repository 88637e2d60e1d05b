import './kpi-definition.js';
import './kpi-value.js';
