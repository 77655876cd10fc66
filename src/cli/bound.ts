// `continuum bound COUNTRY [--at DATE]`: written beside `continuum parties` in parties.ts.
export { registerBound as register } from './parties.js';
