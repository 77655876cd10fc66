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
import type { ParticipationList } from './types.js';

export { boundFromWords, boundSince, humanDate, partiesOn, standingOn } from './standing.js';
export type { Certainty, Participation, ParticipationList, Row, Source, Standing } from './types.js';

export const participationLists: readonly ParticipationList[] = [
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

/** Ids that name the same list: `echr-article-4` is bound by the ECHR's parties, as `servitude` is. */
const sameList: Readonly<Record<string, string>> = { 'echr-article-4': 'servitude' };

export function findParticipationList(id: string): ParticipationList | undefined {
  const listId = sameList[id] ?? id;
  return participationLists.find((list) => list.id === listId);
}
