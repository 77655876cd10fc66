// Whether an instrument bound the state of the case while the events took place: a treaty binds its
// parties (from the participation lists), a national statute its own territory and the conduct
// abroad it reaches by the offender's nationality, residence or presence. Unknown facts give
// `unknown`, never `not_party`. The lists are handed in, not imported: where they are not at hand yet
// (the web app fetches them once the case names a country) a treaty's binding is `unknown` too.

import type { CaseFacts } from '../../facts/schema.js';
import type { MessageKey } from '../../i18n/index.js';
import type { Citation } from '../logic/citation.js';
import { country, date, type LawMessage, lawText, nested } from '../messages.js';
import { findListIn, type ParticipationLists } from '../participation/lookup.js';
import { boundSince, standingOn } from '../participation/standing.js';
import type { Participation, ParticipationList, Source } from '../participation/types.js';
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
  /** In words, in English (see `message` for any language). */
  reason: string;
  /** The same as a message: a law-catalogue key and its values (ISO dates, codes). */
  message: LawMessage;
};

/** The binding's reason as a message, and in English. */
function because(message: LawMessage): { message: LawMessage; reason: string } {
  return { message, reason: lawText(message) };
}

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
  const name = country(state);
  const at = (
    p: Participation,
    since: string | null,
    until: string | null,
    message: LawMessage,
  ): Binding => ({
    ...base,
    source: p.row?.source ?? list.source,
    status: p.standing,
    since,
    until,
    certainty: p.certainty,
    ...because(message),
  });
  if (span === null) {
    // No event date: the standing as last recorded, and said so.
    const on = latestKnown(list);
    const p = standingOn(list, state, on);
    return at(p, p.standing === 'party' && p.row ? boundSince(p.row) : null, null, {
      id: 'law.binding.noEventDate',
      values: { date: date(on), reason: nested(p.message) },
    });
  }
  const end = span.to ?? span.from;
  const first = standingOn(list, state, span.from);
  const last = end === span.from ? first : standingOn(list, state, end);
  if (first.standing === 'party') {
    const until = last.standing === 'not_party' ? (first.row?.bound.until ?? null) : null;
    const message: LawMessage = until
      ? { id: 'law.binding.stopped', values: { reason: nested(first.message), name, until: date(until) } }
      : first.message;
    return at(first, first.row ? boundSince(first.row) : null, until, message);
  }
  if (last.standing === 'party') {
    const since = last.row ? boundSince(last.row) : null;
    return at(
      last,
      since,
      null,
      since
        ? { id: 'law.binding.laterPart', values: { reason: nested(last.message), since: date(since) } }
        : { id: 'law.binding.laterPartUnknown', values: { reason: nested(last.message) } },
    );
  }
  const unknown = [first, last].find((p) => p.standing === 'unknown');
  if (unknown) return at(unknown, null, null, unknown.message);
  return at(first, null, null, {
    id: 'law.binding.notAtTheTime',
    values: { reason: nested(first.message), name },
  });
}

function reachValue(reach: Reach, facts: CaseFacts, span: Span) {
  // Conduct that ended before the ground was enacted is not reached on it.
  const end = span?.to ?? span?.from ?? null;
  if (end !== null && end < reach.from) return 'not_met' as const;
  return reach.test(facts);
}

/** A ground of reach in words, as a message. */
const groundOf = (reach: Reach): LawMessage => ({ id: `law.reach.${reach.id}` as MessageKey });

function territoryBinding(
  facts: CaseFacts,
  instrumentId: string,
  state: string,
  reaches: readonly Reach[],
  inForceFrom: string,
  span: Span,
): Binding {
  const jurisdiction = facts.jurisdiction ?? null;
  const base = { state: jurisdiction, until: null, certainty: 'checked' as const, source: null };
  const territory = nested({ id: `law.territory.${instrumentId}` as MessageKey });
  const places = placesOfConduct(facts);
  if (places.includes(state)) {
    return {
      ...base,
      status: 'party',
      basis: 'territory',
      since: inForceFrom,
      reach: null,
      ...because({ id: 'law.binding.conductIn', values: { territory } }),
    };
  }
  const values = reaches.map((reach) => ({ reach, value: reachValue(reach, facts, span) }));
  const met = values.find((v) => v.value === 'met');
  if (met) {
    const since = met.reach.from > inForceFrom ? met.reach.from : inForceFrom;
    const partial = span !== null && span.from < since;
    const reached = {
      territory,
      ground: nested(groundOf(met.reach)),
      cite: `${met.reach.cite.instrument} ${met.reach.cite.article}`,
    };
    return {
      ...base,
      status: 'party',
      basis: 'extraterritorial',
      since,
      reach: { id: met.reach.id, label: met.reach.label, cite: met.reach.cite },
      ...because(
        partial
          ? { id: 'law.binding.reachesFrom', values: { ...reached, since: date(since) } }
          : { id: 'law.binding.reaches', values: reached },
      ),
    };
  }
  const where = { countries: places };
  const open = values.filter((v) => v.value === 'undetermined').map((v) => groundOf(v.reach));
  const grounds = { messages: open, join: 'disjunction' as const };
  const unknown = { ...base, status: 'unknown' as const, basis: null, since: null, reach: null };
  // Where the conduct happened is not known at all: whether the law's territory is concerned is unknown.
  if (jurisdiction === null && (facts.exploitation?.country ?? null) === null) {
    return {
      ...unknown,
      ...because(
        open.length > 0
          ? { id: 'law.binding.noCountryReach', values: { territory, grounds } }
          : { id: 'law.binding.noCountry', values: { territory } },
      ),
    };
  }
  if (open.length > 0) {
    return {
      ...unknown,
      ...because({ id: 'law.binding.outsideOpen', values: { where, territory, grounds } }),
    };
  }
  return {
    ...base,
    status: 'not_party',
    basis: null,
    since: null,
    reach: null,
    ...because({
      id: reaches.length > 0 ? 'law.binding.outsideNoGround' : 'law.binding.outside',
      values: { where, territory },
    }),
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
  ...because({ id: 'law.binding.unknownCountry' }),
};

/**
 * Whether `instrumentId` bound the state of the case during the events, read from `lists` for a
 * treaty; `null` where the lists are not at hand (yet): a treaty's binding is then `unknown`, and
 * says so, never `not_party`.
 */
export function bindingOf(
  instrumentId: string,
  inForceFrom: string,
  facts: CaseFacts,
  lists: ParticipationLists | null,
): Binding {
  const scope = scopeOf(instrumentId);
  const span = eventSpan(facts);
  if (scope?.kind === 'territory') {
    return territoryBinding(facts, instrumentId, scope.state, scope.reach, inForceFrom, span);
  }
  const state = facts.jurisdiction ?? null;
  if (scope && lists === null) {
    return state === null
      ? unknownCountry
      : { ...unknownCountry, state, ...because({ id: 'law.binding.notLoaded' }) };
  }
  const list = scope && lists ? findListIn(lists, scope.list) : undefined;
  if (!list) {
    return { ...unknownCountry, state, ...because({ id: 'law.binding.noRecord' }) };
  }
  if (state === null) return { ...unknownCountry, source: list.source };
  return treatyBindingOnce(list, state, span);
}

/**
 * A treaty's standing depends on its list, the state and the span of the events alone, and working
 * it out (reading the list's rows, putting the reason in words) was a sixth of an assessment's
 * time: each answer is kept, per list, for the life of the process. The same object is handed to
 * every assessment that asks, so it is never changed (nothing changes a binding once made). Bounded:
 * a list's answers are forgotten once it holds 4,096 of them.
 */
const treatyAnswers = new WeakMap<ParticipationList, Map<string, Binding>>();

function treatyBindingOnce(list: ParticipationList, state: string, span: Span): Binding {
  let answers = treatyAnswers.get(list);
  if (!answers) {
    answers = new Map();
    treatyAnswers.set(list, answers);
  }
  const key = span === null ? state : `${state} ${span.from} ${span.to ?? ''}`;
  let binding = answers.get(key);
  if (!binding) {
    binding = treatyBinding(list, state, span);
    if (answers.size >= 4096) answers.clear();
    answers.set(key, binding);
  }
  return binding;
}
