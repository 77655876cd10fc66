// Assess one case against every instrument, reading which states each treaty binds from every
// participation list Continuum holds: what the CLI, the server, the scripts and the tests call. The
// engine is assess-core.ts, which is handed the lists instead; the web app calls it directly, so that
// the lists are a chunk of their own, fetched once a case names a country.
import type { CaseFacts } from '../facts/schema.js';
import * as core from './assess-core.js';
import type { Instrument } from './instrument.js';
import { participationLists } from './participation/index.js';

export {
  ASSESSMENT_SCHEMA_VERSION,
  type Assessment,
  type AssessmentMode,
  type AssessOptions,
  type ContestedPoint,
  contestedPoints,
  type InstrumentAssessment,
  type InstrumentHeadline,
  modeOf,
  type ParticipationOptions,
  ruleFor,
  type Settling,
  type TreeOptions,
  type Verdict,
} from './assess-core.js';

/** assess-core's `assessHeadline`, with every participation list. */
export function assessHeadline(
  instrument: Instrument,
  facts: CaseFacts,
  options: core.AssessOptions = {},
): core.InstrumentHeadline {
  return core.assessHeadline(instrument, facts, { ...options, participation: participationLists });
}

/** assess-core's `assessInstrument`, with every participation list. */
export function assessInstrument(
  instrument: Instrument,
  facts: CaseFacts,
  options: core.AssessOptions & core.TreeOptions = {},
): core.InstrumentAssessment {
  return core.assessInstrument(instrument, facts, { ...options, participation: participationLists });
}

/** assess-core's `assess`, with every participation list. */
export function assess(
  facts: CaseFacts,
  options: Omit<Parameters<typeof core.assess>[1], 'participation'> = {},
): core.Assessment {
  return core.assess(facts, { ...options, participation: participationLists });
}
