import './course.js';
import './course-authoring.js';
import './my-assignment.js';
import './attempt.js';
import './completion.js';
import './certificate.js';
import './assignment.js';
import './question-import.js';
