// Protection of reporters (§39–§41): protection records, HR actions, labour disputes, public holidays.
import './public-holiday.js';
import './protection-record.js';
import './hr-action.js';
import './labour-dispute.js';
import './protection-task.js';
