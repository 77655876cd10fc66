// Day 0 of every protection pathway: the day the person was identified, else — when the case does
// not record it — the end or the start of the events, the nearest dates the facts give.
import type { CaseFacts } from '../facts/schema.js';

export function dayZeroOf(facts: CaseFacts): string | undefined {
  return facts.events?.identifiedOn ?? facts.events?.to ?? facts.events?.from ?? undefined;
}
