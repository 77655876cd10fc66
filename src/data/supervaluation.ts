// Verdicts from facts that are partly "one of these": a merged CTDC item says one of several facts
// holds without saying which. A verdict is settled only when every way of reading the record gives
// the same one; otherwise it is undetermined. Kleene logic is monotone in information (learning a
// fact never turns met into not_met), so the verdict with the open items left unknown, when it is
// settled, needs no enumeration.
import type { AssessmentMode } from '../law/assess.js';
import type { Instrument } from '../law/instrument.js';
import { asFound } from '../law/logic/as-found.js';
import { pathsRead, type Rule } from '../law/logic/rule.js';
import type { Truth } from '../law/logic/truth.js';
import { type Assignment, type MappedFacts, settablePaths } from './ctdc-mapping.js';
import { type CompiledRule, compileRule, slotsFor, slotValues, specialisedRule } from './specialise.js';

/** Past this many readings of one record, leave the verdict undetermined rather than search. */
export const MAX_READINGS = 512;

const slots = slotsFor(settablePaths);

const prepared: Record<AssessmentMode, WeakMap<Instrument, Settleable>> = {
  investigation: new WeakMap(),
  as_found: new WeakMap(),
};

/**
 * The instrument's rule in a mode, folded and compiled for CTDC. As found, the rule is rewritten
 * first (logic/as-found.ts): folding then gives each leaf no record sets its closed value, and the
 * compiled rule reads an unrecorded fact as not established — no slower path at run time.
 */
function prepare(instrument: Instrument, mode: AssessmentMode = 'investigation'): Settleable {
  let entry = prepared[mode].get(instrument);
  if (!entry) {
    const asRead = mode === 'as_found' ? asFound(instrument.rule) : instrument.rule;
    const rule = specialisedRule(asRead, settablePaths);
    entry = {
      evaluate: compileRule(rule, slots),
      paths: new Set(pathsRead(rule)),
      ...(mode === 'as_found' ? { asFound: true } : {}),
    };
    prepared[mode].set(instrument, entry);
  }
  return entry;
}

const compiledRules = new WeakMap<Rule, CompiledRule>();

/** Any rule folded to the facts CTDC can carry and compiled over the same slots (cached). */
export function compileForCtdc(rule: Rule): CompiledRule {
  let compiled = compiledRules.get(rule);
  if (!compiled) {
    compiled = compileRule(specialisedRule(rule, settablePaths), slots);
    compiledRules.set(rule, compiled);
  }
  return compiled;
}

/** The paths a rule can read once folded to the facts CTDC can carry (what compileForCtdc evaluates). */
export function ctdcReads(rule: Rule): string[] {
  return pathsRead(specialisedRule(rule, settablePaths));
}

/** The paths the instrument's folded rule reads: its verdict on a record depends on these alone. */
export function instrumentReads(instrument: Instrument, mode?: AssessmentMode): ReadonlySet<string> {
  return prepare(instrument, mode).paths;
}

/** Something whose value on a record is settled over its readings: a compiled rule, or a function
 * of several (a continuum band); monotone in information, as Kleene logic is. */
export type Settleable = {
  evaluate: (values: readonly unknown[]) => Truth;
  /** The paths it can read. */
  paths: ReadonlySet<string>;
  /** Read as found: settled as the least its readings establish (see settledAsFound). */
  asFound?: boolean;
};

const projections = new WeakMap<Settleable, WeakMap<object, ReadonlyArray<readonly Assignment[]> | null>>();

type Choice = { options: ReadonlyArray<readonly Assignment[]>; paths: ReadonlySet<string> };

const optionPaths = new WeakMap<object, ReadonlySet<string>>();

/** The paths a choice's options set (cached: options come from the mapping tables). */
function pathsOfOptions(options: ReadonlyArray<readonly Assignment[]>): ReadonlySet<string> {
  let paths = optionPaths.get(options);
  if (!paths) {
    paths = new Set(options.flatMap((option) => option.map(([path]) => path)));
    optionPaths.set(options, paths);
  }
  return paths;
}

/**
 * The choices as this instrument sees them: options cut down to the paths it reads, duplicates
 * merged. A choice with an option that sets nothing the instrument reads is dropped: that reading
 * is the least informed one, so if it settles the verdict all others agree (monotonicity), and if
 * it does not, nothing does. A dropped choice's paths stay unknown in every reading.
 */
function choicesFor(
  target: Settleable,
  choices: MappedFacts['choices'],
): { kept: Choice[]; droppedPaths: Set<string> } {
  const { paths } = target;
  let cache = projections.get(target);
  if (!cache) {
    cache = new WeakMap();
    projections.set(target, cache);
  }
  const kept: Choice[] = [];
  const droppedPaths = new Set<string>();
  for (const options of choices) {
    let projected = cache.get(options);
    if (projected === undefined) {
      const cuts = new Map<string, readonly Assignment[]>();
      let empty = false;
      for (const option of options) {
        const cut = option.filter(([path]) => paths.has(path));
        if (cut.length === 0) empty = true;
        cuts.set(JSON.stringify(cut), cut);
      }
      projected = empty ? null : [...cuts.values()];
      cache.set(options, projected);
    }
    const optionPaths = pathsOfOptions(options);
    if (projected) kept.push({ options: projected, paths: optionPaths });
    else for (const path of optionPaths) droppedPaths.add(path);
  }
  return { kept, droppedPaths };
}

/** The certain facts of a record: its base, less any path a choice may set (buildFacts input). */
function certainAssignments(mapped: MappedFacts): Assignment[] {
  const choicePaths = new Set<string>();
  for (const options of mapped.choices) for (const path of pathsOfOptions(options)) choicePaths.add(path);
  return mapped.base.filter(([path]) => !choicePaths.has(path));
}

/** Slot values of the base facts off the given paths (the certain facts of one set of readings). */
function baseSlots(base: readonly Assignment[], open: ReadonlySet<string>): unknown[] {
  return slotValues(
    slots,
    base.filter(([path]) => !open.has(path)),
  );
}

/** The base slot values with the chosen options' facts added (as slotValues adds them, in order). */
function withChosen(base: readonly unknown[], chosen: ReadonlyArray<readonly Assignment[]>): unknown[] {
  const values = base.slice();
  for (const option of chosen) {
    for (const [path, value] of option) {
      const i = slots.get(path);
      if (i === undefined) continue;
      if (path === 'exploitation.kinds') {
        // A copy: the base's list is shared by every reading.
        const list = Array.isArray(values[i]) ? [...(values[i] as unknown[])] : [];
        if (value !== undefined && !list.includes(value)) list.push(value);
        values[i] = list;
      } else values[i] = value;
    }
  }
  return values;
}

/** Per record: its certain facts as slots, made once for all instruments (see verdictOf). */
const knownOf = new WeakMap<MappedFacts, unknown[]>();

/** The record with its open items unknown, as slots (certainSlots, kept per record). */
function knownSlots(mapped: MappedFacts): unknown[] {
  let known = knownOf.get(mapped);
  if (!known) {
    // A path some choice sets stays unknown here too (the base may start a list — the kinds —
    // that a choice completes).
    known = slotValues(slots, certainAssignments(mapped));
    knownOf.set(mapped, known);
  }
  return known;
}

export function verdictsOf(
  mapped: MappedFacts,
  instruments: readonly Instrument[],
  mode?: AssessmentMode,
): Truth[] {
  return instruments.map((instrument) => verdictOf(mapped, instrument, mode));
}

/**
 * The instrument's verdict on a record: settled when every reading of its choices gives the same
 * one, else undetermined. A record's facts must not change once assessed (its slots are kept).
 */
export function verdictOf(mapped: MappedFacts, instrument: Instrument, mode?: AssessmentMode): Truth {
  return settledOn(mapped, prepare(instrument, mode));
}

/** Order of what a verdict establishes, as found: not met < undetermined (in law) < met. */
const established: Record<Truth, number> = { not_met: 0, undetermined: 1, met: 2 };

/**
 * As found, a merged item establishes only what every one of its readings does: the value is the
 * least over the readings (not met < undetermined in law < met). The as-found rule is not
 * monotone in what is known, so no shortcut applies: every reading is evaluated. The same merged
 * item ticked twice says no more than once, so choices are counted once each; the mapping tables
 * then bound the readings (test/data/ctdc-as-found.test.ts checks the bound).
 */
function settledAsFound(mapped: MappedFacts, target: Settleable): Truth {
  const compiled = target.evaluate;
  if (mapped.choices.length === 0) return compiled(knownSlots(mapped));
  const kept: Array<ReadonlyArray<readonly Assignment[]>> = [];
  for (const options of new Set(mapped.choices)) {
    const cuts = new Map<string, readonly Assignment[]>();
    for (const option of options) {
      const cut = option.filter(([path]) => target.paths.has(path));
      cuts.set(JSON.stringify(cut), cut);
    }
    // A choice none of whose options sets a path read gives one reading, the same as none.
    if (cuts.size > 1) kept.push([...cuts.values()]);
  }
  const base = slotValues(slots, mapped.base);
  let least: Truth = 'met';
  const chosen: Array<readonly Assignment[]> = [];
  const visit = (c: number): boolean => {
    if (c === kept.length) {
      const value = compiled(withChosen(base, chosen));
      if (established[value] < established[least]) least = value;
      return least === 'not_met';
    }
    for (const option of kept[c]) {
      chosen[c] = option;
      if (visit(c + 1)) return true;
    }
    return false;
  };
  visit(0);
  return least;
}

/** Any settleable's value on a record: settled when every reading gives the same one. */
export function settledOn(mapped: MappedFacts, target: Settleable): Truth {
  if (target.asFound) return settledAsFound(mapped, target);
  const known = knownSlots(mapped);
  const compiled = target.evaluate;
  const settled = compiled(known);
  if (settled !== 'undetermined' || mapped.choices.length === 0) return settled;
  const { kept, droppedPaths } = choicesFor(target, mapped.choices);
  if (kept.length === 0) return 'undetermined';
  // A reading: the chosen options, and the certain facts on no path of a choice left open.
  const dropped = baseSlots(mapped.base, droppedPaths);
  // Every option at once: when options only set flags to true, this reading knows more than any
  // real reading, so if even it leaves the verdict open, every reading does (monotonicity).
  const flagsOnly = kept.every((choice) =>
    choice.options.every((option) =>
      option.every(([path, value]) => value === true && path !== 'exploitation.kinds'),
    ),
  );
  if (
    flagsOnly &&
    compiled(
      withChosen(
        dropped,
        kept.flatMap((choice) => choice.options),
      ),
    ) === 'undetermined'
  ) {
    return 'undetermined';
  }
  // One choice at a time, the others left open: if every option of one choice settles the
  // verdict the same way, every full reading does too (monotonicity); if two options settle it
  // differently, the readings disagree.
  for (const choice of kept) {
    const open = new Set(droppedPaths);
    for (const other of kept) if (other !== choice) for (const path of other.paths) open.add(path);
    const base = baseSlots(mapped.base, open);
    let agreed: Truth | undefined;
    for (const option of choice.options) {
      const value = compiled(withChosen(base, [option]));
      if (value === 'undetermined') {
        agreed = undefined;
        break;
      }
      if (agreed && value !== agreed) return 'undetermined';
      agreed = value;
    }
    if (agreed) return agreed;
  }
  if (kept.length === 1) return 'undetermined';
  if (kept.reduce((n, choice) => n * choice.options.length, 1) > MAX_READINGS) return 'undetermined';
  // Every reading: one option of each choice (an odometer over the choices).
  const at = kept.map(() => 0);
  const chosen = kept.map((choice) => choice.options[0]);
  let verdict: Truth | undefined;
  for (;;) {
    const value = compiled(withChosen(dropped, chosen));
    if (value === 'undetermined' || (verdict && value !== verdict)) return 'undetermined';
    verdict = value;
    let c = kept.length - 1;
    while (c >= 0 && at[c] === kept[c].options.length - 1) {
      at[c] = 0;
      chosen[c] = kept[c].options[0];
      c--;
    }
    if (c < 0) return verdict;
    at[c]++;
    chosen[c] = kept[c].options[at[c]];
  }
}
