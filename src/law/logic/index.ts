export * from './citation.js';
export * from './evaluate.js';
export * from './pivotal.js';
export * from './rule.js';
export * from './truth.js';
