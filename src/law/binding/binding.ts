// Whether an instrument bound the state of the case while the events took place: a treaty binds its
// parties (from the participation lists), a national statute its own territory and the conduct
// abroad it reaches by the offender's nationality, residence or presence. Unknown facts give
// `unknown`, never `not_party`.

import { countryName } from '../../facts/country-codes.js';
import type { CaseFacts } from '../../facts/schema.js';
import type { Citation } from '../logic/citation.js';
import {
  boundSince,
  findParticipationList,
  humanDate,
  type Participation,
  type ParticipationList,
  type Source,
  standingOn,
} from '../participation/index.js';
import { placesOfConduct, type Reach, scopeOf } from './scope.js';

export type BindingStatus = 'party' | 'not_party' | 'unknown';

export type Binding = {
  /** party: the instrument bound the state (or reached the conduct) for some part of the events. */
  status: BindingStatus;
  /** treaty: a state party; territory: conduct in the statute's territory; extraterritorial: its reach abroad. */
  basis: 'treaty' | 'territory' | 'extraterritorial' | null;
  /** The state whose standing this is (the case's jurisdiction), or null when not given. */
  state: string | null;
  /** The first day the instrument bound the state (or reached the conduct). */
  since: string | null;
  /** The first day it no longer did, when that falls within the events. */
  until: string | null;
  /** Whether the participation fact was checked against the depositary's record. */
  certainty: 'checked' | 'unchecked';
  /** Where the participation fact comes from (treaties); null for a statute's own territory. */
  source: Source | null;
  /** The statute's provision on which it reaches conduct abroad, when that is the basis. */
  reach: { id: string; label: string; cite: Citation } | null;
  /** In words, for people. */
  reason: string;
};

/** The events' span: `to` is null when the end is not known. */
export type Span = { from: string; to: string | null } | null;

export function eventSpan(facts: CaseFacts): Span {
  const from = facts.events?.from ?? facts.events?.to ?? null;
  if (from === null) return null;
  return { from, to: facts.events?.to ?? null };
}

function latestKnown(list: ParticipationList): string {
  return [list.checkedThrough, list.believedCompleteThrough, list.source.asOf]
    .filter((d): d is string => typeof d === 'string')
    .sort()
    .at(-1) as string;
}

function treatyBinding(list: ParticipationList, state: string, span: Span): Binding {
  const base = { basis: 'treaty' as const, state, reach: null, source: list.source };
  const name = countryName(state);
  const at = (p: Participation, since: string | null, until: string | null, reason: string): Binding => ({
    ...base,
    source: p.row?.source ?? list.source,
    status: p.standing,
    since,
    until,
    certainty: p.certainty,
    reason,
  });
  if (span === null) {
    // No event date: the standing as last recorded, and said so.
    const on = latestKnown(list);
    const p = standingOn(list, state, on);
    return at(
      p,
      p.standing === 'party' && p.row ? boundSince(p.row) : null,
      null,
      `No event date is known; as recorded on ${humanDate(on)}: ${p.reason}`,
    );
  }
  const end = span.to ?? span.from;
  const first = standingOn(list, state, span.from);
  const last = end === span.from ? first : standingOn(list, state, end);
  if (first.standing === 'party') {
    const until = last.standing === 'not_party' ? (first.row?.bound.until ?? null) : null;
    const reason = until
      ? `${first.reason} It stopped binding ${name} on ${humanDate(until)}, during the events: it applies to the conduct before that date.`
      : first.reason;
    return at(first, first.row ? boundSince(first.row) : null, until, reason);
  }
  if (last.standing === 'party') {
    const since = last.row ? boundSince(last.row) : null;
    return at(
      last,
      since,
      null,
      `${last.reason} The events began before that: it applies to the conduct from ${since ? humanDate(since) : 'then'} onwards.`,
    );
  }
  const unknown = [first, last].find((p) => p.standing === 'unknown');
  if (unknown) return at(unknown, null, null, unknown.reason);
  return at(first, null, null, `${first.reason} It did not bind ${name} at the time of the events.`);
}

function reachValue(reach: Reach, facts: CaseFacts, span: Span) {
  // Conduct that ended before the ground was enacted is not reached on it.
  const end = span?.to ?? span?.from ?? null;
  if (end !== null && end < reach.from) return 'not_met' as const;
  return reach.test(facts);
}

function territoryBinding(
  facts: CaseFacts,
  state: string,
  territoryLabel: string,
  reaches: readonly Reach[],
  inForceFrom: string,
  span: Span,
): Binding {
  const jurisdiction = facts.jurisdiction ?? null;
  const base = { state: jurisdiction, until: null, certainty: 'checked' as const, source: null };
  const places = placesOfConduct(facts);
  if (places.includes(state)) {
    return {
      ...base,
      status: 'party',
      basis: 'territory',
      since: inForceFrom,
      reach: null,
      reason: `Some of the conduct took place in ${territoryLabel}, where this law applies.`,
    };
  }
  const values = reaches.map((reach) => ({ reach, value: reachValue(reach, facts, span) }));
  const met = values.find((v) => v.value === 'met');
  if (met) {
    const since = met.reach.from > inForceFrom ? met.reach.from : inForceFrom;
    const partial = span !== null && span.from < since;
    return {
      ...base,
      status: 'party',
      basis: 'extraterritorial',
      since,
      reach: { id: met.reach.id, label: met.reach.label, cite: met.reach.cite },
      reason: `The conduct took place outside ${territoryLabel}, but this law reaches it: ${met.reach.label} (${met.reach.cite.instrument} ${met.reach.cite.article})${partial ? `; it applies to the conduct from ${humanDate(since)} onwards` : ''}.`,
    };
  }
  const where = places.map(countryName).join(' and ');
  const open = values.filter((v) => v.value === 'undetermined').map((v) => v.reach.label);
  // Where the conduct happened is not known at all: whether the law's territory is concerned is unknown.
  if (jurisdiction === null && (facts.exploitation?.country ?? null) === null) {
    return {
      ...base,
      status: 'unknown',
      basis: null,
      since: null,
      reach: null,
      reason: `The country where the events took place is not given: whether this law applies (in ${territoryLabel}${open.length > 0 ? `, or abroad where ${open.join(', or ')}` : ''}) is unknown.`,
    };
  }
  if (open.length > 0) {
    return {
      ...base,
      status: 'unknown',
      basis: null,
      since: null,
      reach: null,
      reason: `The conduct took place in ${where}, outside ${territoryLabel}; this law would still reach it if ${open.join(', or if ')}, which is not known.`,
    };
  }
  return {
    ...base,
    status: 'not_party',
    basis: null,
    since: null,
    reach: null,
    reason:
      reaches.length > 0
        ? `The conduct took place in ${where}, outside ${territoryLabel}, and none of the grounds on which this law reaches conduct abroad is shown.`
        : `The conduct took place in ${where}, outside ${territoryLabel}, where this law does not apply.`,
  };
}

const unknownCountry: Binding = {
  status: 'unknown',
  basis: null,
  state: null,
  since: null,
  until: null,
  certainty: 'unchecked',
  source: null,
  reach: null,
  reason:
    'The country where the events took place is not given: whether this instrument bound it is unknown.',
};

/** Whether `instrumentId` bound the state of the case during the events. */
export function bindingOf(instrumentId: string, inForceFrom: string, facts: CaseFacts): Binding {
  const scope = scopeOf(instrumentId);
  const span = eventSpan(facts);
  if (scope?.kind === 'territory') {
    return territoryBinding(facts, scope.state, scope.territoryLabel, scope.reach, inForceFrom, span);
  }
  const list = scope ? findParticipationList(scope.list) : undefined;
  const state = facts.jurisdiction ?? null;
  if (!list) {
    return { ...unknownCountry, state, reason: 'No record of which states this instrument binds is held.' };
  }
  if (state === null) return { ...unknownCountry, source: list.source };
  return treatyBinding(list, state, span);
}
