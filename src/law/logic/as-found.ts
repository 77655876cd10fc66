// As found (decision mode): a court decides on what was proven, so every fact not recorded counts
// as not established. The investigator's view (the default) keeps an unknown fact unknown; this
// one reads it the way that does not establish what it would support.
//
// Precisely, for a rule read as found:
// - a leaf the recorded facts leave open takes the value that supports nothing: not met where its
//   being met would support the conclusion, met where it sits under a `not` (so that "not X" is
//   not established while X is merely unknown) — the burden of proof lies on whoever asserts;
// - an `unless` exception applies only where it is shown, whichever way it would turn the rule:
//   its open leaves are not met (an exception read where shown already is);
// - a contested reading stays what it is: where its facts are established the law leaves the
//   conclusion open, and that is the only `undetermined` this mode can give.
// In the order not met < undetermined (in law) < met, which every combinator respects (`not` and
// exceptions reversing it), this gives each rule the least its recorded facts establish.
//
// It is a rewriting of the rule, so that every evaluator (the finding tree, the value alone, the
// compiled rules of bulk imports) reads it unchanged; a rule used at several places of the same
// sense is rewritten once, so the finding tree still shares its finding.
import { childrenOf, sensesOf, withChildren } from './kinds.js';
import type { FactRule, Rule } from './rule.js';
import type { Truth } from './truth.js';

/** The value an open leaf takes: `not_met` where it supports the conclusion, `met` where reversed. */
type Unproven = 'not_met' | 'met';

const rewritten: Record<Unproven, WeakMap<Rule, Rule>> = {
  not_met: new WeakMap(),
  met: new WeakMap(),
};

function closedLeaf(leaf: FactRule, unproven: Unproven): FactRule {
  // Leaves that are never open (exceptions read where shown, constants that are settled) stay.
  if (leaf.form === 'shown' || (leaf.form === 'constant' && leaf.evaluate([]) !== 'undetermined'))
    return leaf;
  const evaluate = leaf.evaluate;
  return {
    ...leaf,
    // No longer a plain flag (the compiler inlines those): the test is the leaf's own, closed.
    form: 'test',
    evaluate: (values: unknown[]): Truth => {
      const value = evaluate(values);
      return value === 'undetermined' ? unproven : value;
    },
  };
}

function close(rule: Rule, unproven: Unproven): Rule {
  const cache = rewritten[unproven];
  let result = cache.get(rule);
  if (result) return result;
  if (rule.kind === 'fact') result = closedLeaf(rule, unproven);
  else {
    const senses = sensesOf(rule);
    const reversed: Unproven = unproven === 'not_met' ? 'met' : 'not_met';
    result = withChildren(
      rule,
      childrenOf(rule).map((child, i) =>
        close(child, senses[i] === 'same' ? unproven : senses[i] === 'reversed' ? reversed : 'not_met'),
      ),
    );
  }
  cache.set(rule, result);
  return result;
}

/** The rule read as found: every fact not recorded counts as not established (see above). */
export function asFound(rule: Rule): Rule {
  return close(rule, 'not_met');
}
