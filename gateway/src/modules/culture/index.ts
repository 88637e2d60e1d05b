// The culture chapter's GraphQL types (§31–§35, §68), one file per part.

// the materials library (§32.2, §35.6)
import './material.js';
import './materials-library.js';
