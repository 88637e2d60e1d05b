import './kpi-view-types.js';
import './kpi-view-operations.js';
