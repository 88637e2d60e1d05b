import './organization.js';
import './org-unit.js';
import './person.js';
import './person-search-result.js';
import './viewer.js';
import './dev-login.js';
import './import-people.js';
import './people-directory.js';
