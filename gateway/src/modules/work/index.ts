import './my-work.js';
