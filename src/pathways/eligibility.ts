// Who a regime protects. Most regimes protect victims as a definition describes them: the
// definition's verdict on the facts (as a definition, whatever the event date — identification
// looks at the person's situation now). Others add criteria of their own (UK 2008: women, sexual
// exploitation), read as facts.
import type { Translator } from '../i18n/index.js';
import { findInstrument } from '../law/instruments/index.js';
import { readerFor, truthOf } from '../law/logic/evaluate.js';
import { and, or, type Truth } from '../law/logic/truth.js';
import type { Context, Eligibility } from './machine.js';
import { type Said, words } from './words.js';

export function definitionTruth(ctx: Context, instrumentId: string): Truth {
  const instrument = findInstrument(instrumentId);
  if (!instrument) throw new Error(`unknown instrument ${instrumentId}`);
  return truthOf(instrument.rule, readerFor(ctx.facts));
}

/** The criteria and their values in words: "a woman: met; an adult: undetermined". */
function basisOf(tr: Translator, criteria: Array<[string, Truth]>): string {
  return criteria
    .map(([criterion, value]) =>
      tr.t('pathways.text.criterion', { criterion, value: tr.dynamic(`common.verdict.${value}`) }),
    )
    .join(tr.t('pathways.text.criteriaSeparator'));
}

/**
 * The person is a victim as one of these definitions describes (any of them); `criterion`, where the
 * regime words its own test, is the test these definitions are read for.
 */
export function victimUnder(ctx: Context, instrumentIds: string[], criterion?: Said): Eligibility {
  const values = instrumentIds.map((id) => definitionTruth(ctx, id));
  // The basis is read by people: the instruments by their names as cited, not their ids.
  const name = (id: string) => findInstrument(id)?.citation.instrument ?? id;
  const basis = basisOf(
    ctx.tr,
    instrumentIds.map((id, i) => [name(id), values[i]]),
  );
  return {
    value: or(values),
    basis: criterion
      ? ctx.tr.t('pathways.text.readAs', { criterion: words(ctx.tr, criterion), basis })
      : basis,
  };
}

/** All of several criteria, each already a truth value. */
export function allOf(ctx: Context, criteria: Array<[Said, Truth]>): Eligibility {
  return {
    value: and(criteria.map(([, value]) => value)),
    basis: basisOf(
      ctx.tr,
      criteria.map(([label, value]) => [words(ctx.tr, label), value]),
    ),
  };
}

/** The younger known age is under 18 (the person was a child at some point of the trafficking). */
export function childTruth(ctx: Context, effect: Said): Truth {
  const atRecruitment = ctx.read('person.ageAtRecruitment', effect);
  const atExploitation = ctx.read('person.ageAtExploitation', effect);
  const ages = [atRecruitment, atExploitation].filter((age): age is number => typeof age === 'number');
  if (ages.some((age) => age < 18)) return 'met';
  if (typeof atRecruitment === 'number') return 'not_met';
  return 'undetermined';
}

/** A boolean fact as a truth value. */
export function flagTruth(value: unknown): Truth {
  return value === true ? 'met' : value === false ? 'not_met' : 'undetermined';
}
