// The protection regimes, bundled into one chunk that the Pathways page loads on first use.
export { evaluatePathway } from '../../pathways/evaluate.js';
export { regimes, regimesOn } from '../../pathways/regimes/index.js';
export { regimeReach } from '../../pathways/territory.js';
