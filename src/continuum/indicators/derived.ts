// Derived facts for D4: two indicators can be read from numbers and levels the vocabulary records,
// not only from the caseworker's own judgement. Each is a named rule, so the explanation shows it.
import { payLevels } from '../../facts/schema.js';
import { any, fact, flag, type Rule } from '../../law/logic/rule.js';
import { excessiveWeeklyHours } from '../../law/parameters.js';

/** Pay levels that count as "low or no salary": nothing, a token, or below the legal minimum. */
export const lowPayLevels = ['none', 'token', 'below_legal_minimum'] as const;

/** Weekly hours above the parameter (48, ILO C001 Art 2) are excessive. */
export const hoursAboveLimit = fact(
  'derived:excessiveHours',
  `Worked more than ${excessiveWeeklyHours.value} hours a week`,
  {
    paths: ['exploitation.hoursPerWeek'],
    test: `is more than ${excessiveWeeklyHours.value}`,
    evaluate: ([hours]) =>
      typeof hours !== 'number' ? 'undetermined' : hours > excessiveWeeklyHours.value ? 'met' : 'not_met',
    candidates: [[excessiveWeeklyHours.value, excessiveWeeklyHours.value + 12]],
  },
  {
    cite: excessiveWeeklyHours.cite,
    note: 'Hours alone: a week within the limit leaves open excessive working *days* (no rest days), which only the caseworker’s own flag records.',
  },
);

/** Pay of none, a token, or below the legal minimum is low or no salary. */
export const payBelowMinimum = fact(
  'derived:lowOrNoSalary',
  'Paid nothing, a token, or less than the legal minimum',
  {
    paths: ['exploitation.pay'],
    test: `is one of ${lowPayLevels.join(', ')}`,
    evaluate: ([pay]) =>
      typeof pay !== 'string'
        ? 'undetermined'
        : (lowPayLevels as readonly string[]).includes(pay)
          ? 'met'
          : 'not_met',
    candidates: [[...payLevels]],
  },
  {
    note: 'A legal minimum is the benchmark where one exists; pay at or above it does not rule out the caseworker’s own finding of low pay (e.g. where deductions eat it).',
  },
);

/**
 * The indicator is observed when the caseworker flags it or the numbers show it. Either leaf alone
 * settles "observed"; "known absent" needs both (Kleene disjunction), so an hours figure within the
 * limit does not by itself rule out excessive days.
 */
export function flaggedOrDerived(path: string, label: string, derived: Rule): Rule {
  return any(`${path}|${derived.id}`, label, [flag(path, `${label} (as flagged)`), derived]);
}
