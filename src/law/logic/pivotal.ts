// Pivotal facts: for an undetermined result, the unknown facts whose value alone would settle it.
// Rules are small, so we simply re-evaluate with each unknown fact set to each candidate value.
import { type FactReader, truthOf } from './evaluate.js';
import type { Rule } from './rule.js';

export type Pivot = { path: string; settles: Array<{ value: unknown; verdict: 'met' | 'not_met' }> };

/** Candidate values per path, merged over all the leaves that read it. */
export function candidatesByPath(rule: Rule): Map<string, unknown[]> {
  const byPath = new Map<string, unknown[]>();
  const stack: Rule[] = [rule];
  while (stack.length > 0) {
    const node = stack.pop()!;
    switch (node.kind) {
      case 'fact':
        node.paths.forEach((path, i) => {
          const known = byPath.get(path) ?? [];
          for (const value of node.candidates[i] ?? [true, false]) {
            if (!known.some((k) => JSON.stringify(k) === JSON.stringify(value))) known.push(value);
          }
          byPath.set(path, known);
        });
        break;
      case 'not':
        stack.push(node.child);
        break;
      case 'unless':
        stack.push(node.exception, node.base);
        break;
      default:
        for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
    }
  }
  return byPath;
}

/**
 * The unknown facts that, set to some value, make an undetermined rule met or not_met. Returns []
 * when the rule is already determined. Ordered by the order the rule reads them.
 */
export function pivotalFacts(rule: Rule, read: FactReader, candidates = candidatesByPath(rule)): Pivot[] {
  if (truthOf(rule, read) !== 'undetermined') return [];
  const pivots: Pivot[] = [];
  for (const [path, values] of candidates) {
    if (read(path) !== undefined) continue;
    const settles: Pivot['settles'] = [];
    for (const value of values) {
      const verdict = truthOf(rule, (p) => (p === path ? value : read(p)));
      if (verdict !== 'undetermined') settles.push({ value, verdict });
    }
    if (settles.length > 0) pivots.push({ path, settles });
  }
  return pivots;
}
