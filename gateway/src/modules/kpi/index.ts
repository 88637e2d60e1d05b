import './kpi-definition.js';
import './kpi-value.js';
import './kpi-holding.js';
