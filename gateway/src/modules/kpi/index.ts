import './kpi-definition.js';
import './kpi-value.js';
import './kpi-drill-down.js';
