// Finding an instrument's participation list among the lists at hand. Holds no list itself, so that
// the law engine reads whichever lists it is handed: the CLI and the server all of them from the
// start (index.ts), the web app once it has fetched them (they are a chunk of their own there).
import type { ParticipationList } from './types.js';

/** The participation lists an assessment reads. */
export type ParticipationLists = readonly ParticipationList[];

/** Ids that name the same list: `echr-article-4` is bound by the ECHR's parties, as `servitude` is. */
const sameList: Readonly<Record<string, string>> = { 'echr-article-4': 'servitude' };

export function findListIn(lists: ParticipationLists, id: string): ParticipationList | undefined {
  const listId = sameList[id] ?? id;
  return lists.find((list) => list.id === listId);
}
