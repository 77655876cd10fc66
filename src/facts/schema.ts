// The case-facts vocabulary v1.1 (../shared/spec/facts.md): observations about one person's case,
// never legal conclusions. Every field is optional; absent or null means *unknown*, never false.
// Unknown keys are rejected so that a typo never silently becomes "unknown".
import { z } from 'zod';
import { alpha2Codes, notACountry } from './country-codes.js';
import {
  authoritiesItems,
  coercedByItems,
  conditionItems,
  controlItems,
  deceivedAboutItems,
  exploitationKinds,
  immigrationStatuses,
  payLevels,
  recruiters,
  sectors,
  stateImposedObligations,
  vulnerabilityAbusedItems,
  vulnerabilityAtDestinationItems,
} from './values.js';

/** A flag: true (it happened), false (known not to have happened), or absent/null (unknown). */
const flag = z.boolean().nullish();

/** An object of flags, strict: every item is its own fact so that false and unknown stay distinct. */
function flags<K extends string>(keys: readonly K[]) {
  const shape = Object.fromEntries(keys.map((key) => [key, flag])) as { [P in K]: typeof flag };
  return z.strictObject(shape).nullish();
}

export const countryCode = z
  .string()
  .regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 country code in capitals, e.g. GB')
  .superRefine((code, context) => {
    // Two capitals that name no country (UK, EL…): say which codes were probably meant.
    if (!/^[A-Z]{2}$/.test(code) || alpha2Codes.has(code)) return;
    const { message, nearest } = notACountry(code);
    context.addIssue({ code: 'custom', input: code, message, params: { expected: nearest.join(' | ') } });
  })
  .describe('ISO 3166-1 alpha-2 country code');

export const isoDate = z.iso.date().describe('ISO date YYYY-MM-DD');

const wholeYears = z.number().int().min(0).max(120);

export {
  authoritiesItems,
  coercedByItems,
  conditionItems,
  controlItems,
  deceivedAboutItems,
  exploitationKinds,
  immigrationStatuses,
  payLevels,
  recruiters,
  sectors,
  stateImposedObligations,
  vulnerabilityAbusedItems,
  vulnerabilityAtDestinationItems,
} from './values.js';

export const caseFactsSchema = z
  .strictObject({
    schemaVersion: z.literal(1),
    id: z.string().min(1).max(200).nullish(),
    title: z.string().max(500).nullish(),
    // Bounds that no real case reaches, so that a runaway file is refused, not processed.
    notes: z.string().max(20_000).nullish(),
    jurisdiction: countryCode.nullish(),
    events: z
      .strictObject({ from: isoDate.nullish(), to: isoDate.nullish(), identifiedOn: isoDate.nullish() })
      .nullish(),
    person: z
      .strictObject({
        ageAtRecruitment: wholeYears.nullish(),
        ageAtExploitation: wholeYears.nullish(),
        gender: z.enum(['female', 'male', 'other']).nullish(),
        citizenships: z.array(countryCode).max(10).nullish(),
        permanentResidentOfJurisdiction: flag,
      })
      .nullish(),
    status: z
      .strictObject({
        immigration: z.enum(immigrationStatuses).nullish(),
        rightToWork: flag,
        visaTiedToEmployer: flag,
        canChangeEmployer: flag,
        accessToHealthcare: flag,
        accessToLabourInspectionOrCourts: flag,
        riskOfRemovalIfReported: flag,
        speaksLocalLanguage: flag,
      })
      .nullish(),
    recruitment: z
      .strictObject({
        recruited: flag,
        recruiter: z.enum(recruiters).nullish(),
        feesCharged: flag,
        paymentToPersonInControl: flag,
        deceivedAbout: flags(deceivedAboutItems),
        coercedBy: flags(coercedByItems),
        vulnerabilityAbused: flags(vulnerabilityAbusedItems),
        initialConsent: flag,
        /** Where the recruitment (the arranging) took place. */
        country: countryCode.nullish(),
      })
      .nullish(),
    movement: z
      .strictObject({
        crossedBorder: flag,
        entry: z.enum(['regular', 'irregular']).nullish(),
        entryProcuredByAnother: flag,
        benefitToFacilitator: flag,
        transported: flag,
        transferredOrSold: flag,
        harboured: flag,
        received: flag,
      })
      .nullish(),
    exploitation: z
      .strictObject({
        kinds: z.array(z.enum(exploitationKinds)).max(exploitationKinds.length).nullish(),
        sector: z.enum(sectors).nullish(),
        intendedOnly: flag,
        stateImposedObligation: z.enum(stateImposedObligations).nullish(),
        /**
         * v1.1: a state-imposed or professional obligation was excessive or out of proportion to
         * what it gives back (the European Court's test under ECHR Art 4(2)–(3)).
         */
        obligationDisproportionate: flag,
        thirdPartyProfitsFromProstitution: flag,
        hoursPerWeek: z.number().min(0).max(168).nullish(),
        daysOffPerMonth: z.number().int().min(0).max(31).nullish(),
        pay: z.enum(payLevels).nullish(),
        conditions: flags(conditionItems),
        livesOnEmployersPremises: flag,
        believedSituationPermanent: flag,
        /**
         * A power attaching to ownership was exercised: bought, sold or exchanged for value, lent or
         * pledged for payment, given, inherited, branded. A summary fact: `false` is a finding that
         * none was, which defeats the 1926 definition of slavery however severe the control.
         */
        treatedAsProperty: flag,
        /** Where the exploitation took (or was to take) place. */
        country: countryCode.nullish(),
      })
      .nullish(),
    // Who exploited the person: what decides the reach of a national law outside its territory.
    // Each list, when given, is all that is known to be true (every offender's nationality…);
    // absent means unknown.
    offenders: z
      .strictObject({
        nationalities: z.array(countryCode).nullish(),
        permanentResidences: z.array(countryCode).nullish(),
        presentIn: z.array(countryCode).nullish(),
      })
      .nullish(),
    control: flags(controlItems),
    vulnerabilityAtDestination: flags(vulnerabilityAtDestinationItems),
    authorities: flags(authoritiesItems),
  })
  .describe(
    'Continuum case facts, vocabulary v1.1: observations about one person; absent or null means unknown.',
  );

export type CaseFacts = z.infer<typeof caseFactsSchema>;
export type ExploitationKind = (typeof exploitationKinds)[number];
export type StateImposedObligation = (typeof stateImposedObligations)[number];

type Known<T> = Exclude<T, null | undefined>;

/** The dotted paths of the leaves of `T` (a list is a leaf: it is one fact). */
type LeafPaths<T> = T extends readonly unknown[]
  ? never
  : T extends object
    ? {
        [K in keyof T & string]-?: Known<T[K]> extends readonly unknown[]
          ? K
          : Known<T[K]> extends object
            ? `${K}.${LeafPaths<Known<T[K]>>}`
            : K;
      }[keyof T & string]
    : never;

/**
 * Every fact of the vocabulary by its dotted path, e.g. `control.freeToLeave`: derived from the
 * schema, so that a rule reading a path the vocabulary does not have fails to compile instead of
 * reading "unknown" for ever.
 */
export type FactPath = Exclude<LeafPaths<CaseFacts>, 'schemaVersion' | 'id' | 'title' | 'notes'>;

/** The value a fact path holds (absent and null aside). */
export type FactValue<P extends string, T = CaseFacts> = P extends `${infer Head}.${infer Rest}`
  ? Head extends keyof Known<T>
    ? FactValue<Rest, Known<Known<T>[Head]>>
    : never
  : P extends keyof Known<T>
    ? Known<Known<T>[P]>
    : never;

/** The facts that are yes/no observations (flags). */
export type FlagPath = { [P in FactPath]: FactValue<P> extends boolean ? P : never }[FactPath];

/** The flags under a group, by their names there: `FlagsUnder<'control'>` is `'violence' | …`. */
export type FlagsUnder<Prefix extends string> = FlagPath extends infer P
  ? P extends `${Prefix}.${infer Key}`
    ? Key
    : never
  : never;
