import './date-time.js';
import './file.js';
import './json.js';
import './locale.js';
import './role.js';
import './sort-direction.js';
