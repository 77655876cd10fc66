// Explanation trees are rebuilt from the rule on every answer, but most of a tree does not change.
// Reusing the previous tree's node wherever nothing in it changed lets the tree components skip
// those nodes by identity (they are memoised), so an answer re-renders only the branches it touched.
import type { FactReading, Finding } from '../../law/logic/evaluate.js';

function sameReadings(a: FactReading[] | undefined, b: FactReading[] | undefined): boolean {
  if (a === b) return true;
  if (!a || !b || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    if (a[i].path !== b[i].path) return false;
    const x = a[i].value;
    const y = b[i].value;
    if (x !== y && JSON.stringify(x) !== JSON.stringify(y)) return false;
  }
  return true;
}

/** `next`, with every subtree equal to the one in the same place in `previous` replaced by it. */
export function shareUnchanged(previous: Finding | undefined, next: Finding): Finding {
  const done = new Map<Finding, Finding>();
  const share = (old: Finding | undefined, node: Finding): Finding => {
    const known = done.get(node);
    if (known) return known;
    let result = node;
    if (old && old !== node) {
      const children = node.children?.map((child, i) => share(old.children?.[i], child));
      const same =
        old.id === node.id &&
        old.kind === node.kind &&
        old.value === node.value &&
        old.label === node.label &&
        old.note === node.note &&
        old.cite === node.cite &&
        old.test === node.test &&
        old.n === node.n &&
        old.outcome === node.outcome &&
        sameReadings(old.facts, node.facts) &&
        (old.children?.length ?? 0) === (children?.length ?? 0) &&
        (children ?? []).every((child, i) => child === old.children?.[i]);
      if (same) result = old;
      else if (children?.some((child, i) => child !== node.children?.[i])) result = { ...node, children };
    }
    done.set(node, result);
    return result;
  };
  return share(previous, next);
}
