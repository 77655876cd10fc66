// A protection regime as a dated state machine: from identification (day 0) each state lasts a
// duration read from dated parameters, then a transition — guarded by facts — leads to the next
// state or to an end state. Running it records every fact a guard read: the facts that decide the
// branch.
import type { CaseFacts, FactPath } from '../facts/schema.js';
import type { MessageKey, Translator } from '../i18n/index.js';
import type { Period } from '../law/dated.js';
import type { Citation } from '../law/logic/citation.js';
import { readPath } from '../law/logic/evaluate.js';
import type { Truth } from '../law/logic/truth.js';
import { daysBetween } from './dates.js';
import { type Duration, endOf, lengthWords } from './parameters.js';
import type { Branch, Decision, EndState, Entitlement, Stage } from './types.js';
import { type Said, words } from './words.js';

export type Context = {
  facts: CaseFacts;
  /** Identification day (day 0). */
  start: string;
  cooperating: boolean;
  /** The reader's language: the recorded effects are in it. */
  tr: Translator;
  /** Read a fact and record that it decided something (the effect in the reader's words). */
  read: (path: FactPath, effect: Said, cite?: Citation) => unknown;
  /** Record the cooperation scenario as a deciding fact. */
  cooperation: (effect: Said, cite?: Citation) => boolean;
};

/** The next state (one of the regime's own, by name) or an end state. */
export type Step<State extends string = string> = { to: State } | { end: EndState; note?: Said };

/** A condition of a stage, in the regime's English (the stage has it in the reader's language). */
export type ConditionSpec = { text: Said; cite: Citation };

/** A stage's name in the catalogue; `{duration}` in it stands for the stage's length ("45 days"). */
export type StageName = Extract<MessageKey, `pathways.stage.${string}`>;

export type StateSpec<State extends string = string> = {
  name: StageName;
  entitlements: Entitlement[];
  conditions: ConditionSpec[];
  requiresCooperation: boolean;
  /** How long the state lasts: a parameter, or null for open-ended. */
  duration: Duration | null;
  minimumOnly?: boolean;
  next: (ctx: Context) => Step<State>;
};

/** Whether the person falls within a regime, and why (in the reader's words). */
export type Eligibility = { value: Truth; basis: string };

/**
 * A regime whose states are named by `State`: a regime file lists its states' names in its type, so
 * that a step to a state it does not have fails to compile. It holds for its period (`from`,
 * `until`): the dates of the law it describes.
 */
export type Regime<State extends string = string> = Period & {
  id: string;
  title: Said;
  /** Where it applies: a country code, or an organisation (CoE, EU). */
  jurisdiction: string;
  cite: Citation;
  /** Whether residence (the regime's main protection) is conditional on cooperation. */
  requiresCooperation: boolean;
  parameters: Duration[];
  /** Who the regime protects: the definition it uses or its own criteria. */
  eligibility: (ctx: Context) => Eligibility;
  /** The end state for a person outside the regime. */
  outside: EndState;
  begin: (ctx: Context) => Step<State>;
  states: Record<State, StateSpec<State>>;
  notes?: Said[];
};

export function context(
  facts: CaseFacts,
  start: string,
  cooperating: boolean,
  decisions: Decision[],
  tr: Translator,
): Context {
  return {
    facts,
    start,
    cooperating,
    tr,
    read: (path, effect, cite) => {
      const value = readPath(facts, path) ?? null;
      decisions.push({ path, value, effect: words(tr, effect), ...(cite ? { cite } : {}) });
      return value;
    },
    cooperation: (effect, cite) => {
      decisions.push({
        path: 'authorities.willingToCooperate',
        value: cooperating,
        effect: words(tr, effect),
        ...(cite ? { cite } : {}),
      });
      return cooperating;
    },
  };
}

/**
 * The day whose law a stage starting on `date` reads: the regime describes the law of its own
 * period, so a stage outside it (a regime shown for comparison, or a stage that runs past the
 * regime's end) keeps the lengths the regime set. Transitional provisions are not modelled.
 */
function lawDay(regime: Regime, date: string): string {
  if (date < regime.from) return regime.from;
  return regime.until !== undefined && date > regime.until ? regime.until : date;
}

/** Run the machine for one scenario, from identification to an end state. */
export function runBranch(
  regime: Regime,
  facts: CaseFacts,
  start: string,
  cooperating: boolean,
  tr: Translator,
): Branch {
  const decisions: Decision[] = [];
  const notes: string[] = [];
  const ctx = context(facts, start, cooperating, decisions, tr);
  const stages: Stage[] = [];
  let step = regime.begin(ctx);
  let date = start;
  for (let guard = 0; 'to' in step; guard++) {
    if (guard > 20) throw new Error(`regime ${regime.id}: the state machine does not end`);
    const spec = regime.states[step.to];
    if (!spec) throw new Error(`regime ${regime.id}: unknown state ${step.to}`);
    const on = lawDay(regime, date);
    const endDate = spec.duration ? endOf(spec.duration, date, on) : null;
    stages.push({
      id: step.to,
      name: tr.t(spec.name, spec.duration ? { duration: lengthWords(spec.duration, on, tr) } : {}),
      startDay: daysBetween(start, date),
      endDay: endDate === null ? null : daysBetween(start, endDate),
      startDate: date,
      endDate,
      minimumOnly: spec.minimumOnly ?? false,
      entitlements: spec.entitlements,
      conditions: spec.conditions.map((c) => ({ text: words(tr, c.text), cite: c.cite })),
      requiresCooperation: spec.requiresCooperation,
    });
    step = spec.next(ctx);
    if (endDate === null && 'to' in step)
      throw new Error(`regime ${regime.id}: an open-ended state must end`);
    date = endDate ?? date;
  }
  if (step.note) notes.push(words(tr, step.note));
  const last = stages.at(-1);
  return {
    cooperating,
    stages,
    endState: step.end,
    endDay: last ? last.endDay : 0,
    decidedBy: decisions,
    notes,
  };
}
