// Every participation list Continuum holds, by id: which states are bound by which instrument since when.

import {
  coeTraffickingConventionParties,
  echrParties,
  euTraffickingDirectiveParties,
} from './lists-europe.js';
import {
  iloAbolitionOfForcedLabourParties,
  iloForcedLabourConventionParties,
  iloForcedLabourProtocolParties,
} from './lists-ilo.js';
import {
  slaveryConventionParties,
  slaveryProtocol1953Parties,
  supplementarySlaveryConventionParties,
  unSmugglingProtocolParties,
  unTraffickingProtocolParties,
} from './lists-un.js';
import { findListIn, type ParticipationLists } from './lookup.js';
import type { ParticipationList } from './types.js';

export { findListIn, type ParticipationLists } from './lookup.js';
export { boundFromWords, boundSince, humanDate, partiesOn, standingOn } from './standing.js';
export type { Certainty, Participation, ParticipationList, Row, Source, Standing } from './types.js';

export const participationLists: ParticipationLists = [
  unTraffickingProtocolParties,
  unSmugglingProtocolParties,
  iloForcedLabourConventionParties,
  iloForcedLabourProtocolParties,
  iloAbolitionOfForcedLabourParties,
  slaveryConventionParties,
  slaveryProtocol1953Parties,
  supplementarySlaveryConventionParties,
  echrParties,
  coeTraffickingConventionParties,
  euTraffickingDirectiveParties,
];

export function findParticipationList(id: string): ParticipationList | undefined {
  return findListIn(participationLists, id);
}
