// Derived facts for D4: two indicators can be read from numbers and levels the vocabulary records,
// not only from the caseworker's own judgement. Each is a named rule, so the explanation shows it.
import { type FlagPath, payLevels } from '../../facts/schema.js';
import { at } from '../../law/dated.js';
import { fact, flag, type Rule, unless } from '../../law/logic/rule.js';
import { excessiveWeeklyHours } from '../../law/parameters.js';

/** Pay levels that count as "low or no salary": nothing, a token, or below the legal minimum. */
export const lowPayLevels = ['none', 'token', 'below_legal_minimum'] as const;

const weeklyLimit = at(excessiveWeeklyHours.versions, null);

/** Weekly hours above the parameter (48, ILO C001 Art 2) are excessive; met only where shown. */
export const hoursAboveLimit = fact(
  'derived:excessiveHours',
  `Worked more than ${weeklyLimit.value} hours a week`,
  {
    paths: ['exploitation.hoursPerWeek'],
    test: `is shown to be more than ${weeklyLimit.value}`,
    evaluate: ([hours]) => (typeof hours === 'number' && hours > weeklyLimit.value ? 'met' : 'not_met'),
    candidates: [[weeklyLimit.value, weeklyLimit.value + 12]],
  },
  {
    cite: weeklyLimit.cite,
    note: 'Hours alone: a week within the limit leaves open excessive working *days* (no rest days), which only the caseworker’s own flag records.',
  },
);

/** Pay of none, a token, or below the legal minimum is low or no salary; met only where shown. */
export const payBelowMinimum = fact(
  'derived:lowOrNoSalary',
  'Paid nothing, a token, or less than the legal minimum',
  {
    paths: ['exploitation.pay'],
    test: `is shown to be one of ${lowPayLevels.join(', ')}`,
    evaluate: ([pay]) =>
      typeof pay === 'string' && (lowPayLevels as readonly string[]).includes(pay) ? 'met' : 'not_met',
    candidates: [[...payLevels]],
  },
  {
    note: 'A legal minimum is the benchmark where one exists; pay at or above it does not rule out the caseworker’s own finding of low pay (e.g. where deductions eat it).',
  },
);

/**
 * The indicator is observed when the caseworker flags it or the numbers show it; otherwise it is
 * what the flag says. The derived fact works as an exception raised only where shown (default
 * logic, like `shown` in src/law/logic): hours within the limit, or unknown hours, leave the flag
 * alone, since a week within the limit does not rule out excessive *days*. Where the flag says no
 * and the numbers say yes, the numbers win.
 */
export function flaggedOrDerived(path: FlagPath, label: string, derived: Rule): Rule {
  return unless(`${path}|${derived.id}`, label, flag(path, `${label} (as flagged)`), derived, 'met');
}
