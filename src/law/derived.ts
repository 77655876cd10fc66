// Derived facts shared by several instruments: named rules computed from observations, so that the
// explanation shows them (e.g. "child" from the ages). Thresholds are parameters with citations.
import type { ExploitationKind, FactPath, FlagPath } from '../facts/schema.js';
import { exploitationKinds } from '../facts/values.js';
import { at } from './dated.js';
import type { Citation } from './logic/citation.js';
import { any, type FactRule, fact, flag, type Rule } from './logic/rule.js';
import type { Truth } from './logic/truth.js';
import { ageOfMajority } from './parameters.js';

const majority = at(ageOfMajority.versions, null).value;
const ageCandidates = [majority - 1, majority];

/**
 * A child at the time of the acts: the younger of the two ages decides. Known to be an adult only
 * when the age at recruitment (the earlier of the two) is known to be 18 or over; an adult age at
 * exploitation alone leaves open that the person was recruited as a child.
 */
export function isChild(cite: Citation): FactRule {
  return fact(
    'child',
    `The person was a child (under ${majority}) at recruitment or during the exploitation`,
    {
      paths: ['person.ageAtRecruitment', 'person.ageAtExploitation'],
      test: `the younger known age is under ${majority}`,
      evaluate: ([atRecruitment, atExploitation]) => {
        const ages = [atRecruitment, atExploitation].filter((age): age is number => typeof age === 'number');
        if (ages.some((age) => age < majority)) return 'met';
        if (typeof atRecruitment === 'number') return 'not_met';
        return 'undetermined';
      },
      candidates: [ageCandidates, ageCandidates],
    },
    cite,
  );
}

/** Whether the exploitation kinds include one of `kinds`: [] is known-none; absent is unknown. */
export function kindIncludes(
  id: string,
  label: string,
  kinds: readonly ExploitationKind[],
  cite?: Citation,
): FactRule {
  return fact(
    id,
    label,
    {
      paths: ['exploitation.kinds'],
      test: `includes ${kinds.map((k) => `"${k}"`).join(' or ')}`,
      evaluate: ([value]) => {
        if (!Array.isArray(value)) return 'undetermined';
        return value.some((k) => kinds.includes(k)) ? 'met' : 'not_met';
      },
      candidates: [[[], ...exploitationKinds.map((k) => [k])]],
    },
    cite,
  );
}

/** Some exploitation happened or was intended (the kinds list is known and not empty). */
export function anyExploitation(id: string, label: string, cite?: Citation): FactRule {
  return fact(
    id,
    label,
    {
      paths: ['exploitation.kinds'],
      test: 'is not empty',
      evaluate: ([value]) => (!Array.isArray(value) ? 'undetermined' : value.length > 0 ? 'met' : 'not_met'),
      candidates: [[[], ['labour']]],
    },
    cite,
  );
}

/**
 * Any of a list of flags, each its own leaf: the explanation shows which one was observed. `more`
 * adds leaves that are not plain flags (e.g. `physicallyConfined`, which also reads another fact).
 */
export function anyFlag(
  id: string,
  label: string,
  paths: Array<[FlagPath, string]>,
  cite?: Citation,
  more: Rule[] = [],
): Rule {
  return any(id, label, [...paths.map(([path, itemLabel]) => flag(path, itemLabel)), ...more], cite);
}

/**
 * Locked in, or kept in by force or guards (facts v1.1). Known not to be so where the person was
 * known not to be confined at all (`isolationConfinementOrSurveillance: false`): confinement
 * implies it, and validation rejects the two together.
 */
export function physicallyConfined(label: string, cite?: Citation): FactRule {
  return fact(
    'physically-confined',
    label,
    {
      paths: ['control.physicallyConfined', 'control.isolationConfinementOrSurveillance'],
      test: 'locked in or kept in by force (not so where not confined at all)',
      evaluate: ([confined, isolation]) =>
        confined === true ? 'met' : confined === false || isolation === false ? 'not_met' : 'undetermined',
      candidates: [[true, false], [false]],
    },
    cite,
  );
}

/**
 * Not free to leave: `control.freeToLeave: false`, or physically confined (facts v1.1: confinement
 * implies it, and contradicts `freeToLeave: true`, which validation rejects).
 */
export function notFreeToLeave(label: string, cite?: Citation): FactRule {
  return fact(
    'not-free-to-leave',
    label,
    {
      paths: ['control.freeToLeave', 'control.physicallyConfined'],
      test: 'not free to leave, or locked in',
      evaluate: ([free, confined]) =>
        free === false || confined === true ? 'met' : free === true ? 'not_met' : 'undetermined',
      candidates: [[false, true], [true]],
    },
    cite,
  );
}

/** A fact that always holds but shows how the facts were read (for remarks). */
export function reading(
  id: string,
  label: string,
  paths: FactPath[],
  describe: string,
  value: (values: unknown[]) => Truth,
  cite?: Citation,
): FactRule {
  return fact(id, label, { paths, test: describe, evaluate: value, candidates: paths.map(() => []) }, cite);
}
