/** Registers all four elements; the one script a partner page includes. */
import './lp-mission.js';
import './lp-vision-list.js';
import './lp-values-acronym.js';
import './lp-mission-vision-values.js';

export * from './index.js';
