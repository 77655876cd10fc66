// The continuum's public surface, for the CLI, the server and the web app (all pure functions).
export {
  type BandId,
  type BandPlacement,
  type BandRange,
  bandDefinition,
  bandIds,
  bandLabel,
  bandPlacement,
  bands,
} from './bands.js';
export { dimensions, indicators } from './indicators/index.js';
export { pathwaysExtension } from './pathways-extension.js';
export { explainDelphi, type Profile, profile } from './profile.js';
export { type ContinuumReport, continuumReport } from './report.js';
export { findScenario, noChange, type Scenario, scenarios } from './scenarios.js';
export { bandScaleSvg, continuumSvg, profileSvg } from './svg.js';
export { vulnerability, vulnerabilityFactors } from './vulnerability.js';
export { type WhatIf, type WhatIfExtension, whatIf, whatIfExtensions } from './whatif.js';
