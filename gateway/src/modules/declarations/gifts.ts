// §17–§20: gifts, trips and hospitality.
import './gift.js';
import './gift-pre-approval.js';
