// Pivotal facts: for an undetermined result, the unknown facts whose value alone would settle it.
// Each unknown fact is tried with each candidate value; only the nodes that read the fact are
// valued again (plan.ts), every other node keeps the value it had.
import { childrenOf } from './kinds.js';
import { type FactReader, type PlanValues, planOf, valuesOf, valuesWith } from './plan.js';
import type { Rule } from './rule.js';

export type Pivot = { path: string; settles: Array<{ value: unknown; verdict: 'met' | 'not_met' }> };

/** Candidate values per path, merged over all the leaves that read it. */
export function candidatesByPath(rule: Rule): Map<string, unknown[]> {
  const byPath = new Map<string, unknown[]>();
  const visit = (node: Rule): void => {
    if (node.kind === 'fact') {
      node.paths.forEach((path, i) => {
        const known = byPath.get(path) ?? [];
        for (const value of node.candidates[i] ?? [true, false]) {
          if (!known.some((k) => JSON.stringify(k) === JSON.stringify(value))) known.push(value);
        }
        byPath.set(path, known);
      });
      return;
    }
    for (const child of childrenOf(node)) visit(child);
  };
  visit(rule);
  return byPath;
}

/**
 * The unknown facts that, set to some value, make an undetermined rule met or not_met. Returns []
 * when the rule is already determined. Ordered as `candidates` lists them (the order the rule reads
 * them). `values`, when given, holds every node's value from an evaluation with `read` (reused when
 * it is the rule's plan's, see plan.ts).
 */
export function pivotalFacts(
  rule: Rule,
  read: FactReader,
  candidates = candidatesByPath(rule),
  values?: PlanValues,
): Pivot[] {
  const plan = planOf(rule);
  const planned = values?.plan === plan ? values : valuesOf(rule, read);
  if (planned.values[plan.nodes.length - 1] !== 'undetermined') return [];
  // Leaves are monotone: a determined leaf stays as it is whatever its unknown facts turn out to be,
  // so only the unknown facts of undetermined leaves (and of exceptions read only where shown) can matter.
  const open = new Set<string>();
  plan.nodes.forEach((node, i) => {
    if (node.kind !== 'fact' || (planned.values[i] !== 'undetermined' && !node.defeasible)) return;
    for (const slot of plan.slots[i]) if (planned.facts[slot] === undefined) open.add(plan.paths[slot]);
  });
  const pivots: Pivot[] = [];
  for (const [path, candidateValues] of candidates) {
    if (!open.has(path)) continue;
    const verdicts = valuesWith(planned, path, candidateValues);
    const settles: Pivot['settles'] = [];
    candidateValues.forEach((value, i) => {
      const verdict = verdicts[i];
      if (verdict !== 'undetermined') settles.push({ value, verdict });
    });
    if (settles.length > 0) pivots.push({ path, settles });
  }
  return pivots;
}
