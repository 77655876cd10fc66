// The protection pathways and prostitution regimes of one case, as the versioned reports that
// `continuum pathways|sexwork --json` print and the HTTP API returns. Pure: the caller reads the
// case and turns a refusal into its own kind of error (a CLI option, a query parameter).

import { type NameKind, type Problem, unknownName } from '../facts/problems.js';
import type { CaseFacts } from '../facts/schema.js';
import { defaultLang, type Lang } from '../i18n/index.js';
import { isIsoDate } from './dates.js';
import { dayZeroOf } from './day-zero.js';
import { evaluatePathway } from './evaluate.js';
import type { Regime } from './machine.js';
import { findRegime, regimes, regimesOn } from './regimes/index.js';
import { assessSexwork, findSexworkRegime, sexworkRegimes } from './sexwork/index.js';
import type { SexworkResult } from './sexwork/types.js';
import type { PathwayResult } from './types.js';

export const PATHWAYS_SCHEMA_VERSION = 1;
export const SEXWORK_SCHEMA_VERSION = 1;

/**
 * A request that cannot be answered: which input is at fault — an option (`start`, `regime`) or
 * the case facts themselves — and the problems, with paths inside that input.
 */
export type Refusal = { ok: false; input: 'start' | 'regime' | 'facts'; problems: Problem[] };

type Answer<T> = { ok: true; value: T } | Refusal;

/** Day 0: the date given, else the identification date, else the end or the start of the events. */
export function pathwayStart(facts: CaseFacts, start?: string): Answer<string> {
  if (start !== undefined) {
    if (isIsoDate(start)) return { ok: true, value: start };
    const found = JSON.stringify(start);
    return {
      ok: false,
      input: 'start',
      problems: [{ path: '', code: 'invalid_date', message: 'not a date', expected: 'YYYY-MM-DD', found }],
    };
  }
  const date = dayZeroOf(facts);
  if (date) return { ok: true, value: date };
  return {
    ok: false,
    input: 'facts',
    problems: [
      {
        path: 'events.identifiedOn',
        code: 'missing_date',
        message:
          'no identification date in the case (events.identifiedOn, events.to or events.from): give the start date (YYYY-MM-DD)',
      },
    ],
  };
}

function unknownRegime(id: string, known: ReadonlyArray<{ id: string }>, what: NameKind): Refusal {
  return { ok: false, input: 'regime', problems: [unknownName('', 'unknown_regime', what, id, known)] };
}

/** The regimes in force on day 0, or the one asked for (whatever its dates: the caller chose it). */
function chooseRegimes(start: string, id?: string): Answer<Regime[]> {
  if (id === undefined) return { ok: true, value: regimesOn(start) };
  const regime = findRegime(id);
  return regime ? { ok: true, value: [regime] } : unknownRegime(id, regimes, 'regime');
}

export type PathwaysReport = {
  schemaVersion: typeof PATHWAYS_SCHEMA_VERSION;
  /** The language of every text in the report. */
  lang: Lang;
  case: { id: string | null; title: string | null };
  startDate: string;
  regimes: PathwayResult[];
};

/** The pathways of one case, its texts in `lang` (English by default); ids and codes in every language. */
export function pathwaysReport(
  facts: CaseFacts,
  options: { start?: string; regime?: string; lang?: Lang } = {},
): Answer<PathwaysReport> {
  const start = pathwayStart(facts, options.start);
  if (!start.ok) return start;
  const chosen = chooseRegimes(start.value, options.regime);
  if (!chosen.ok) return chosen;
  return {
    ok: true,
    value: {
      schemaVersion: PATHWAYS_SCHEMA_VERSION,
      lang: options.lang ?? defaultLang,
      case: { id: facts.id ?? null, title: facts.title ?? null },
      startDate: start.value,
      regimes: chosen.value.map((regime) => evaluatePathway(regime, facts, start.value, options.lang)),
    },
  };
}

export type SexworkReport = {
  schemaVersion: typeof SEXWORK_SCHEMA_VERSION;
  /** The language of every text in the report. */
  lang: Lang;
  case: { id: string | null; title: string | null };
  regimes: SexworkResult[];
};

/** The prostitution regimes for one case (or the one asked for), texts in `lang` (English by default). */
export function sexworkReport(
  facts: CaseFacts,
  options: { regime?: string; lang?: Lang } = {},
): Answer<SexworkReport> {
  const { regime: regimeId, lang = defaultLang } = options;
  let chosen = sexworkRegimes;
  if (regimeId !== undefined) {
    const regime = findSexworkRegime(regimeId);
    if (!regime) return unknownRegime(regimeId, sexworkRegimes, 'prostitutionRegime');
    chosen = [regime];
  }
  return {
    ok: true,
    value: {
      schemaVersion: SEXWORK_SCHEMA_VERSION,
      lang,
      case: { id: facts.id ?? null, title: facts.title ?? null },
      regimes: chosen.map((regime) => assessSexwork(regime, facts, { lang })),
    },
  };
}
