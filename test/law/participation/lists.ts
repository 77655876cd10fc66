// What the participation tests share: a list by its id, and the check that a row begins to bind a
// state on a given day (not a party the day before, a party that day).
import { expect } from 'vitest';
import {
  type Certainty,
  findParticipationList,
  type ParticipationList,
  standingOn,
} from '../../../src/law/participation/index.js';

export function list(id: string): ParticipationList {
  const found = findParticipationList(id);
  if (!found) throw new Error(`no participation list ${id}`);
  return found;
}

/** The ISO day before `day`. */
export function dayBefore(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}

/** `state` is not a party on the day before `day` and a party on `day`, with `certainty` when given. */
export function firstBound(on: ParticipationList, state: string, day: string, certainty?: Certainty): void {
  expect(standingOn(on, state, dayBefore(day)).standing, `${state} on ${dayBefore(day)}`).toBe('not_party');
  const standing = standingOn(on, state, day);
  expect(standing.standing, `${state} on ${day}`).toBe('party');
  if (certainty !== undefined) expect(standing.certainty, `${state}'s certainty`).toBe(certainty);
}
