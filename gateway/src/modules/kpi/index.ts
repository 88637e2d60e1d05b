import './kpi-definition.js';
import './kpi-value.js';
import './views/index.js';
import './kpi-drill-down.js';
